// The lineage graph's representation and its precomputed query tables (shared by the
// builder and the accessors; not part of the public header).
#pragma once

#include "lineage/category_tree.h"

#include <map>
#include <optional>
#include <privmap/lineage.h>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace privmap {

struct LineageGraph::Impl {
    std::vector<LineageVertex> vertices;
    std::vector<LineageEdge> edges;
    /// What the edges' `categories` view: blocks that never grow past their first capacity,
    /// so no view moves; one array for all the edges of an activity.
    std::vector<std::vector<std::size_t>> edge_categories;
    std::vector<std::vector<EdgeId>> out;
    std::vector<std::vector<EdgeId>> in;
    CategoryTree tree;

    // Vertices are laid out in blocks: subjects, activities, systems, parties, countries.
    std::size_t activity_base = 0;
    std::size_t system_base = 0;
    std::size_t party_base = 0;
    std::size_t country_base = 0;
    std::unordered_map<std::string, VertexId> entity_vertex;
    std::map<std::string, VertexId, std::less<>> country_vertex;

    // Query tables, one entry per vertex / activity / system.
    /// The arrivals at vertex v are arrivals[arrival_start[v]] up to arrival_start[v + 1],
    /// sorted by category: one array for millions of arrivals, no vector per vertex.
    std::vector<Arrival> arrivals;
    std::vector<std::size_t> arrival_start;
    std::span<const Arrival> arrivals_at(VertexId v) const {
        if (v + 1 >= arrival_start.size())
            return {};
        return std::span(arrivals).subspan(arrival_start[v],
                                           arrival_start[v + 1] - arrival_start[v]);
    }
    /// (vertex, category) where a search had to start inside a cycle with no way in: its
    /// arrival closes the cycle, so witness paths of other vertices stop there.
    std::set<std::pair<VertexId, std::size_t>> cycle_entries;
    /// Per vertex, computed on the first countries_reached (destinations_of): `check` never
    /// asks, and one search per country costs as much as the rest of the graph.
    mutable std::optional<std::vector<std::vector<Destination>>> destinations;
    std::vector<std::vector<Processed>> processed;
    std::vector<std::vector<Feeder>> feeders;
    std::vector<std::vector<Feeder>> readers; // feeders through the systems an activity uses
    std::vector<std::vector<EdgeId>> flows_under;
    std::vector<std::vector<std::size_t>> users;

    /// What the witness walks of path_to and path_from learned, per (vertex, category) and
    /// (vertex, country): so each vertex of a long chain is walked once, not once per query.
    struct WalkEnd {
        std::size_t hops = 0; // edges from the vertex to the walk's end
        VertexId tail = 0;    // the vertex LineagePath::end_hops edges before the end, or nearer
    };
    mutable std::map<std::pair<VertexId, std::size_t>, WalkEnd> walks_to_entry;
    mutable std::map<std::pair<VertexId, VertexId>, WalkEnd> walks_to_country;
};

/// Adds the vertices and edges of `model` and fills every query table but the destinations.
void build_lineage(const Model& model, LineageGraph::Impl& graph);
/// The countries personal data leaving each vertex reaches, sorted by country vertex.
std::vector<std::vector<Destination>> destinations_of(const LineageGraph::Impl& graph);

} // namespace privmap
