// The compliance section as typed data (a view model): the summary of the findings, the
// findings grouped by entity and severity, and the technical appendix of positions. Its
// to_json is the report document's `compliance`; docs/templates.md describes the keys.
#pragma once

#include "register_view.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace privmap::reports {

struct SeverityCountView {
    std::string severity, severity_text;
    long long count = 0;
};

struct ComplianceSummaryView {
    std::vector<SeverityCountView> rows; // error, warning, note
    long long errors = 0;
    std::string open, accepted; // "4 openstaande bevindingen", "1 geaccepteerde bevinding"
    long long accepted_count = 0;
    bool clean = false; // no open finding
    std::string verdict;
};

/// The open findings of one severity about one entity.
struct SeverityFindingsView {
    std::string severity, severity_text;
    std::vector<FindingView> findings;
};

/// The findings about one entity (or the model as a whole: `entity` empty).
struct FindingGroupView {
    std::string entity, name, kind, anchor;
    std::string target; // the entity's anchor; "" for the model as a whole
    std::vector<SeverityFindingsView> severities;
    std::vector<FindingView> accepted;
};

/// One place in the model a finding (`what` empty) or one of its notes (`what` the note)
/// points at.
struct PositionView {
    std::string rule, name, what, location;
};

struct ComplianceSection {
    ComplianceSummaryView summary;
    std::vector<FindingGroupView> groups; // the model as a whole first, then by name
    std::vector<PositionView> positions;  // in the order of the groups
};

void to_json(nlohmann::json&, const SeverityCountView&);
void to_json(nlohmann::json&, const ComplianceSummaryView&);
void to_json(nlohmann::json&, const SeverityFindingsView&);
void to_json(nlohmann::json&, const FindingGroupView&);
void to_json(nlohmann::json&, const PositionView&);
void to_json(nlohmann::json&, const ComplianceSection&);

} // namespace privmap::reports
