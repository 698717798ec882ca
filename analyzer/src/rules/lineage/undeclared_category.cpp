#include "rules/categories.h"
#include "rules/lineage/lineage.h"
#include "rules/reached.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::lineage {
namespace {

/// The categories `edge` carries that are not marked `declared`, sorted as
/// LineageGraph::carried lists them. A declared category's descendants are declared too, so
/// its subtree is passed over whole; nearly every edge carries only declared data.
CategorySet undeclared_on(const LineageGraph& graph, const LineageEdge& edge,
                          const std::vector<bool>& declared) {
    CategorySet undeclared;
    for (std::size_t named : edge.categories)
        if (!declared[named])
            for (std::size_t c : graph.subtree(named))
                if (!declared[c])
                    undeclared.push_back(c);
    std::sort(undeclared.begin(), undeclared.end());
    undeclared.erase(std::unique(undeclared.begin(), undeclared.end()), undeclared.end());
    return undeclared;
}

void check_undeclared_category(const Context& context, Findings& findings) {
    const Model& model = context.model;
    std::vector<bool> declared(model.categories.size());
    for (std::size_t a = 0; a < model.activities.size(); ++a) {
        const Activity& activity = model.activities[a];
        mark_declared(context.graph, a, declared, true);
        for (EdgeId e : context.graph.in_edges(context.graph.activity_vertex(a))) {
            const LineageEdge& edge = context.graph.edge(e);
            if (edge.origin != EdgeOrigin::flow || !edge.personal())
                continue;
            CategorySet undeclared = undeclared_on(context.graph, edge, declared);
            if (undeclared.empty())
                continue;
            const Flow& flow = model.flows[*edge.flow];
            Diagnostic& d = findings.add(
                undeclared_category.info, activity.id, flow.keys.at_or("categories", flow.where),
                {"lineage.undeclared-category",
                 {{"from", flow.from.id},
                  {"categories", std::vector{summary_of(top_ids(model, undeclared))}},
                  {"count", static_cast<long long>(undeclared.size())},
                  {"activity", activity.id}}},
                {"lineage.undeclared-category.help", {{"activity", activity.id}}});
            d.notes.push_back(
                {{"lineage.undeclared-category.declared", {{"activity", activity.id}}},
                 activity.at("categories")});
        }
        mark_declared(context.graph, a, declared, false);
    }
}

} // namespace

const Rule undeclared_category{
    {
        .id = "lineage.undeclared-category",
        .severity = Severity::error,
        .summary = "A flow brings into an activity a category the activity does not declare",
        .what =
            "Every `[[flow]]` into an activity: each category it carries (with its narrower "
            "categories) must be among the activity's `categories` (with theirs). Anonymised flows "
            "carry no personal data and are left alone.",
        .why = "The register must describe the categories of personal data each activity processes "
               "(Art. 30(1)(c)); data the activity receives but does not declare is processed "
               "without the "
               "purpose, basis and retention the register gives it, and goes missing from privacy "
               "notices "
               "(Art. 13, 14).",
        .legal = "GDPR Art. 5(1)(b), 30(1)(c)",
        .example = "[[flow]]\nfrom = \"hr-db\"\nto = \"payroll\"\ncategories = [\"sick-leave\"]\n"
                   "activity = \"payroll\"\n# payroll declares categories = [\"salary\"]\n",
        .fix = "Declare the category on the activity (and check its basis, Art. 9 condition and "
               "retention), or narrow the flow to what the activity really receives.",
    },
    check_undeclared_category};

} // namespace privmap::rules::lineage
