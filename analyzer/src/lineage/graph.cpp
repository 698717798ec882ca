// The lineage graph's accessors: lookups into the tables build_lineage computed.
#include "lineage/graph_impl.h"

#include <algorithm>
#include <functional>

namespace privmap {

std::string_view to_string(EdgeOrigin origin) {
    switch (origin) {
    case EdgeOrigin::flow:
        return "flow";
    case EdgeOrigin::source:
        return "source";
    case EdgeOrigin::system:
        return "system";
    case EdgeOrigin::recipient:
        return "recipient";
    case EdgeOrigin::operator_:
        return "operator";
    case EdgeOrigin::country:
        return "country";
    }
    return "flow";
}

LineageGraph::LineageGraph() : impl_(std::make_unique<Impl>()) {}
LineageGraph::~LineageGraph() = default;
LineageGraph::LineageGraph(LineageGraph&&) noexcept = default;
LineageGraph& LineageGraph::operator=(LineageGraph&&) noexcept = default;

LineageGraph LineageGraph::build(const Model& model, std::size_t reach) {
    LineageGraph graph;
    build_lineage(model, reach, *graph.impl_);
    return graph;
}

std::optional<std::size_t> LineageGraph::beyond_reach() const {
    return impl_->beyond_reach;
}

std::size_t LineageGraph::vertex_count() const {
    return impl_->vertices.size();
}
const LineageVertex& LineageGraph::vertex(VertexId v) const {
    return impl_->vertices[v];
}
std::span<const LineageEdge> LineageGraph::edges() const {
    return impl_->edges;
}
const LineageEdge& LineageGraph::edge(EdgeId e) const {
    return impl_->edges[e];
}
std::span<const EdgeId> LineageGraph::out_edges(VertexId v) const {
    return impl_->out[v];
}
std::span<const EdgeId> LineageGraph::in_edges(VertexId v) const {
    return impl_->in[v];
}

VertexId LineageGraph::subject_vertex(std::size_t subject) const {
    return subject;
}
VertexId LineageGraph::activity_vertex(std::size_t activity) const {
    return impl_->activity_base + activity;
}
VertexId LineageGraph::system_vertex(std::size_t system) const {
    return impl_->system_base + system;
}
VertexId LineageGraph::party_vertex(std::size_t party) const {
    return impl_->party_base + party;
}

std::optional<VertexId> LineageGraph::country_vertex(std::string_view code) const {
    auto found = impl_->country_vertex.find(code);
    if (found == impl_->country_vertex.end())
        return std::nullopt;
    return found->second;
}

std::optional<VertexId> LineageGraph::find(std::string_view id) const {
    auto& entity_vertex = impl_->entity_vertex;
    if (!entity_vertex) {
        entity_vertex.emplace();
        for (VertexId v = 0; v < impl_->country_base; ++v)
            entity_vertex->emplace(impl_->vertices[v].id, v);
    }
    if (auto found = entity_vertex->find(id); found != entity_vertex->end())
        return found->second;
    return country_vertex(id);
}

bool LineageGraph::within(std::size_t category, std::size_t ancestor) const {
    return impl_->tree.within(category, ancestor);
}

std::span<const std::size_t> LineageGraph::subtree(std::size_t category) const {
    return impl_->tree.subtree(category);
}

bool LineageGraph::carries(const LineageEdge& edge, std::size_t category) const {
    return std::any_of(edge.categories.begin(), edge.categories.end(),
                       [&](std::size_t declared) { return within(category, declared); });
}

std::vector<std::size_t> LineageGraph::carried(const LineageEdge& edge) const {
    return impl_->tree.expanded(edge.categories);
}

std::vector<std::size_t> LineageGraph::category_groups(const LineageEdge& edge) const {
    std::vector<std::size_t> groups;
    for (std::size_t category : edge.categories)
        groups.push_back(impl_->tree.root(category));
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    return groups;
}

std::span<const Arrival> LineageGraph::categories_reaching(VertexId v) const {
    return impl_->arrivals_at(v);
}

std::optional<Arrival> LineageGraph::arrival(VertexId v, std::size_t category) const {
    auto arrivals = categories_reaching(v);
    auto found = std::lower_bound(arrivals.begin(), arrivals.end(), category,
                                  [](const Arrival& a, std::size_t c) { return a.category < c; });
    if (found == arrivals.end() || found->category != category)
        return std::nullopt;
    return *found;
}

namespace {

using WalkEnd = LineageGraph::Impl::WalkEnd;

/// One step of a witness walk: the edge taken and the vertex it leads to.
struct Step {
    EdgeId edge = 0;
    VertexId next = 0;
};
using StepFunction = std::function<std::optional<Step>(VertexId)>;

/// How far the walk from `start` goes, remembered in `memo` for every vertex it passes, so
/// that a later walk stops where an earlier one passed. At most `limit` steps: a guard, the
/// witness edges form no cycle.
template <class Key>
WalkEnd walk_end(VertexId start, Key target, const StepFunction& step,
                 std::map<std::pair<VertexId, Key>, WalkEnd>& memo, std::size_t limit) {
    std::vector<VertexId> walked;
    WalkEnd end;
    for (VertexId x = start;;) {
        if (auto known = memo.find({x, target}); known != memo.end()) {
            end = known->second;
            break;
        }
        auto next = walked.size() < limit ? step(x) : std::nullopt;
        if (!next) {
            end = memo[{x, target}] = {0, x};
            break;
        }
        walked.push_back(x);
        x = next->next;
    }
    for (auto x = walked.rbegin(); x != walked.rend(); ++x)
        end = memo[{*x, target}] = {end.hops + 1,
                                    end.hops + 1 <= LineagePath::end_hops ? *x : end.tail};
    return end;
}

std::vector<EdgeId> take_steps(VertexId from, std::size_t count, const StepFunction& step) {
    std::vector<EdgeId> edges;
    for (VertexId x = from; edges.size() < count;) {
        auto next = step(x);
        if (!next)
            break;
        edges.push_back(next->edge);
        x = next->next;
    }
    return edges;
}

/// The edges of a walk of `end.hops` steps from `start`, in walk order; a long one keeps only
/// its first and last LineagePath::end_hops, so that a path costs the same at any length.
LineagePath walk_path(VertexId start, WalkEnd end, const StepFunction& step) {
    constexpr std::size_t ends = LineagePath::end_hops;
    LineagePath path;
    if (end.hops <= 2 * ends + 1) {
        path.edges = take_steps(start, end.hops, step);
        return path;
    }
    path.edges = take_steps(start, ends, step);
    std::vector<EdgeId> last = take_steps(end.tail, ends, step);
    path.edges.insert(path.edges.end(), last.begin(), last.end());
    path.omitted = end.hops - 2 * ends;
    return path;
}

LineagePath reversed(LineagePath path) {
    std::reverse(path.edges.begin(), path.edges.end());
    return path;
}

} // namespace

// Walks the witness edges back to where the category entered the graph, or to the vertex
// where a cycle with no way in was entered (its arrival closes the cycle; only the walk's
// own start may be such a vertex and still go on).
LineagePath LineageGraph::path_to(VertexId v, std::size_t category) const {
    auto back = [&](VertexId x) -> std::optional<Step> {
        auto step = arrival(x, category);
        if (!step)
            return std::nullopt;
        return Step{step->via, edge(step->via).from};
    };
    StepFunction onwards = [&](VertexId x) -> std::optional<Step> {
        if (impl_->cycle_entries.count({x, category}))
            return std::nullopt;
        return back(x);
    };
    auto first = back(v);
    if (!first)
        return {};
    WalkEnd end{0, v};
    if (first->next != v) {
        end =
            walk_end(first->next, category, onwards, impl_->walks_to_entry, impl_->vertices.size());
        end = {end.hops + 1, end.hops + 1 <= LineagePath::end_hops ? v : end.tail};
    } else {
        end.hops = 1;
    }
    StepFunction from_v = [&](VertexId x) { return x == v ? back(x) : onwards(x); };
    return reversed(walk_path(v, end, from_v));
}

std::span<const LineageGraph::Processed>
LineageGraph::categories_processed(std::size_t activity) const {
    return impl_->processed[activity];
}

std::span<const Arrival> LineageGraph::system_categories(std::size_t system) const {
    return categories_reaching(system_vertex(system));
}

std::span<const std::size_t> LineageGraph::activities_using(std::size_t system) const {
    return impl_->users[system];
}

std::span<const Destination> LineageGraph::countries_reached(VertexId v) const {
    if (!impl_->destinations)
        impl_->destinations = destinations_of(*impl_);
    return (*impl_->destinations)[v];
}

LineagePath LineageGraph::path_from(VertexId v, VertexId country) const {
    StepFunction forwards = [&](VertexId x) -> std::optional<Step> {
        if (x == country)
            return std::nullopt;
        auto destinations = countries_reached(x);
        auto found =
            std::lower_bound(destinations.begin(), destinations.end(), country,
                             [](const Destination& d, VertexId c) { return d.country < c; });
        if (found == destinations.end() || found->country != country)
            return std::nullopt;
        return Step{found->first, edge(found->first).to};
    };
    if (!forwards(v))
        return {};
    WalkEnd end = walk_end(v, country, forwards, impl_->walks_to_country, impl_->vertices.size());
    return walk_path(v, end, forwards);
}

std::span<const Feeder> LineageGraph::feeding_activities(std::size_t activity) const {
    return impl_->feeders[activity];
}

std::span<const Feeder> LineageGraph::reading_from_systems(std::size_t activity) const {
    return impl_->readers[activity];
}

std::span<const EdgeId> LineageGraph::flows_under(std::size_t activity) const {
    return impl_->flows_under[activity];
}

std::vector<VertexId> LineageGraph::path_vertices(const LineagePath& path) const {
    std::vector<VertexId> vertices;
    if (path.empty())
        return vertices;
    vertices.push_back(edge(path.edges.front()).from);
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
        if (path.omitted > 0 && i == LineagePath::end_hops)
            vertices.push_back(edge(path.edges[i]).from);
        vertices.push_back(edge(path.edges[i]).to);
    }
    return vertices;
}

std::string LineageGraph::describe_path(const LineagePath& path) const {
    if (path.empty())
        return {};
    std::vector<VertexId> vertices = path_vertices(path);
    // Where a long path leaves vertices out: after the first end_hops edges.
    std::size_t gap = path.omitted > 0 ? LineagePath::end_hops : path.edges.size() + 1;
    std::string country;
    if (vertex(vertices.back()).kind == VertexKind::country) {
        country = vertex(vertices.back()).id;
        vertices.pop_back();
    } else {
        country = vertex(vertices.back()).country;
    }
    std::string text;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        if (i > 0)
            text += " → ";
        if (i == gap + 1)
            text += "… " + std::to_string(path.omitted - 1) + " more … → ";
        text += vertex(vertices[i]).id;
    }
    if (!country.empty())
        text += " (" + country + ")";
    return text;
}

} // namespace privmap
