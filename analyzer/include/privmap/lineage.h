// The lineage graph: where personal data comes from and where it goes.
//
// Vertices are the model's subjects, activities, systems and parties, plus one vertex per
// country they are in. Edges come from `[[flow]]`s and from what activities and systems
// declare (source, systems, recipients, operated_by, country). Every query the rules ask is
// answered from tables computed once in build(); no query walks the graph again. The one
// table no rule reads (countries_reached) is computed once too, on its first query.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <privmap/model.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

enum class VertexKind { subject, activity, system, party, country };

/// Why an edge exists: which declaration put it there.
enum class EdgeOrigin {
    flow,      // a [[flow]]
    source,    // an activity's `source`: subject or party -> activity
    system,    // an activity's `systems`: activity -> system
    recipient, // an activity's `recipients`: activity -> party
    operator_, // a system's `operated_by`: system -> party (it receives all the system holds)
    country,   // a party or system -> the country it is in
};
std::string_view to_string(EdgeOrigin);

using VertexId = std::size_t;
using EdgeId = std::size_t;

struct LineageVertex {
    VertexKind kind = VertexKind::subject;
    std::size_t index = 0; // into the Model vector of that kind; for a country, 0
    std::string id;        // the entity id, or the country code ("US", "unknown")
    std::string country;   // for systems and parties: their country ("" when none)
};

/// Vertices and indices in 32 bits (a large register's graph holds half a million edges,
/// which every rule reads): an edge takes 64 bytes, not 88.
struct LineageEdge {
    std::uint32_t from = 0; // a VertexId
    std::uint32_t to = 0;
    /// Indices into Model::categories as declared, sorted, unique; the edge carries each with
    /// all its descendants (LineageGraph::carries, carried). Operator and country edges carry
    /// everything that reaches their tail, as the fewest categories that stand for it. A view
    /// of the graph's own storage, which the edges of one activity share.
    std::span<const std::size_t> categories;
    std::optional<std::uint32_t> activity; // the activity under which the data moves
    std::optional<std::uint32_t> flow;     // index into Model::flows when origin == flow
    Location where;                        // the key or value that declared the edge
    EdgeOrigin origin = EdgeOrigin::flow;
    Transform transform = Transform::none; // anonymised: no longer personal data at `to`

    bool personal() const { return transform != Transform::anonymised && !categories.empty(); }
};

/// The edges data takes, in order; the first edge leaves the place the data entered. A long
/// path keeps only its first and last `end_hops` edges and counts the ones between, so that
/// a finding about the end of a chain of thousands of processors stays short.
struct LineagePath {
    static constexpr std::size_t end_hops = 3;
    std::vector<EdgeId> edges; // all of them, or the first and last end_hops
    std::size_t omitted = 0;   // edges left out after the first end_hops

    bool empty() const { return edges.empty(); }
    std::size_t size() const { return edges.size() + omitted; } // the whole path's length
};

/// A category that reaches a vertex, and the last edge of one witness path. Numbers of 32
/// bits: a large register's graph holds millions of arrivals.
struct Arrival {
    std::uint32_t category = 0;
    std::uint32_t via = 0; // an EdgeId
};

/// A country that data leaving a vertex reaches, and the first edge of one witness path.
struct Destination {
    VertexId country = 0;
    EdgeId first = 0;
};

/// An activity whose data flows into another one, and the flow edge it arrives by.
struct Feeder {
    std::size_t activity = 0;
    EdgeId via = 0;
};

class LineageGraph {
public:
    LineageGraph();
    ~LineageGraph();
    LineageGraph(LineageGraph&&) noexcept;
    LineageGraph& operator=(LineageGraph&&) noexcept;

    /// Builds the graph of a resolved model and computes every query table, unless its
    /// category searches take more than `reach` steps (Limits::reach): then the query tables
    /// stay empty and beyond_reach() says so.
    static LineageGraph build(const Model&, std::size_t reach = Limits{}.reach);
    /// The reach limit build() stopped at, or nullopt; no query may be asked of such a graph.
    std::optional<std::size_t> beyond_reach() const;

    // ---- the graph ----
    std::size_t vertex_count() const;
    const LineageVertex& vertex(VertexId) const;
    std::span<const LineageEdge> edges() const;
    const LineageEdge& edge(EdgeId) const;
    std::span<const EdgeId> out_edges(VertexId) const;
    std::span<const EdgeId> in_edges(VertexId) const;

    VertexId subject_vertex(std::size_t subject) const;
    VertexId activity_vertex(std::size_t activity) const;
    VertexId system_vertex(std::size_t system) const;
    VertexId party_vertex(std::size_t party) const;
    std::optional<VertexId> country_vertex(std::string_view code) const;
    /// The vertex of an entity id or a country code.
    std::optional<VertexId> find(std::string_view id) const;

    // ---- categories, numbered in tree order so that a subtree is an interval ----

    /// Whether `category` is `ancestor` or one of its descendants.
    bool within(std::size_t category, std::size_t ancestor) const;
    /// `category` and all its descendants, in tree order.
    std::span<const std::size_t> subtree(std::size_t category) const;
    /// Whether `edge` carries `category`: it declares the category or an ancestor of it.
    bool carries(const LineageEdge& edge, std::size_t category) const;
    /// Everything `edge` carries: its categories with all their descendants; sorted, unique.
    std::vector<std::size_t> carried(const LineageEdge& edge) const;
    /// The top-level categories (those with no broader one) of what `edge` declares: the
    /// groups a diagram names on it; sorted, unique.
    std::vector<std::size_t> category_groups(const LineageEdge& edge) const;

    // ---- queries (computed once in build) ----

    /// The personal-data categories that reach `v` over incoming edges (anonymised flows do
    /// not count), sorted by category, each with one witness path (see path_to).
    std::span<const Arrival> categories_reaching(VertexId v) const;
    /// Whether `category` reaches `v`, and by which last edge.
    std::optional<Arrival> arrival(VertexId v, std::size_t category) const;
    /// The witness path by which `category` reaches `v` (shortest from where it entered the
    /// graph); empty when it does not reach `v`. Each vertex of a long chain is walked once
    /// over all calls, so asking for every vertex of a chain is linear, not quadratic.
    LineagePath path_to(VertexId v, std::size_t category) const;

    /// What `activity` processes: its declared categories (expanded; `declared` true) and
    /// every category reaching it through the graph. In 8 bytes, as a large register's
    /// activities process millions of categories.
    class Processed {
    public:
        Processed(std::uint32_t category, bool declared, std::optional<std::uint32_t> via)
            : category(category), declared(declared), via_(via.value_or(none_)) {}

        std::uint32_t category : 31;
        bool declared : 1;
        /// The EdgeId by which it arrives, when it also arrives by an edge.
        std::optional<std::uint32_t> via() const {
            return via_ == none_ ? std::nullopt : std::optional(via_);
        }

    private:
        static constexpr std::uint32_t none_ = UINT32_MAX;
        std::uint32_t via_;
    };
    std::span<const Processed> categories_processed(std::size_t activity) const;

    /// What a system holds: the categories reaching it (its activities' and its flows').
    std::span<const Arrival> system_categories(std::size_t system) const;
    /// The activities that list `system` in their `systems`, sorted.
    std::span<const std::size_t> activities_using(std::size_t system) const;

    /// The countries that personal data leaving `v` reaches (following edges downstream,
    /// through cycles), sorted by country code; path_from gives the way there. The table of
    /// every vertex's countries is computed on the first call.
    std::span<const Destination> countries_reached(VertexId v) const;
    /// The witness path from `v` to the country vertex `country`; empty when not reached.
    LineagePath path_from(VertexId v, VertexId country) const;

    /// The other activities whose data flows into `activity`: the activity of each incoming
    /// flow, or upstream of it through systems and parties. Sorted by activity, one each.
    std::span<const Feeder> feeding_activities(std::size_t activity) const;
    /// The other activities whose data `activity` reads from a system it lists in `systems`,
    /// where it collects nothing itself (no subject or party sends it data): the activities
    /// upstream of that system that declare a category it declares. `via` is its own
    /// `systems` edge. Sorted by activity, one each.
    std::span<const Feeder> reading_from_systems(std::size_t activity) const;
    /// The `[[flow]]` edges that move data under `activity` (their `activity` key), in flow
    /// order.
    std::span<const EdgeId> flows_under(std::size_t activity) const;

    /// The vertices a path passes through, its first tail included; of a long path, those of
    /// the hops it keeps (the ones left out lie between the end_hops-th and the next).
    std::vector<VertexId> path_vertices(const LineagePath&) const;
    /// "crm → warehouse → mailer (US)": vertex ids, the last one with its country; a long path
    /// as "a → b → c → d → … 1994 more … → w → x → y → z (US)".
    std::string describe_path(const LineagePath&) const;

    struct Impl; // the representation, defined inside the analyzer

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace privmap
