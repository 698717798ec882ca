// SARIF 2.1.0, as GitHub code scanning reads it: the rules from their own metadata, one result
// per finding with a repo-relative location, stable fingerprints, waivers as suppressions.
#include "findings_output_detail.h"
#include "findings_output_json_writer.h"
#include "render.h"

#include <cstdint>
#include <map>

namespace privmap::findings_output {
namespace {

constexpr std::string_view source_root = "%SRCROOT%";

std::string_view sarif_level(Severity severity) {
    return to_string(severity);
}

/// "model.dangling-ref" -> "ModelDanglingRef" (SARIF's friendly rule name).
std::string pascal_case(std::string_view id) {
    std::string name;
    bool upper = true;
    for (char c : id) {
        if (c == '.' || c == '-' || c == '_') {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

/// GitHub code scanning ranks alerts of rules tagged `security` by this score: over 7 is
/// "high", 4 to 7 "medium", under 4 "low".
std::string_view security_severity(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "8.0";
    case Severity::warning:
        return "5.0";
    case Severity::note:
        break;
    }
    return "2.0";
}

/// `security` makes code scanning rank the rule's alerts by its security-severity.
void put_tags(JsonWriter& json, const RuleInfo& info) {
    json.begin_array().text("security").text("gdpr").text("privacy");
    if (std::string family = rule_family(info.id); family != "security")
        json.text(family);
    json.end_array();
}

/// A rule that a finding names; `documented` when docs/rules has its page.
struct RuleEntry {
    RuleInfo info;
    bool documented = false;
};

/// In the language of the results; helpUri is the English page.
void put_rule(JsonWriter& json, const RuleEntry& entry, std::string_view lang) {
    const RuleInfo& english = entry.info;
    std::deque<std::string> words;
    RuleInfo info = rule_in(english, lang, words);
    json.begin_object();
    json.key("id").text(info.id);
    json.key("name").text(pascal_case(info.id));
    json.key("shortDescription").begin_object().key("text").text(info.summary).end_object();
    json.key("fullDescription")
        .begin_object()
        .key("text")
        .text(info.what.empty() ? info.summary : info.what)
        .end_object();
    json.key("help").begin_object();
    json.key("text").text(explain_text(english, lang));
    json.key("markdown").text(explain_markdown(english, lang));
    json.end_object();
    json.key("defaultConfiguration")
        .begin_object()
        .key("level")
        .text(sarif_level(info.severity))
        .end_object();
    json.key("properties").begin_object();
    json.key("legal").text(info.legal);
    json.key("security-severity").text(security_severity(info.severity));
    json.key("tags");
    put_tags(json, info);
    json.end_object();
    if (entry.documented) // docs/rules/<id>.md, generated from the same metadata
        json.key("helpUri").text(std::string(rule_docs_url()) + std::string(info.id) + ".md");
    json.end_object();
}

/// Every known rule, then any rule a finding names that the catalogue lacks (so every result
/// has its rule); `index` gets the index of each id.
std::vector<RuleEntry> rule_entries(const Diagnostics& findings,
                                    std::map<std::string, std::size_t, std::less<>>& index) {
    std::vector<RuleEntry> rules;
    auto add = [&](const RuleInfo& info, bool documented) {
        if (index.find(info.id) != index.end())
            return;
        index.emplace(std::string(info.id), rules.size());
        rules.push_back({info, documented});
    };
    for (const RuleInfo& info : all_rules())
        add(info, true);
    for (const Diagnostic& d : findings)
        add(RuleInfo{d.rule, d.severity, d.rule, {}, {}, {}, {}, {}}, false);
    return rules;
}

/// Each file's artifactLocation: its percent-encoded path, relative to %SRCROOT% or absolute;
/// worked out once per file.
class Artifacts {
public:
    explicit Artifacts(const Model& model) : model_(model) {}

    void put_location(JsonWriter& json, FileName file) {
        const Artifact& artifact = artifacts_(file, [&] {
            std::string path = display_path(model_, file.path());
            bool absolute = !path.empty() && path.front() == '/';
            return Artifact{(absolute ? "file://" : "") + reports::percent_encode(path, "/"),
                            absolute};
        });
        json.begin_object();
        json.key("uri").text(artifact.uri);
        if (!artifact.absolute)
            json.key("uriBaseId").text(source_root);
        json.end_object();
    }

private:
    struct Artifact {
        std::string uri;
        bool absolute = false;
    };
    const Model& model_;
    PerFile<Artifact> artifacts_;
};

void put_physical_location(JsonWriter& json, Artifacts& artifacts, const Location& where) {
    json.begin_object();
    json.key("artifactLocation");
    artifacts.put_location(json, where.file);
    if (where.known()) {
        std::uint32_t column = std::max<std::uint32_t>(where.column, 1);
        json.key("region").begin_object();
        json.key("startLine").number(where.line);
        json.key("startColumn").number(column);
        json.key("endColumn").number(column + std::max<std::uint32_t>(where.length, 1));
        json.end_object();
    }
    json.end_object();
}

std::string result_text(const Diagnostic& d, std::string_view lang) {
    std::string text = message_text(d.message, lang);
    for (const Note& note : d.notes)
        if (!note.where.known())
            text += "\nnote: " + message_text(note.message, lang);
    if (!d.help.empty())
        text += "\nhelp: " + message_text(d.help, lang);
    return text;
}

void put_message(JsonWriter& json, std::string_view text) {
    json.key("message").begin_object().key("text").text(text).end_object();
}

/// The notes that point somewhere; the others are part of the result's message.
void put_related_locations(JsonWriter& json, const Diagnostic& d, Artifacts& artifacts,
                           std::string_view lang) {
    std::size_t id = 0;
    for (const Note& note : d.notes) {
        if (!note.where.known())
            continue;
        if (id == 0)
            json.key("relatedLocations").begin_array();
        json.begin_object();
        json.key("id").number(id++);
        put_message(json, message_text(note.message, lang));
        json.key("physicalLocation");
        put_physical_location(json, artifacts, note.where);
        json.end_object();
    }
    if (id > 0)
        json.end_array();
}

void put_result(JsonWriter& json, const Diagnostic& d, Artifacts& artifacts,
                const std::map<std::string, std::size_t, std::less<>>& rules,
                std::string_view lang) {
    json.begin_object();
    json.key("ruleId").text(d.rule);
    json.key("ruleIndex").number(rules.find(d.rule)->second);
    json.key("level").text(sarif_level(d.severity));
    put_message(json, result_text(d, lang));
    json.key("locations").begin_array().begin_object().key("physicalLocation");
    put_physical_location(json, artifacts, d.where);
    json.end_object().end_array();
    json.key("partialFingerprints")
        .begin_object()
        .key("privmap/v1")
        .text(finding_fingerprint(d))
        .end_object();
    put_related_locations(json, d, artifacts, lang);
    if (d.waiver) {
        json.key("suppressions").begin_array().begin_object();
        json.key("kind").text("external");
        json.key("status").text("accepted");
        json.key("justification").text(waiver_text(*d.waiver, lang));
        json.end_object().end_array();
    }
    if (!d.entity.empty())
        json.key("properties").begin_object().key("entity").text(d.entity).end_object();
    json.end_object();
}

} // namespace

void write_sarif(std::ostream& out, const Diagnostics& findings, const Model& model,
                 const FindingsOutputOptions& options) {
    std::map<std::string, std::size_t, std::less<>> rule_index;
    std::vector<RuleEntry> rules = rule_entries(findings, rule_index);
    JsonWriter json(out);
    json.begin_object();
    json.key("version").text("2.1.0");
    json.key("$schema").text("https://json.schemastore.org/sarif-2.1.0.json");
    json.key("runs").begin_array().begin_object();
    json.key("tool").begin_object().key("driver").begin_object();
    json.key("name").text("privmap");
    json.key("version").text(options.tool_version);
    json.key("semanticVersion").text(options.tool_version);
    json.key("informationUri").text(homepage());
    json.key("rules").begin_array();
    for (const RuleEntry& rule : rules)
        put_rule(json, rule, options.lang);
    json.end_array();
    json.end_object().end_object();
    json.key("invocations").begin_array().begin_object();
    json.key("executionSuccessful").boolean(options.exit_code != 3);
    json.key("exitCode").number(options.exit_code);
    json.end_object().end_array();
    json.key("columnKind").text("unicodeCodePoints");
    json.key("results").begin_array();
    Artifacts artifacts(model);
    for (const Diagnostic& d : findings)
        put_result(json, d, artifacts, rule_index, options.lang);
    json.end_array();
    json.end_object().end_array();
    json.end_object();
    json.finish();
}

} // namespace privmap::findings_output
