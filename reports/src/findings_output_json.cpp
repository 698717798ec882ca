// The JSON format. Its shape is public (CI tools build on it): fields may be added, never
// renamed or removed.
#include "findings_output_detail.h"

#include <nlohmann/json.hpp>

namespace privmap::findings_output {
namespace {

using json = nlohmann::ordered_json;

/// file, line and column (0 when unknown) of a place, as the JSON shape names them.
void put_location(json& object, const Model& model, const Location& where) {
    object["file"] = display_path(model, where.file.path());
    object["line"] = where.line;
    object["column"] = where.column;
}

json finding(const Diagnostic& d, const Model& model, std::string_view lang) {
    json out = {{"rule", d.rule}, {"severity", to_string(d.severity)}, {"entity", d.entity}};
    put_location(out, model, d.where);
    out["end_column"] = d.where.length > 0 ? d.where.column + d.where.length : d.where.column;
    out["message"] = message_text(d.message, lang);
    out["waived"] = d.waiver.has_value();
    out["notes"] = json::array();
    for (const Note& note : d.notes) {
        json entry = {{"message", message_text(note.message, lang)}};
        put_location(entry, model, note.where);
        out["notes"].push_back(entry);
    }
    out["help"] = message_text(d.help, lang);
    out["fingerprint"] = finding_fingerprint(d);
    if (d.waiver) {
        json waiver = {{"reason", d.waiver->reason},
                       {"approved_by", d.waiver->approved_by},
                       {"expires", d.waiver->expires.str()}};
        put_location(waiver, model, d.waiver->where);
        out["waiver"] = waiver;
    }
    return out;
}

/// Pretty-printed with two spaces, as every JSON output of privmap. A model may hold invalid
/// UTF-8 that slipped into a message: it is replaced, never thrown on.
std::string dump(const json& value) {
    return value.dump(2, ' ', false, json::error_handler_t::replace);
}

/// Appends `separator`, then `text` (a value dumped at the top level) indented by `indent`, as
/// it appears inside the document.
void append_nested(std::string& out, std::string_view separator, const std::string& text,
                   std::string_view indent) {
    out.append(separator).append(indent);
    for (char c : text) {
        out += c;
        if (c == '\n')
            out.append(indent);
    }
}

} // namespace

std::string as_json(const Diagnostics& findings, const Model& model,
                    const FindingsOutputOptions& options) {
    FindingsSummary summary = summarize(findings, options.exit_code);
    json out = {{"findings", json::array()},
                {"summary",
                 {{"errors", summary.errors},
                  {"warnings", summary.warnings},
                  {"notes", summary.notes},
                  {"waived", summary.waived},
                  {"exit_code", summary.exit_code}}}};
    std::string text = dump(out);
    // Each finding is dumped on its own into the empty `findings` array (the first `[]`: it
    // comes first), as the whole document would print it: no DOM of every finding.
    std::string items;
    for (const Diagnostic& d : findings)
        append_nested(items, items.empty() ? "\n" : ",\n", dump(finding(d, model, options.lang)),
                      "    ");
    if (!items.empty())
        items += "\n  ";
    text.insert(text.find("[]") + 1, items);
    return text + "\n";
}

} // namespace privmap::findings_output
