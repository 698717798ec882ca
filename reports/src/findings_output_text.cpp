// The text format, like clang's: location, severity[rule], message; the source line with a
// caret under the exact value; notes pointing at the other places involved; the fix.
#include "findings_output_detail.h"

#include <algorithm>
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

/// The quoted part of a line, as code points (each as its bytes); a "…" stands for the text
/// left out on either side. `column` is the finding's column within it.
struct Window {
    std::vector<std::string_view> points;
    std::uint32_t column = 1;
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
        shown.points.push_back(cut);
        ++shown.column;
    }
    while (at < line.size() && shown.points.size() < quoted_width) {
        std::size_t end = next_point(line, at);
        shown.points.push_back(line.substr(at, end - at));
        at = end;
    }
    if (at < line.size())
        shown.points.push_back(cut);
    return shown;
}

/// Blanks up to `column` (1-based, in code points); tabs stay tabs so the caret lines up.
std::string caret_padding(const std::vector<std::string_view>& points, std::uint32_t column) {
    std::string pad;
    for (std::size_t i = 0; i + 1 < column; ++i)
        pad += i < points.size() && points[i] == "\t" ? '\t' : ' ';
    return pad;
}

void append_caret(std::string& out, const std::vector<std::string_view>& points,
                  std::uint32_t column, std::uint32_t length) {
    std::size_t remaining = points.size() >= column ? points.size() - column + 1 : 0;
    std::size_t shown = std::clamp<std::size_t>(length, 1, std::max<std::size_t>(remaining, 1));
    out += '^';
    out.append(shown - 1, '~');
}

void append_snippet(std::string& out, const Model& model, const Location& where,
                    const Painter& paint) {
    if (!where.known())
        return;
    std::string_view line = model.source_line(where.file, where.line);
    if (line.empty())
        return;
    std::string number = std::to_string(where.line);
    std::size_t width = std::max<std::size_t>(5, number.size());
    Window shown = window(line, where.column);
    std::string text;
    for (std::string_view point : shown.points)
        text += point;
    out.append(width - number.size(), ' ').append(number).append(" | ");
    append_terminal_text(out, text);
    out += '\n';
    out.append(width + 1, ' ').append("| ").append(caret_padding(shown.points, shown.column));
    paint.begin(out, caret_colour);
    append_caret(out, shown.points, shown.column, where.length);
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
    if (where.known())
        out.append(":")
            .append(std::to_string(where.line))
            .append(":")
            .append(std::to_string(where.column));
}

std::string location_text(const Model& model, const Location& where) {
    return LocationTexts(model)(where);
}

void write_text(std::ostream& out, const Diagnostics& findings, const Model& model,
                const FindingsOutputOptions& options) {
    Painter paint(options.color);
    LocationTexts locations(model);
    Words words(options.lang);
    // One buffer for every finding, written out a finding at a time: its room is reused.
    std::string text;
    for (const Diagnostic& d : findings) {
        text.clear();
        append_finding(text, d, model, locations, paint, words);
        out << text;
    }
}

} // namespace privmap::findings_output
