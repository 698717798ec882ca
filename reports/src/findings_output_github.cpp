// GitHub Actions workflow commands: one annotation per finding on the line it is about.
#include "findings_output_detail.h"

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

std::string_view command_for(const Diagnostic& d) {
    if (d.waiver) // accepted: shown, never failing the check run
        return "notice";
    switch (d.severity) {
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
    std::string out = "file=" + escaped(display_path(model, where.file), true);
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

std::string message_text(const Diagnostic& d) {
    std::string text = d.message;
    if (d.waiver)
        text += " (waived: " + waiver_text(*d.waiver) + ")";
    if (!d.help.empty())
        text += "\nhelp: " + d.help;
    return text;
}

} // namespace

std::string as_github(const Diagnostics& findings, const Model& model) {
    std::string out;
    for (const Diagnostic& d : findings) {
        out += annotation(command_for(d), properties(model, d.where, d.rule), message_text(d));
        for (const Note& note : d.notes)
            out += annotation(
                "notice",
                properties(model, note.where.known() ? note.where : d.where, d.rule + " (note)"),
                note.message);
    }
    return out;
}

} // namespace privmap::findings_output
