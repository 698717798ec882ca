#include "compliance_view.h"

namespace privmap::reports {
using nlohmann::json;

void to_json(json& out, const SeverityCountView& v) {
    out = {{"severity", v.severity}, {"severity_text", v.severity_text}, {"count", v.count}};
}

void to_json(json& out, const ComplianceSummaryView& v) {
    out = {{"rows", v.rows},
           {"errors", v.errors},
           {"open", v.open},
           {"accepted", v.accepted},
           {"accepted_count", v.accepted_count},
           {"clean", v.clean},
           {"verdict", v.verdict}};
}

void to_json(json& out, const SeverityFindingsView& v) {
    out = {{"severity", v.severity}, {"severity_text", v.severity_text}, {"findings", v.findings}};
}

void to_json(json& out, const FindingGroupView& v) {
    out = {{"entity", v.entity},
           {"name", v.name},
           {"kind", v.kind},
           {"anchor", v.anchor},
           {"target", v.target},
           {"severities", v.severities},
           {"has_accepted", !v.accepted.empty()},
           {"accepted", v.accepted}};
}

void to_json(json& out, const PositionView& v) {
    out = {{"rule", v.rule}, {"name", v.name}, {"what", v.what}, {"location", v.location}};
}

void to_json(json& out, const ComplianceSection& v) {
    out = {{"summary", v.summary},
           {"groups", v.groups},
           {"positions", v.positions},
           {"has_positions", !v.positions.empty()}};
}

} // namespace privmap::reports
