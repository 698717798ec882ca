// SARIF 2.1.0, as GitHub code scanning reads it: the rules from their own metadata, one result
// per finding with a repo-relative location, stable fingerprints, waivers as suppressions.
#include "findings_output_detail.h"
#include "render.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace privmap::findings_output {
namespace {

using json = nlohmann::ordered_json;

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
json tags(const RuleInfo& info) {
    json tags = json::array({"security", "gdpr", "privacy"});
    if (std::string family = rule_family(info.id); family != "security")
        tags.push_back(family);
    return tags;
}

/// In the language of the results; helpUri is the English page.
json rule_descriptor(const RuleInfo& english, bool documented, std::string_view lang) {
    std::deque<std::string> words;
    RuleInfo info = rule_in(english, lang, words);
    json rule = {
        {"id", info.id},
        {"name", pascal_case(info.id)},
        {"shortDescription", {{"text", info.summary}}},
        {"fullDescription", {{"text", info.what.empty() ? info.summary : info.what}}},
        {"help",
         {{"text", explain_text(english, lang)}, {"markdown", explain_markdown(english, lang)}}},
        {"defaultConfiguration", {{"level", sarif_level(info.severity)}}},
        {"properties",
         {{"legal", info.legal},
          {"security-severity", security_severity(info.severity)},
          {"tags", tags(info)}}}};
    if (documented) // docs/rules/<id>.md, generated from the same metadata
        rule["helpUri"] = std::string(rule_docs_url()) + std::string(info.id) + ".md";
    return rule;
}

/// Every known rule, then any rule a finding names that the catalogue lacks (so every result
/// has its rule); returns the index of each id.
json rule_descriptors(const Diagnostics& findings,
                      std::map<std::string, std::size_t, std::less<>>& index,
                      std::string_view lang) {
    json rules = json::array();
    auto add = [&](const RuleInfo& info, bool documented) {
        if (index.find(info.id) != index.end())
            return;
        index.emplace(std::string(info.id), rules.size());
        rules.push_back(rule_descriptor(info, documented, lang));
    };
    for (const RuleInfo& info : all_rules())
        add(info, true);
    for (const Diagnostic& d : findings)
        add(RuleInfo{d.rule, d.severity, d.rule, {}, {}, {}, {}, {}}, false);
    return rules;
}

json artifact_location(const Model& model, std::string_view file) {
    std::string path = display_path(model, file);
    if (!path.empty() && path.front() == '/')
        return {{"uri", "file://" + reports::percent_encode(path, "/")}};
    return {{"uri", reports::percent_encode(path, "/")}, {"uriBaseId", source_root}};
}

json physical_location(const Model& model, const Location& where) {
    json location = {{"artifactLocation", artifact_location(model, where.file.path())}};
    if (where.known())
        location["region"] = {{"startLine", where.line},
                              {"startColumn", std::max<std::uint32_t>(where.column, 1)},
                              {"endColumn", std::max<std::uint32_t>(where.column, 1) +
                                                std::max<std::uint32_t>(where.length, 1)}};
    return location;
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

json result(const Diagnostic& d, const Model& model,
            const std::map<std::string, std::size_t, std::less<>>& rules, std::string_view lang) {
    json out = {
        {"ruleId", d.rule},
        {"ruleIndex", rules.find(d.rule)->second},
        {"level", sarif_level(d.severity)},
        {"message", {{"text", result_text(d, lang)}}},
        {"locations", json::array({{{"physicalLocation", physical_location(model, d.where)}}})},
        {"partialFingerprints", {{"privmap/v1", finding_fingerprint(d)}}}};
    json related = json::array();
    for (const Note& note : d.notes)
        if (note.where.known())
            related.push_back({{"id", related.size()},
                               {"message", {{"text", message_text(note.message, lang)}}},
                               {"physicalLocation", physical_location(model, note.where)}});
    if (!related.empty())
        out["relatedLocations"] = related;
    if (d.waiver)
        out["suppressions"] = json::array({{{"kind", "external"},
                                            {"status", "accepted"},
                                            {"justification", waiver_text(*d.waiver, lang)}}});
    if (!d.entity.empty())
        out["properties"] = {{"entity", d.entity}};
    return out;
}

} // namespace

std::string as_sarif(const Diagnostics& findings, const Model& model,
                     const FindingsOutputOptions& options) {
    std::map<std::string, std::size_t, std::less<>> rule_index;
    json driver = {{"name", "privmap"},
                   {"version", options.tool_version},
                   {"semanticVersion", options.tool_version},
                   {"informationUri", homepage()},
                   {"rules", rule_descriptors(findings, rule_index, options.lang)}};
    json results = json::array();
    for (const Diagnostic& d : findings)
        results.push_back(result(d, model, rule_index, options.lang));
    json run = {{"tool", {{"driver", driver}}},
                {"invocations", json::array({{{"executionSuccessful", options.exit_code != 3},
                                              {"exitCode", options.exit_code}}})},
                {"columnKind", "unicodeCodePoints"},
                {"results", results}};
    json log = {{"version", "2.1.0"},
                {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"runs", json::array({run})}};
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace privmap::findings_output
