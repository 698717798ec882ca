// The analyzer: builds the lineage graph of a resolved model and checks it against the GDPR.
#pragma once

#include <privmap/agenda.h>
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
    /// Whether to derive Analysis::facts, which the reports, `trace` and `diff` print. No rule
    /// reads them: `check`, which prints findings only, leaves them out (a third of the
    /// analysis of a large register).
    bool facts = true;
    /// The `reach` limit analyze() builds the lineage graph with (Limits::reach): for a graph
    /// beyond its limit, the analysis is that limit's model.limit error alone.
    std::size_t reach = Limits{}.reach;
};

/// Why a criterion holds, as a finding says it: the message "screening.<reason key>"
/// ("`sick-leave` is a kind of `health`, special-category data (health)").
Message because(const CriterionHit&);

struct Analysis {
    LineageGraph graph;
    std::vector<ActivityScreening> screenings; // one per activity, same order
    Facts facts; // what every output says about each activity; empty without AnalyzeOptions::facts
    /// Every dated obligation as of `today` (none without a date): what is overdue or due soon
    /// for the rules, the reports and `agenda` alike.
    std::vector<Obligation> agenda;
    Diagnostics findings; // with [checks] severities and waivers applied
};

/// Builds the graph, screens every activity, derives its facts and runs every enabled rule.
Analysis analyze(const Model&, const AnalyzeOptions&);
/// The same over `graph`, the lineage graph of `model` already built (LineageGraph::build):
/// the graph is built once, whoever needs it first.
Analysis analyze(const Model&, LineageGraph graph, const AnalyzeOptions&);

/// Every rule id privmap can print (model.*, the analysis, waiver.*, report.*), sorted by id:
/// the one table `explain`, docs/rules, SARIF and the message catalogues are checked against.
const std::vector<RuleInfo>& all_rules();
const RuleInfo* find_rule(std::string_view id);
/// The rule id a mistyped `id` most likely meant, or "" when none is close enough to be a typo.
/// The family may be left out: "dangling-ref" finds "model.dangling-ref".
std::string_view nearest_rule(std::string_view id);

/// The report.* rules the reports library reports when a document cannot be written.
namespace report_rule {
extern const RuleInfo tool;      // an external tool (pandoc, weasyprint, ...) is missing or failed
extern const RuleInfo write;     // a file or the output folder cannot be written
extern const RuleInfo template_; // a template or message catalogue is missing or broken
extern const RuleInfo format;    // an unknown --format
extern const RuleInfo lang;      // no catalogue for the language: English instead
extern const RuleInfo diagram;   // Graphviz could not draw a diagram
} // namespace report_rule

} // namespace privmap
