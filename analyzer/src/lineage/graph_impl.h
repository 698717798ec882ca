// The lineage graph's representation and its precomputed query tables (shared by the
// builder and the accessors; not part of the public header).
#pragma once

#include "lineage/category_tree.h"

#include <iterator>
#include <map>
#include <optional>
#include <privmap/lineage.h>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace privmap {

/// Rows of values in one array, each row a slice of it: a vector per row would cost a heap
/// block and its slack for each of tens of thousands of mostly short rows.
template <class T> class RowTable {
public:
    std::span<const T> operator[](std::size_t row) const {
        return std::span(values_).subspan(start_[row], start_[row + 1] - start_[row]);
    }
    std::size_t rows() const { return start_.size() - 1; }

    /// Appends a row holding `values`.
    template <class Range> void add_row(const Range& values) {
        values_.insert(values_.end(), std::begin(values), std::end(values));
        start_.push_back(values_.size());
    }
    /// Makes `rows` rows of the `count` values value_of(i), each in row row_of(i) (none when
    /// nullopt), kept in the order of i within a row.
    template <class RowOf, class ValueOf>
    void group(std::size_t rows, std::size_t count, RowOf row_of, ValueOf value_of) {
        start_.assign(rows + 1, 0);
        for (std::size_t i = 0; i < count; ++i)
            if (std::optional<std::size_t> row = row_of(i))
                ++start_[*row + 1];
        for (std::size_t row = 0; row < rows; ++row)
            start_[row + 1] += start_[row];
        values_.resize(start_[rows]);
        std::vector<std::size_t> next(start_.begin(), start_.end() - 1);
        for (std::size_t i = 0; i < count; ++i)
            if (std::optional<std::size_t> row = row_of(i))
                values_[next[*row]++] = value_of(i);
    }
    /// Makes room for `rows` more rows of `values` values in all, at most: the rows are then
    /// added without copying the table as it grows. Room not filled is never touched, so it
    /// costs address space, not memory.
    void reserve(std::size_t rows, std::size_t values) {
        start_.reserve(start_.size() + rows);
        values_.reserve(values_.size() + values);
    }

private:
    std::vector<std::size_t> start_{0}; // row r is values_[start_[r]] up to start_[r + 1]
    std::vector<T> values_;
};

struct LineageGraph::Impl {
    std::vector<LineageVertex> vertices;
    std::vector<LineageEdge> edges;
    /// What the edges' `categories` view: blocks that never grow past their first capacity,
    /// so no view moves; one array for all the edges of an activity.
    std::vector<std::vector<std::size_t>> edge_categories;
    RowTable<EdgeId> out; // per vertex, in edge order
    RowTable<EdgeId> in;
    CategoryTree tree;

    // Vertices are laid out in blocks: subjects, activities, systems, parties, countries.
    std::size_t activity_base = 0;
    std::size_t system_base = 0;
    std::size_t party_base = 0;
    std::size_t country_base = 0;
    /// The vertex of each entity id (the first, when kinds share one), viewing the vertices'
    /// ids; made on the first find(), which no rule asks.
    mutable std::optional<std::unordered_map<std::string_view, VertexId>> entity_vertex;
    std::map<std::string, VertexId, std::less<>> country_vertex;

    // Query tables, one entry per vertex / activity / system.
    /// The arrivals at vertex v are arrivals[arrival_start[v]] up to arrival_start[v + 1],
    /// sorted by category: one array for millions of arrivals, no vector per vertex.
    std::vector<Arrival> arrivals;
    std::vector<std::size_t> arrival_start;
    /// The reach limit the category searches took more steps than: no query table is filled.
    std::optional<std::size_t> beyond_reach;
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
    RowTable<Processed> processed;
    RowTable<Feeder> feeders;
    RowTable<Feeder> readers; // feeders through the systems an activity uses
    RowTable<EdgeId> flows_under;
    RowTable<std::size_t> users;

    /// What the witness walks of path_to and path_from learned, per (vertex, category) and
    /// (vertex, country): so each vertex of a long chain is walked once, not once per query.
    struct WalkEnd {
        std::size_t hops = 0; // edges from the vertex to the walk's end
        VertexId tail = 0;    // the vertex LineagePath::end_hops edges before the end, or nearer
    };
    mutable std::map<std::pair<VertexId, std::size_t>, WalkEnd> walks_to_entry;
    mutable std::map<std::pair<VertexId, VertexId>, WalkEnd> walks_to_country;
};

/// Adds the vertices and edges of `model` and fills every query table but the destinations,
/// unless the category searches take more than `reach` steps (then beyond_reach is set).
void build_lineage(const Model& model, std::size_t reach, LineageGraph::Impl& graph);
/// The countries personal data leaving each vertex reaches, sorted by country vertex.
std::vector<std::vector<Destination>> destinations_of(const LineageGraph::Impl& graph);

} // namespace privmap
