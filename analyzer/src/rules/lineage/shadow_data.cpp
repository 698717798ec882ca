#include "rules/categories.h"
#include "rules/lineage/lineage.h"
#include "rules/reached.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::lineage {
namespace {

/// The categories the activities using `system` declare, marked by category: a system that
/// hundreds of activities use would otherwise gather and sort thousands of them.
void mark_declared_by_users(const LineageGraph& graph, std::size_t system,
                            std::vector<bool>& used) {
    std::fill(used.begin(), used.end(), false);
    for (std::size_t a : graph.activities_using(system))
        mark_declared(graph, a, used);
}

void check_shadow_data(const Context& context, Findings& findings) {
    const Model& model = context.model;
    std::vector<bool> used(model.categories.size());
    for (std::size_t s = 0; s < model.systems.size(); ++s) {
        const System& system = model.systems[s];
        mark_declared_by_users(context.graph, s, used);
        CategorySet shadow;
        std::optional<Arrival> witness;
        for (const Arrival& arrival : context.graph.system_categories(s)) {
            if (context.graph.edge(arrival.via).origin != EdgeOrigin::flow ||
                used[arrival.category])
                continue;
            shadow.push_back(arrival.category);
            if (!witness)
                witness = arrival;
        }
        if (shadow.empty())
            continue;
        const LineageEdge& edge = context.graph.edge(witness->via);
        const Flow& flow = model.flows[*edge.flow];
        LineagePath path = context.graph.path_to(context.graph.system_vertex(s), witness->category);
        Diagnostic& d =
            findings.add(shadow_data.info, system.id, flow.keys.at_or("categories", flow.where),
                         {"lineage.shadow-data",
                          {{"system", system.id},
                           {"categories", std::vector{summary_of(top_ids(model, shadow))}},
                           {"path", context.graph.describe_path(path)}}},
                         {"lineage.shadow-data.help", {{"system", system.id}}});
        add_path_notes(context, d, path);
    }
}

} // namespace

const Rule shadow_data{
    {
        .id = "lineage.shadow-data",
        .severity = Severity::warning,
        .summary = "A system holds a category that no activity using it declares",
        .what = "For each system, the categories that reach it through `[[flow]]`s, against the "
                "categories "
                "declared by the activities that list the system in `systems`. A category flowing "
                "in that "
                "none of them declares is data kept without a purpose in the register. The "
                "activity of the "
                "flow that put it there does not count unless it lists the system.",
        .why = "Every copy of personal data needs a purpose (Art. 5(1)(b)) and a place in the "
               "register "
               "(Art. 30(1)). Data that flows into a system no declared activity uses there is the "
               "shadow "
               "copy breaches and forgotten erasures come from.",
        .legal = "GDPR Art. 5(1)(b), 5(1)(c), 30(1)",
        .example = "[[flow]]\nfrom = \"crm\"\nto = \"warehouse\"\ncategories = "
                   "[\"contact\"]\nactivity = \"sales\"\n"
                   "# no activity lists warehouse in systems\n",
        .fix = "Add the system to the `systems` of the activity that uses the data there "
               "(declaring the "
               "categories), or remove the flow and the copy.",
    },
    check_shadow_data};

} // namespace privmap::rules::lineage
