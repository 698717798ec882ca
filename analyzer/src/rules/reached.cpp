#include "rules/reached.h"

#include "rules/categories.h"
#include "rules/wording.h"

namespace privmap::rules {

std::string ticked_summary(const std::vector<std::string>& ids, std::size_t limit) {
    if (ids.size() <= limit)
        return ticked_list(ids);
    std::vector<std::string> shown(ids.begin(), ids.begin() + static_cast<long>(limit));
    return ticked_list(shown) + " and " + std::to_string(ids.size() - limit) + " more";
}

std::string reaching_summary(const Context& context, VertexId v, std::size_t limit) {
    CategorySet reaching;
    for (const Arrival& arrival : context.graph.categories_reaching(v))
        reaching.push_back(arrival.category);
    return ticked_summary(top_ids(context.model, reaching), limit);
}

LineagePath first_path(const Context& context, VertexId v) {
    auto reaching = context.graph.categories_reaching(v);
    if (reaching.empty())
        return {};
    return context.graph.path_to(v, reaching.front().category);
}

namespace {

std::string declaration(const Context& context, const LineageEdge& edge) {
    const LineageVertex& from = context.graph.vertex(edge.from);
    const LineageVertex& to = context.graph.vertex(edge.to);
    std::string under =
        edge.activity ? " under activity " + ticked(context.model.activities[*edge.activity].id)
                      : "";
    switch (edge.origin) {
    case EdgeOrigin::flow:
        return "a flow moves the data from " + ticked(from.id) + " to " + ticked(to.id) + under;
    case EdgeOrigin::source:
        return ticked(from.id) + " is a `source` of activity " + ticked(to.id);
    case EdgeOrigin::system:
        return "activity " + ticked(from.id) + " stores the data in system " + ticked(to.id);
    case EdgeOrigin::recipient:
        return ticked(to.id) + " is a recipient of activity " + ticked(from.id);
    case EdgeOrigin::operator_:
        return ticked(to.id) + " operates system " + ticked(from.id) +
               " and so receives what it holds";
    case EdgeOrigin::country:
        return ticked(from.id) + " is in " + to.id;
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
