// The compliance report: a summary, then every finding grouped by entity and severity, with
// accepted (waived) findings shown with their reason, approver and expiry.
#include "report_parts.h"

#include <map>
#include <privmap/vocabulary.h>

namespace privmap::reports {
namespace {

std::string kind_of(const Builder& b, const std::string& entity) {
    if (entity.empty())
        return "model";
    auto handle = b.model.find(entity);
    return handle ? std::string(to_name(handle->kind)) : "model";
}

json group_json(const Builder& b, const std::string& entity,
                const std::vector<const Diagnostic*>& findings) {
    json severities = json::array();
    for (Severity severity : {Severity::error, Severity::warning, Severity::note}) {
        json open = json::array();
        for (const Diagnostic* finding : findings)
            if (!finding->waiver && finding->severity == severity)
                open.push_back(b.finding_json(*finding));
        if (!open.empty())
            severities.push_back(
                {{"severity", to_string(severity)},
                 {"severity_text", b.t.vocabulary("severity", to_string(severity))},
                 {"findings", open}});
    }
    json accepted = json::array();
    for (const Diagnostic* finding : findings)
        if (finding->waiver)
            accepted.push_back(b.finding_json(*finding));
    std::string kind = kind_of(b, entity);
    return {{"entity", entity},
            {"name", entity.empty() ? b.t.label("model_wide") : b.name_of(entity)},
            {"kind", b.t.vocabulary("entity_kind", kind)},
            {"anchor", anchor_of("findings", entity.empty() ? "model" : entity)},
            {"target", entity.empty() ? "" : anchor_of(kind, entity)},
            {"severities", severities},
            {"has_accepted", !accepted.empty()},
            {"accepted", accepted}};
}

json summary_json(const Builder& b) {
    long long counts[3] = {0, 0, 0};
    long long accepted = 0;
    for (const Diagnostic& finding : b.analysis.findings) {
        if (finding.waiver)
            ++accepted;
        else
            ++counts[static_cast<int>(finding.severity)];
    }
    long long open = counts[0] + counts[1] + counts[2];
    json rows = json::array();
    for (Severity severity : {Severity::error, Severity::warning, Severity::note})
        rows.push_back({{"severity", to_string(severity)},
                        {"severity_text", b.t.vocabulary("severity", to_string(severity))},
                        {"count", counts[static_cast<int>(severity)]}});
    return {{"rows", rows},
            {"errors", counts[static_cast<int>(Severity::error)]},
            {"open", b.t.message("findings_count", {{"count", open}})},
            {"accepted", b.t.message("accepted_count", {{"count", accepted}})},
            {"accepted_count", accepted},
            {"clean", open == 0},
            {"verdict", b.t.label(counts[static_cast<int>(Severity::error)] > 0 ? "verdict_errors"
                                  : open > 0                                    ? "verdict_warnings"
                                             : "verdict_clean")}};
}
using FindingsByEntity = std::map<std::string, std::vector<const Diagnostic*>>;

/// Where each finding (and each place its notes point at) is in the model, in the order the
/// findings are listed: the technical appendix, for the DPO who edits the model.
json positions_json(const Builder& b, const json& groups, const FindingsByEntity& by_entity) {
    json positions = json::array();
    auto add = [&](const Diagnostic& finding, const Location& where, const std::string& what) {
        if (!where.known())
            return;
        positions.push_back(
            {{"rule", finding.rule},
             {"name", finding.entity.empty() ? b.t.label("model_wide") : b.name_of(finding.entity)},
             {"what", what},
             {"location", where.str()}});
    };
    for (const json& group : groups)
        for (const Diagnostic* finding : by_entity.at(group["entity"].get<std::string>())) {
            add(*finding, finding->where, "");
            for (const Note& note : finding->notes)
                add(*finding, note.where, as_prose(b.t.render(note.message)));
        }
    return positions;
}
} // namespace

json compliance_section(const Builder& b) {
    FindingsByEntity by_entity;
    for (const Diagnostic& finding : b.analysis.findings)
        by_entity[finding.entity].push_back(&finding);
    json groups = json::array();
    json model_wide = json::array();
    for (const auto& [entity, findings] : by_entity)
        (entity.empty() ? model_wide : groups).push_back(group_json(b, entity, findings));
    b.sort_by(groups);
    for (json& group : groups)
        model_wide.push_back(std::move(group));
    json positions = positions_json(b, model_wide, by_entity);
    return {{"summary", summary_json(b)},
            {"groups", model_wide},
            {"positions", positions},
            {"has_positions", !positions.empty()}};
}

} // namespace privmap::reports
