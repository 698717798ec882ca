// The compliance report: a summary, then every finding grouped by entity and severity, with
// accepted (waived) findings shown with their reason, approver and expiry.
#include "report_parts.h"

#include <map>
#include <privmap/vocabulary.h>

namespace privmap::reports {
namespace {

constexpr Severity severities[] = {Severity::error, Severity::warning, Severity::note};

std::string kind_of(const Builder& b, const std::string& entity) {
    if (entity.empty())
        return "model";
    auto handle = b.model.find(entity);
    return handle ? std::string(to_name(handle->kind)) : "model";
}

FindingGroupView group_view(const Builder& b, const std::string& entity,
                            const std::vector<const Diagnostic*>& findings) {
    std::string kind = kind_of(b, entity);
    FindingGroupView group{entity,
                           entity.empty() ? b.t.label("model_wide") : b.name_of(entity),
                           b.t.vocabulary("entity_kind", kind),
                           anchor_of("findings", entity.empty() ? "model" : entity),
                           entity.empty() ? "" : anchor_of(kind, entity),
                           {},
                           {}};
    for (Severity severity : severities) {
        SeverityFindingsView open{
            std::string(to_string(severity)), b.t.vocabulary("severity", to_string(severity)), {}};
        for (const Diagnostic* finding : findings)
            if (!finding->waiver && finding->severity == severity)
                open.findings.push_back(b.finding_view(*finding));
        if (!open.findings.empty())
            group.severities.push_back(std::move(open));
    }
    for (const Diagnostic* finding : findings)
        if (finding->waiver)
            group.accepted.push_back(b.finding_view(*finding));
    return group;
}

/// The verdict names only the severities that have open findings.
std::string_view verdict_key(const long long (&open)[3]) {
    bool warnings = open[static_cast<int>(Severity::warning)] > 0;
    bool notes = open[static_cast<int>(Severity::note)] > 0;
    if (open[static_cast<int>(Severity::error)] > 0)
        return "verdict_errors";
    if (warnings)
        return notes ? "verdict_warnings_notes" : "verdict_warnings";
    return notes ? "verdict_notes" : "verdict_clean";
}

ComplianceSummaryView summary_view(const Builder& b) {
    long long counts[3] = {0, 0, 0};
    long long accepted = 0;
    for (const Diagnostic& finding : b.analysis.findings) {
        if (finding.waiver)
            ++accepted;
        else
            ++counts[static_cast<int>(finding.severity)];
    }
    long long open = counts[0] + counts[1] + counts[2];
    long long errors = counts[static_cast<int>(Severity::error)];
    ComplianceSummaryView summary;
    for (Severity severity : severities)
        summary.rows.push_back({std::string(to_string(severity)),
                                b.t.vocabulary("severity", to_string(severity)),
                                counts[static_cast<int>(severity)]});
    summary.errors = errors;
    summary.open = b.t.message("findings_count", {{"count", open}});
    summary.accepted = b.t.message("accepted_count", {{"count", accepted}});
    summary.accepted_count = accepted;
    summary.clean = open == 0;
    summary.verdict = b.t.label(verdict_key(counts));
    return summary;
}

using FindingsByEntity = std::map<std::string, std::vector<const Diagnostic*>>;

/// Where each finding (and each place its notes point at) is in the model, in the order the
/// findings are listed: the technical appendix, for the DPO who edits the model.
std::vector<PositionView> positions_of(const Builder& b,
                                       const std::vector<FindingGroupView>& groups,
                                       const FindingsByEntity& by_entity) {
    std::vector<PositionView> positions;
    auto add = [&](const Diagnostic& finding, const Location& where, const std::string& what) {
        if (!where.known())
            return;
        positions.push_back(
            {finding.rule,
             finding.entity.empty() ? b.t.label("model_wide") : b.name_of(finding.entity), what,
             where.str()});
    };
    for (const FindingGroupView& group : groups)
        for (const Diagnostic* finding : by_entity.at(group.entity)) {
            add(*finding, finding->where, "");
            for (const Note& note : finding->notes)
                add(*finding, note.where, as_prose(b.t.render(note.message)));
        }
    return positions;
}

} // namespace

ComplianceSection compliance_view(const Builder& b) {
    FindingsByEntity by_entity;
    for (const Diagnostic& finding : b.analysis.findings)
        by_entity[finding.entity].push_back(&finding);
    std::vector<FindingGroupView> groups, model_wide;
    for (const auto& [entity, findings] : by_entity)
        (entity.empty() ? model_wide : groups).push_back(group_view(b, entity, findings));
    b.sort_by_name(groups);
    for (FindingGroupView& group : groups)
        model_wide.push_back(std::move(group));
    ComplianceSection section{summary_view(b), std::move(model_wide), {}};
    section.positions = positions_of(b, section.groups, by_entity);
    return section;
}

json compliance_section(const Builder& b) {
    return compliance_view(b);
}

} // namespace privmap::reports
