#include "rules/reached.h"

#include "rules/categories.h"
#include "rules/wording.h"

namespace privmap::rules {

Message summary_of(const std::vector<std::string>& ids, std::size_t limit) {
    std::size_t shown = std::min(ids.size(), limit);
    return {"list.summary",
            {{"list", ticked_list(std::span(ids).first(shown))},
             {"more", static_cast<long long>(ids.size() - shown)}}};
}

Message reaching_summary(const Context& context, VertexId v, std::size_t limit) {
    CategorySet reaching;
    for (const Arrival& arrival : context.graph.categories_reaching(v))
        reaching.push_back(arrival.category);
    return summary_of(top_ids(context.model, reaching), limit);
}

LineagePath first_path(const Context& context, VertexId v) {
    auto reaching = context.graph.categories_reaching(v);
    if (reaching.empty())
        return {};
    return context.graph.path_to(v, reaching.front().category);
}

namespace {

Message declaration(const Context& context, const LineageEdge& edge) {
    const LineageVertex& from = context.graph.vertex(edge.from);
    const LineageVertex& to = context.graph.vertex(edge.to);
    Message::Args ends{{"from", from.id}, {"to", to.id}};
    switch (edge.origin) {
    case EdgeOrigin::flow:
        if (edge.activity)
            ends.emplace_back("activity", context.model.activities[*edge.activity].id);
        return {edge.activity ? "path.flow-under" : "path.flow", ends};
    case EdgeOrigin::source:
        return {"path.source", ends};
    case EdgeOrigin::system:
        return {"path.system", ends};
    case EdgeOrigin::recipient:
        return {"path.recipient", ends};
    case EdgeOrigin::operator_:
        return {"path.operator", ends};
    case EdgeOrigin::country:
        return {"path.country", ends};
    }
    return {};
}

} // namespace

void add_path_notes(const Context& context, Diagnostic& finding, const LineagePath& path) {
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
        if (path.omitted > 0 && i == LineagePath::end_hops)
            finding.notes.push_back(
                {"… and " + std::to_string(path.omitted) + " more steps along the way", {}});
        const LineageEdge& edge = context.graph.edge(path.edges[i]);
        if (edge.origin != EdgeOrigin::country)
            finding.notes.push_back({declaration(context, edge), edge.where});
    }
}

} // namespace privmap::rules
