#include "rules/rule.h"

namespace privmap {

struct LineageGraph::Impl {};
LineageGraph::LineageGraph() : impl_(std::make_unique<Impl>()) {}
LineageGraph::~LineageGraph() = default;
LineageGraph::LineageGraph(LineageGraph&&) noexcept = default;
LineageGraph& LineageGraph::operator=(LineageGraph&&) noexcept = default;
LineageGraph LineageGraph::build(const Model&) { return {}; }

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
