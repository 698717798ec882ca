// The analyzer: builds the lineage graph of a resolved model and checks it against the GDPR.
#pragma once

#include <privmap/facts.h>
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

struct Analysis {
    LineageGraph graph;
    std::vector<ActivityScreening> screenings; // one per activity, same order
    Facts facts;                               // what every output says about each activity
    Diagnostics findings;                      // with [checks] severities and waivers applied
};

/// Builds the graph, screens every activity, derives its facts and runs every enabled rule.
Analysis analyze(const Model&, const AnalyzeOptions&);

/// Every rule privmap knows (model.* first), sorted by id.
const std::vector<RuleInfo>& all_rules();
const RuleInfo* find_rule(std::string_view id);
/// The rule id a mistyped `id` most likely meant, or "" when none is close enough to be a typo.
/// The family may be left out: "dangling-ref" finds "model.dangling-ref".
std::string_view nearest_rule(std::string_view id);

} // namespace privmap
