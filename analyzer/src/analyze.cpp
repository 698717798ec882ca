#include "rules/rule.h"

namespace privmap {

Analysis analyze(const Model& model, const AnalyzeOptions& options) {
    Analysis analysis;
    analysis.graph = LineageGraph::build(model);
    rules::Context context{model, analysis.graph, options, analysis.screenings};
    rules::Findings findings;
    for (const rules::Rule* rule : rules::registry())
        rule->check(context, findings);
    analysis.findings = findings.take();
    sort_diagnostics(analysis.findings);
    return analysis;
}

} // namespace privmap
