// analyze(): graph -> screening -> facts -> rules -> configuration. The order is the pipeline's.
#include "configuration.h"
#include "facts/facts.h"
#include "rules/rule.h"
#include "rules/transfer/transfer.h"
#include "screening.h"

#include <utility>

namespace privmap {

Analysis analyze(const Model& model, const AnalyzeOptions& options) {
    return analyze(model, LineageGraph::build(model, options.reach), options);
}

Analysis analyze(const Model& model, LineageGraph graph, const AnalyzeOptions& options) {
    Analysis analysis;
    analysis.graph = std::move(graph);
    if (std::optional<std::size_t> reach = analysis.graph.beyond_reach()) {
        analysis.findings.push_back(limit_problem(model.root.generic_string(), "reach",
                                                  {{"limit", std::to_string(*reach)}}, 2 * *reach));
        return analysis;
    }
    analysis.screenings = screen_activities(model, analysis.graph);
    if (options.facts)
        analysis.facts = derive_facts(model, analysis.graph, analysis.screenings);
    if (options.today.valid())
        analysis.agenda = agenda(model, {options.today, std::nullopt});
    const std::vector<bool> staff_data =
        rules::transfer::staff_data_reaching(model, analysis.graph);
    rules::Context context{model,           analysis.graph, options, analysis.screenings,
                           analysis.agenda, staff_data};
    rules::Findings findings;
    for (const rules::Rule* rule : rules::registry())
        if (rule->check && rule_enabled(model, rule->info.id))
            rule->check(context, findings);
    Diagnostics found = findings.take();
    apply_waivers(model, analysis.agenda, found);
    apply_severities(model, found);
    Diagnostics references = check_rule_references(model);
    found.insert(found.end(), references.begin(), references.end());
    sort_diagnostics(found);
    if (options.facts)
        attach_waivers(model, found, analysis.facts);
    analysis.findings = std::move(found);
    return analysis;
}

} // namespace privmap
