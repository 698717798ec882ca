// The lineage graph's accessors: lookups into the tables build_lineage computed.
#include "lineage/graph_impl.h"

#include <algorithm>
#include <unordered_set>

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

LineageGraph LineageGraph::build(const Model& model) {
    LineageGraph graph;
    build_lineage(model, *graph.impl_);
    return graph;
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
    auto found = impl_->entity_vertex.find(std::string(id));
    if (found != impl_->entity_vertex.end())
        return found->second;
    return country_vertex(id);
}

std::span<const Arrival> LineageGraph::categories_reaching(VertexId v) const {
    if (v >= impl_->arrivals.size())
        return {};
    return impl_->arrivals[v];
}

std::optional<Arrival> LineageGraph::arrival(VertexId v, std::size_t category) const {
    auto arrivals = categories_reaching(v);
    auto found = std::lower_bound(arrivals.begin(), arrivals.end(), category,
                                  [](const Arrival& a, std::size_t c) { return a.category < c; });
    if (found == arrivals.end() || found->category != category)
        return std::nullopt;
    return *found;
}

// Walks the witness edges back to where the category entered the graph, or to the vertex
// where a cycle with no way in was entered (the seen set only guards against surprises).
LineagePath LineageGraph::path_to(VertexId v, std::size_t category) const {
    LineagePath path;
    std::unordered_set<VertexId> seen{v};
    for (auto step = arrival(v, category); step; step = arrival(edge(step->via).from, category)) {
        path.push_back(step->via);
        VertexId from = edge(step->via).from;
        if (!seen.insert(from).second || impl_->cycle_entries.count({from, category}))
            break;
    }
    std::reverse(path.begin(), path.end());
    return path;
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
    return impl_->destinations[v];
}

LineagePath LineageGraph::path_from(VertexId v, VertexId country) const {
    LineagePath path;
    while (v != country && path.size() < impl_->vertices.size()) {
        auto destinations = countries_reached(v);
        auto found =
            std::lower_bound(destinations.begin(), destinations.end(), country,
                             [](const Destination& d, VertexId c) { return d.country < c; });
        if (found == destinations.end() || found->country != country)
            return {};
        path.push_back(found->first);
        v = edge(found->first).to;
    }
    return path;
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
    vertices.push_back(edge(path.front()).from);
    for (EdgeId e : path)
        vertices.push_back(edge(e).to);
    return vertices;
}

std::string LineageGraph::describe_path(const LineagePath& path) const {
    std::vector<VertexId> vertices = path_vertices(path);
    std::string country;
    if (!vertices.empty() && vertex(vertices.back()).kind == VertexKind::country) {
        country = vertex(vertices.back()).id;
        vertices.pop_back();
    } else if (!vertices.empty()) {
        country = vertex(vertices.back()).country;
    }
    std::string text;
    for (VertexId v : vertices) {
        if (!text.empty())
            text += " → ";
        text += vertex(v).id;
    }
    if (!country.empty())
        text += " (" + country + ")";
    return text;
}

} // namespace privmap
