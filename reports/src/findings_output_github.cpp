// GitHub Actions workflow commands: one annotation per unwaived finding on the line it is about,
// its notes and fix inside it, at most GitHub's limit of each kind.
#include "findings_output_detail.h"

#include <algorithm>
#include <map>

namespace privmap::findings_output {
namespace {

// The workflow-command escapes: a message escapes % CR LF; a property also , and :.
std::string escaped(std::string_view text, bool property) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\r':
            out += "%0D";
            break;
        case '\n':
            out += "%0A";
            break;
        case ':':
            out += property ? "%3A" : ":";
            break;
        case ',':
            out += property ? "%2C" : ",";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string_view command_for(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    case Severity::note:
        break;
    }
    return "notice";
}

std::string properties(const Model& model, const Location& where, std::string_view title) {
    std::string out = "file=" + escaped(display_path(model, where.file.path()), true);
    if (where.known()) {
        out += ",line=" + std::to_string(where.line) + ",col=" + std::to_string(where.column);
        if (where.length > 0)
            out += ",endColumn=" + std::to_string(where.column + where.length - 1); // inclusive
    }
    return out + ",title=" + escaped(title, true);
}

std::string annotation(std::string_view command, const std::string& props,
                       std::string_view message) {
    return "::" + std::string(command) + " " + props + "::" + escaped(message, false) + "\n";
}

/// The message with its notes (where they point) and the fix: one annotation per finding.
std::string annotation_text(LocationTexts& locations, const Diagnostic& d, std::string_view lang) {
    std::string text = message_text(d.message, lang);
    for (const Note& note : d.notes)
        text += "\nnote: " + message_text(note.message, lang) +
                (note.where.known() ? " (" + locations(note.where) + ")" : "");
    if (!d.help.empty())
        text += "\nhelp: " + message_text(d.help, lang);
    return text;
}

/// A finding past the cap, as a plain log line: the log still lists every finding.
std::string log_line(LocationTexts& locations, const Diagnostic& d, std::string_view lang) {
    return locations(d.where) + ": " + std::string(to_string(d.severity)) + "[" + d.rule +
           "]: " + message_text(d.message, lang) + "\n";
}

std::string more_annotation(Severity severity, std::size_t more, std::size_t cap,
                            std::string_view lang) {
    Message text{"github.more",
                 {{"count", static_cast<long long>(more)},
                  {"severity", std::string(to_string(severity))},
                  {"cap", static_cast<long long>(cap)}}};
    return "::" + std::string(command_for(severity)) +
           " title=privmap::" + escaped(message_text(text, lang), false) + "\n";
}

/// GitHub's cap per kind of annotation: when some of a kind must be dropped, the last place of
/// the kind says how many. Waived findings are accepted: they are counted in the summary, never
/// annotated.
class AnnotationCap {
public:
    AnnotationCap(const Diagnostics& findings, std::size_t per_kind)
        : cap_(std::max<std::size_t>(per_kind, 1)) {
        for (const Diagnostic& d : findings)
            if (!d.waiver)
                ++total_[d.severity];
    }

    /// Whether `d` (unwaived, the next in order) gets an annotation of its own.
    bool annotate(const Diagnostic& d) {
        std::size_t room = total_[d.severity] > cap_ ? cap_ - 1 : cap_;
        if (shown_[d.severity] >= room)
            return false;
        ++shown_[d.severity];
        return true;
    }

    /// After every finding: one annotation per kind that had more than fit.
    void write_more(std::ostream& out, std::string_view lang) {
        for (auto [severity, count] : total_)
            if (count > shown_[severity])
                out << more_annotation(severity, count - shown_[severity], cap_, lang);
    }

private:
    std::size_t cap_;
    std::map<Severity, std::size_t> total_, shown_;
};

} // namespace

void write_github(std::ostream& out, const Diagnostics& findings, const Model& model,
                  const FindingsOutputOptions& options) {
    LocationTexts locations(model);
    AnnotationCap annotated(findings, options.annotations_per_kind);
    for (const Diagnostic& d : findings)
        if (!d.waiver && annotated.annotate(d))
            out << annotation(command_for(d.severity), properties(model, d.where, d.rule),
                              annotation_text(locations, d, options.lang));
    annotated.write_more(out, options.lang);
    // The findings past the cap, in the same order: a second pass decides as the first did.
    AnnotationCap logged(findings, options.annotations_per_kind);
    for (const Diagnostic& d : findings)
        if (!d.waiver && !logged.annotate(d))
            out << log_line(locations, d, options.lang);
}

} // namespace privmap::findings_output
