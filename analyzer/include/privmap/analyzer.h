// The analyzer: builds the lineage graph of a resolved model and checks it against the GDPR.
#pragma once

#include <privmap/lineage.h>
#include <privmap/model.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privmap {

struct AnalyzeOptions {
    Date today; // "now" for dates (review overdue, waiver expiry); set by the caller
};

/// A sentence in a form a report can translate: the message `screening_<key>` of the report's
/// catalogue with these named arguments (ids, numbers and vocabulary names, never prose).
struct Reason {
    std::string key;                                       // "highly-personal"
    std::vector<std::pair<std::string, std::string>> args; // {"category", "financial"}
};

/// One WP248 criterion that holds for an activity, and where it came from.
struct CriterionHit {
    Criterion criterion;
    std::string because; // "declared in `criteria`", "`sick-leave` is a kind of `health`", ...
    Location where;
    Reason reason; // `because` for the reports' catalogues; key empty when there is none
};

struct ActivityScreening {
    std::size_t activity = 0; // index into Model::activities
    std::vector<CriterionHit> hits;
    bool art35_3 = false; // an Art. 35(3) case
    bool dpia_required() const { return art35_3 || hits.size() >= 2; }
};

struct Analysis {
    LineageGraph graph;
    std::vector<ActivityScreening> screenings; // one per activity, same order
    Diagnostics findings;                      // with [checks] severities and waivers applied
};

/// Builds the graph, screens every activity and runs every enabled rule.
Analysis analyze(const Model&, const AnalyzeOptions&);

/// Every rule privmap knows (model.* first), sorted by id.
const std::vector<RuleInfo>& all_rules();
const RuleInfo* find_rule(std::string_view id);
/// The rule id a mistyped `id` most likely meant, or "" when none is close enough to be a typo.
/// The family may be left out: "dangling-ref" finds "model.dangling-ref".
std::string_view nearest_rule(std::string_view id);

} // namespace privmap
