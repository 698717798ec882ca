// The text format, like clang's: location, severity[rule], message; the source line with a
// caret under the exact value; notes pointing at the other places involved; the fix.
#include "findings_output_detail.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <privmap/safe_text.h>

namespace privmap::findings_output {
namespace {

/// Colours parts of a finding's output with SGR sequences, when colour is on.
class Painter {
public:
    explicit Painter(bool on) : on_(on) {}
    void begin(std::string& out, std::string_view sgr) const {
        if (on_)
            out.append("\033[").append(sgr).append("m");
    }
    void end(std::string& out) const {
        if (on_)
            out += "\033[0m";
    }
    void operator()(std::string& out, std::string_view sgr, std::string_view text) const {
        begin(out, sgr);
        out += text;
        end(out);
    }

private:
    bool on_;
};

constexpr std::string_view bold = "1";
constexpr std::string_view caret_colour = "1;32";
constexpr std::string_view note_colour = "1;36";
constexpr std::string_view help_colour = "1;32";

std::string_view severity_colour(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "1;31";
    case Severity::warning:
        return "1;35";
    case Severity::note:
        break;
    }
    return note_colour;
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// A finding quotes at most this many code points of its line: a window that starts a little
/// before the column, so that a finding on a 100 KB line prints a line, not the file.
constexpr std::size_t quoted_width = 120;
constexpr std::size_t quoted_before = 40;
constexpr std::string_view cut = "…";

/// The quoted part of a line: its bytes, whether a "…" stands for the text left out before and
/// after them, and the finding's column within what is shown. Columns and counts are in code
/// points, the "…" included.
struct Window {
    std::string_view text;
    bool cut_before = false;
    bool cut_after = false;
    std::uint32_t column = 1;
    std::size_t points = 0;
};

std::size_t next_point(std::string_view line, std::size_t at) {
    for (++at; at < line.size() && is_continuation(line[at]);)
        ++at;
    return at;
}

Window window(std::string_view line, std::uint32_t column) {
    std::size_t skip = column > quoted_before + 1 ? column - quoted_before - 1 : 0;
    std::size_t at = 0;
    for (std::size_t skipped = 0; skipped < skip && at < line.size(); ++skipped)
        at = next_point(line, at);
    Window shown;
    shown.column = static_cast<std::uint32_t>(column - skip);
    if (at > 0) {
        shown.cut_before = true;
        ++shown.points;
        ++shown.column;
    }
    const std::size_t begin = at;
    for (; at < line.size() && shown.points < quoted_width; ++shown.points)
        at = next_point(line, at);
    shown.text = line.substr(begin, at - begin);
    if (at < line.size()) {
        shown.cut_after = true;
        ++shown.points;
    }
    return shown;
}

/// Blanks up to the window's column; tabs stay tabs so the caret lines up.
void append_caret_padding(std::string& out, const Window& shown) {
    std::size_t at = 0;
    for (std::uint32_t point = 1; point < shown.column; ++point) {
        if (point == 1 && shown.cut_before) {
            out += ' ';
            continue;
        }
        std::size_t end = at < shown.text.size() ? next_point(shown.text, at) : at;
        out += end == at + 1 && shown.text[at] == '\t' ? '\t' : ' ';
        at = end;
    }
}

void append_caret(std::string& out, const Window& shown, std::uint32_t length) {
    std::size_t remaining = shown.points >= shown.column ? shown.points - shown.column + 1 : 0;
    std::size_t carets = std::clamp<std::size_t>(length, 1, std::max<std::size_t>(remaining, 1));
    out += '^';
    out.append(carets - 1, '~');
}

/// A line or column number as text, without a string of its own.
class Decimal {
public:
    explicit Decimal(std::uint32_t number)
        : end_(std::to_chars(digits_, std::end(digits_), number).ptr) {}
    operator std::string_view() const {
        return {digits_, static_cast<std::size_t>(end_ - digits_)};
    }

private:
    char digits_[std::numeric_limits<std::uint32_t>::digits10 + 1];
    char* end_;
};

void append_snippet(std::string& out, const Model& model, const Location& where,
                    const Painter& paint) {
    if (!where.known())
        return;
    std::string_view line = model.source_line(where.file, where.line);
    if (line.empty())
        return;
    const Decimal line_number(where.line);
    const std::string_view number = line_number;
    const std::size_t width = std::max<std::size_t>(5, number.size());
    out.append(width - number.size(), ' ').append(number).append(" | ");
    Window shown = window(line, where.column);
    if (shown.cut_before)
        out += cut;
    append_terminal_text(out, shown.text);
    if (shown.cut_after)
        out += cut;
    out += '\n';
    out.append(width + 1, ' ').append("| ");
    append_caret_padding(out, shown);
    paint.begin(out, caret_colour);
    append_caret(out, shown, where.length);
    paint.end(out);
    out += '\n';
}

/// A message as the terminal shows it, formatted in a buffer that every message reuses.
class Words {
public:
    explicit Words(std::string_view lang) : lang_(lang) {}
    void append(std::string& out, const Message& message) {
        text_.clear();
        append_message_text(text_, message, lang_);
        append_terminal_text(out, text_);
    }
    std::string_view lang() const { return lang_; }

private:
    std::string_view lang_;
    std::string text_;
};

void append_finding(std::string& out, const Diagnostic& d, const Model& model,
                    LocationTexts& location_text, const Painter& paint, Words& message_words) {
    auto words = [&out, &message_words](const Message& message) {
        message_words.append(out, message);
    };
    paint.begin(out, bold);
    location_text.append(out, d.where);
    out += ':';
    paint.end(out);
    out += ' ';
    paint.begin(out, severity_colour(d.severity));
    out.append(to_string(d.severity)).append("[").append(d.rule).append("]:");
    paint.end(out);
    out += ' ';
    paint.begin(out, bold);
    words(d.message);
    paint.end(out);
    if (d.waiver) {
        out += " (";
        words(
            Message{"finding.waived", {{"waiver", waiver_text(*d.waiver, message_words.lang())}}});
        out += ')';
    }
    out += '\n';
    append_snippet(out, model, d.where, paint);
    for (const Note& note : d.notes) {
        paint(out, note_colour, "note:");
        out += ' ';
        words(note.message);
        if (note.where.known()) {
            out += " (";
            location_text.append(out, note.where);
            out += ')';
        }
        out += '\n';
    }
    if (!d.help.empty()) {
        paint(out, help_colour, "help:");
        out += ' ';
        words(d.help);
        out += '\n';
    }
}

} // namespace

std::string LocationTexts::operator()(const Location& where) {
    std::string text;
    append(text, where);
    return text;
}

void LocationTexts::append(std::string& out, const Location& where) {
    out += paths_(where.file, [&] {
        // A file name inside a model folder is as untrusted as the text of the file.
        std::string path = terminal_text(display_path(model_, where.file.path()));
        return path.empty() ? std::string("privmap") : path;
    });
    if (!where.known())
        return;
    out.append(":").append(Decimal(where.line)).append(":").append(Decimal(where.column));
}

std::string location_text(const Model& model, const Location& where) {
    return LocationTexts(model)(where);
}

void write_text(std::ostream& out, const Diagnostics& findings, const Model& model,
                const FindingsOutputOptions& options) {
    Painter paint(options.color);
    LocationTexts locations(model);
    Words words(options.lang);
    // One buffer for every finding, written out in blocks of some tens of kilobytes: a stream
    // write for each finding cost more than the finding's text.
    constexpr std::size_t block = 64 * 1024;
    std::string text;
    text.reserve(block + block / 4);
    for (const Diagnostic& d : findings) {
        append_finding(text, d, model, locations, paint, words);
        if (text.size() >= block) {
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            text.clear();
        }
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace privmap::findings_output
