// The text format, like clang's: location, severity[rule], message; the source line with a
// caret under the exact value; notes pointing at the other places involved; the fix.
#include "findings_output_detail.h"

#include <algorithm>
#include <deque>
#include <privmap/safe_text.h>

namespace privmap::findings_output {
namespace {

class Painter {
public:
    explicit Painter(bool on) : on_(on) {}
    std::string operator()(std::string_view sgr, std::string_view text) const {
        if (!on_)
            return std::string(text);
        return "\033[" + std::string(sgr) + "m" + std::string(text) + "\033[0m";
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

std::string caret(const std::vector<std::string_view>& points, std::uint32_t column,
                  std::uint32_t length) {
    std::size_t remaining = points.size() >= column ? points.size() - column + 1 : 0;
    std::size_t shown = std::clamp<std::size_t>(length, 1, std::max<std::size_t>(remaining, 1));
    return "^" + std::string(shown - 1, '~');
}

std::string snippet(const Model& model, const Location& where, const Painter& paint) {
    if (!where.known())
        return {};
    std::string_view line = model.source_line(where.file, where.line);
    if (line.empty())
        return {};
    std::string number = std::to_string(where.line);
    std::size_t width = std::max<std::size_t>(5, number.size());
    Window shown = window(line, where.column);
    std::string text;
    for (std::string_view point : shown.points)
        text += point;
    return std::string(width - number.size(), ' ') + number + " | " + terminal_text(text) + "\n" +
           std::string(width + 1, ' ') + "| " + caret_padding(shown.points, shown.column) +
           paint(caret_colour, caret(shown.points, shown.column, where.length)) + "\n";
}

/// location_text, with each file's shown path worked out once: a check prints tens of
/// thousands of locations in a few dozen files, and normalising a path costs more than the rest
/// of a location.
class LocationTexts {
public:
    explicit LocationTexts(const Model& model) : model_(model) {}

    std::string operator()(const Location& where) {
        const std::string& path = shown_path(where.file);
        if (!where.known())
            return path;
        return path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
    }

private:
    const std::string& shown_path(FileName file) {
        auto known = std::find_if(paths_.begin(), paths_.end(),
                                  [&](const auto& entry) { return entry.first == file; });
        if (known != paths_.end())
            return known->second;
        // A file name inside a model folder is as untrusted as the text of the file.
        std::string path = terminal_text(display_path(model_, file.path()));
        return paths_.emplace_back(file, path.empty() ? "privmap" : path).second;
    }

    const Model& model_;
    std::deque<std::pair<FileName, std::string>> paths_; // each file's, in the order first seen
};

std::string finding(const Diagnostic& d, const Model& model, LocationTexts& location_text,
                    const Painter& paint, std::string_view lang) {
    auto words = [lang](const Message& message) {
        return terminal_text(message_text(message, lang));
    };
    std::string out = paint(bold, location_text(d.where) + ":") + " " +
                      paint(severity_colour(d.severity),
                            std::string(to_string(d.severity)) + "[" + d.rule + "]:") +
                      " " + paint(bold, words(d.message));
    if (d.waiver)
        out += " (" + words(Message{"finding.waived", {{"waiver", waiver_text(*d.waiver, lang)}}}) +
               ")";
    out += "\n" + snippet(model, d.where, paint);
    for (const Note& note : d.notes) {
        out += paint(note_colour, "note:") + " " + words(note.message);
        if (note.where.known())
            out += " (" + location_text(note.where) + ")";
        out += "\n";
    }
    if (!d.help.empty())
        out += paint(help_colour, "help:") + " " + words(d.help) + "\n";
    return out;
}

} // namespace

std::string location_text(const Model& model, const Location& where) {
    return LocationTexts(model)(where);
}

void write_text(std::ostream& out, const Diagnostics& findings, const Model& model,
                const FindingsOutputOptions& options) {
    Painter paint(options.color);
    LocationTexts locations(model);
    for (const Diagnostic& d : findings)
        out << finding(d, model, locations, paint, options.lang);
}

} // namespace privmap::findings_output
