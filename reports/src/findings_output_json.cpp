// The JSON format. Its shape is public (CI tools build on it): fields may be added, never
// renamed or removed.
//
// The text is written straight to the output, finding by finding (findings_output_json_writer.h).
#include "findings_output_detail.h"
#include "findings_output_json_writer.h"

namespace privmap::findings_output {
namespace {

/// Each file's display_path, worked out once.
class ShownPaths {
public:
    explicit ShownPaths(const Model& model) : model_(model) {}
    const std::string& operator()(FileName file) {
        return paths_(file, [&] { return display_path(model_, file.path()); });
    }

private:
    const Model& model_;
    PerFile<std::string> paths_;
};

/// file, line and column (0 when unknown) of a place, as the JSON shape names them.
void put_location(JsonWriter& json, ShownPaths& paths, const Location& where) {
    json.key("file").text(paths(where.file));
    json.key("line").number(where.line);
    json.key("column").number(where.column);
}

void put_waiver(JsonWriter& json, ShownPaths& paths, const WaiverInfo& waiver) {
    json.begin_object();
    json.key("reason").text(waiver.reason);
    json.key("approved_by").text(waiver.approved_by);
    json.key("expires").text(waiver.expires.str());
    put_location(json, paths, waiver.where);
    json.end_object();
}

void put_finding(JsonWriter& json, const Diagnostic& d, ShownPaths& paths, std::string_view lang) {
    json.begin_object();
    json.key("rule").text(d.rule);
    json.key("severity").text(to_string(d.severity));
    json.key("entity").text(d.entity);
    put_location(json, paths, d.where);
    json.key("end_column")
        .number(d.where.length > 0 ? d.where.column + d.where.length : d.where.column);
    json.key("message").text(message_text(d.message, lang));
    json.key("waived").boolean(d.waiver.has_value());
    json.key("notes").begin_array();
    for (const Note& note : d.notes) {
        json.begin_object();
        json.key("message").text(message_text(note.message, lang));
        put_location(json, paths, note.where);
        json.end_object();
    }
    json.end_array();
    json.key("help").text(message_text(d.help, lang));
    json.key("fingerprint").text(finding_fingerprint(d));
    if (d.waiver) {
        json.key("waiver");
        put_waiver(json, paths, *d.waiver);
    }
    json.end_object();
}

} // namespace

void write_json(std::ostream& out, const Diagnostics& findings, const Model& model,
                const FindingsOutputOptions& options) {
    FindingsSummary summary = summarize(findings, options.exit_code);
    ShownPaths paths(model);
    JsonWriter json(out);
    json.begin_object();
    json.key("findings").begin_array();
    for (const Diagnostic& d : findings)
        put_finding(json, d, paths, options.lang);
    json.end_array();
    json.key("summary").begin_object();
    for (auto [name, count] : {std::pair{"errors", summary.errors},
                               {"warnings", summary.warnings},
                               {"notes", summary.notes},
                               {"waived", summary.waived}})
        json.key(name).number(count);
    json.key("exit_code").number(summary.exit_code);
    json.end_object();
    json.end_object();
    json.finish();
}

} // namespace privmap::findings_output
