// Builds the lineage graph from a resolved model, then computes the query tables once:
// arrivals by one breadth-first search per category that edges declare, over the edges that
// carry it (its descendants that no edge declares share its search), feeders over the
// strongly connected components of the graph (Boost.Graph, on compressed sparse rows). Each is
// linear in the edges, so the graph stays cheap for 50k-activity models. Destinations, which
// only the facts and the tests ask for, are computed on their first query (destinations_of).
#include "lineage/category_tree.h"
#include "lineage/graph_impl.h"

#include <algorithm>
#include <array>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>

namespace privmap {
namespace {

using Categories = std::vector<std::size_t>;

void sort_unique(std::vector<std::size_t>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

class Builder {
public:
    Builder(const Model& model, std::size_t reach, LineageGraph::Impl& g)
        : model_(model), reach_limit_(reach), g_(g) {}

    void run() {
        g_.tree = CategoryTree(model_);
        add_vertices();
        reserve_edges();
        add_activity_edges();
        add_flow_edges();
        add_operator_edges();
        add_country_edges();
        index_edges();
        // What the activities process is counted too: it lists each declared category with its
        // subcategories, and 10,000 activities declaring one with 10,000 took 7.9 s and 842 MiB.
        if (!compute_arrivals() || steps_ + processed_bound() > reach_limit_) {
            g_.beyond_reach = reach_limit_;
            return;
        }
        compute_processed();
        compute_users();
        compute_flows_under();
        compute_feeders();
    }

private:
    const Model& model_;
    const std::size_t reach_limit_;
    std::size_t steps_ = 0; // the category searches' edges and arrivals, counted for the limit
    LineageGraph::Impl& g_;
    std::vector<Categories> activity_categories_; // per activity: its `categories`, declared

    // ---- vertices ----

    VertexId add_vertex(VertexKind kind, std::size_t index, const std::string& id,
                        const std::string& country = {}) {
        VertexId v = g_.vertices.size();
        g_.vertices.push_back({kind, index, id, country});
        return v;
    }

    void add_vertices() {
        // At most one country per system and party.
        g_.vertices.reserve(model_.subjects.size() + model_.activities.size() +
                            2 * (model_.systems.size() + model_.parties.size()));
        for (std::size_t i = 0; i < model_.subjects.size(); ++i)
            add_vertex(VertexKind::subject, i, model_.subjects[i].id);
        g_.activity_base = g_.vertices.size();
        for (std::size_t i = 0; i < model_.activities.size(); ++i)
            add_vertex(VertexKind::activity, i, model_.activities[i].id);
        g_.system_base = g_.vertices.size();
        for (std::size_t i = 0; i < model_.systems.size(); ++i)
            add_vertex(VertexKind::system, i, model_.systems[i].id, model_.systems[i].country);
        g_.party_base = g_.vertices.size();
        for (std::size_t i = 0; i < model_.parties.size(); ++i)
            add_vertex(VertexKind::party, i, model_.parties[i].id, model_.parties[i].country);
        g_.country_base = g_.vertices.size();
        // Countries in code order, so that per-vertex destination lists come out sorted.
        std::vector<std::string> codes;
        for (const System& system : model_.systems)
            codes.push_back(system.country);
        for (const Party& party : model_.parties)
            codes.push_back(party.country);
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        for (const std::string& code : codes)
            if (!code.empty())
                g_.country_vertex.emplace(code, add_vertex(VertexKind::country, 0, code));
    }

    /// The vertex of an entity reference, when it names a subject, activity, system or party.
    std::optional<VertexId> vertex_of(const Ref& ref) const {
        auto handle = ref.target();
        if (!handle)
            return std::nullopt;
        switch (handle->kind) {
        case EntityKind::subject:
            return handle->index;
        case EntityKind::activity:
            return g_.activity_base + handle->index;
        case EntityKind::system:
            return g_.system_base + handle->index;
        case EntityKind::party:
            return g_.party_base + handle->index;
        default:
            return std::nullopt;
        }
    }

    static std::optional<std::size_t> index_of(const Ref& ref, EntityKind kind) {
        auto handle = ref.target(kind);
        if (!handle)
            return std::nullopt;
        return handle->index;
    }

    // ---- categories ----

    /// The categories `refs` name, as declared (not expanded): sorted, unique.
    static Categories declared(const std::vector<Ref>& refs) {
        Categories categories;
        for (const Ref& ref : refs)
            if (auto c = index_of(ref, EntityKind::category))
                categories.push_back(*c);
        sort_unique(categories);
        return categories;
    }

    /// Everything personal that reaches each vertex from `first` up to `last` over the edges
    /// added so far, as the fewest categories that stand for it; indexed by v - first.
    std::vector<Categories> holdings(VertexId first, VertexId last) const {
        RowTable<EdgeId> entering;
        entering.group(
            last - first, g_.edges.size(),
            [&](EdgeId e) -> std::optional<std::size_t> {
                const LineageEdge& edge = g_.edges[e];
                if (edge.to < first || edge.to >= last || !edge.personal())
                    return std::nullopt;
                return edge.to - first;
            },
            [](EdgeId e) { return e; });
        // Each category listed once per vertex, however many edges bring it, by the last
        // vertex that listed it: a mark per vertex and category instead took 20 s on 60,000
        // systems and categories, quadratic in the model.
        std::vector<std::size_t> listed_by(model_.categories.size(), 0);
        std::vector<Categories> held(last - first);
        Categories all;
        for (std::size_t row = 0; row < held.size(); ++row) {
            all.clear();
            for (EdgeId e : entering[row])
                for (std::size_t c : g_.edges[e].categories)
                    if (std::exchange(listed_by[c], row + 1) != row + 1)
                        all.push_back(c);
            held[row] = g_.tree.tops(all);
        }
        return held;
    }

    // ---- edges ----

    /// A lasting copy of `categories` for edges to view (see Impl::edge_categories).
    std::span<const std::size_t> stored(const Categories& categories) {
        constexpr std::size_t block_size = 16384;
        if (categories.empty())
            return {};
        auto& blocks = g_.edge_categories;
        if (blocks.empty() || blocks.back().capacity() - blocks.back().size() < categories.size())
            blocks.emplace_back().reserve(std::max(block_size, categories.size()));
        std::vector<std::size_t>& block = blocks.back();
        block.insert(block.end(), categories.begin(), categories.end());
        return std::span(block).last(categories.size());
    }

    /// Adds an edge, its vertices and indices narrowed to the edge's 32 bits.
    void add_edge(VertexId from, VertexId to, std::span<const std::size_t> categories,
                  std::optional<std::size_t> activity, std::optional<std::size_t> flow,
                  const Location& where, EdgeOrigin origin, Transform transform = Transform::none) {
        auto narrow = [](std::optional<std::size_t> index) -> std::optional<std::uint32_t> {
            if (!index)
                return std::nullopt;
            return static_cast<std::uint32_t>(*index);
        };
        g_.edges.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to),
                            categories, narrow(activity), narrow(flow), where, origin, transform});
    }

    /// Makes room for at most as many edges as the model declares, so that the edges (tens of
    /// megabytes in a large model) are written once instead of copied as the vector grows.
    void reserve_edges() {
        std::size_t count = model_.flows.size() + model_.systems.size() +  // flows, operators
                            model_.systems.size() + model_.parties.size(); // countries
        for (const Activity& activity : model_.activities)
            count += activity.source.size() * std::max<std::size_t>(activity.subjects.size(), 1) +
                     activity.systems.size() + activity.recipients.size();
        g_.edges.reserve(count);
    }

    /// Lists each vertex's edges out and in, in edge order, once every edge is added.
    void index_edges() {
        const std::size_t count = g_.edges.size();
        auto edge_id = [](std::size_t e) { return e; };
        g_.out.group(
            g_.vertices.size(), count,
            [&](std::size_t e) { return std::optional<std::size_t>(g_.edges[e].from); }, edge_id);
        g_.in.group(
            g_.vertices.size(), count,
            [&](std::size_t e) { return std::optional<std::size_t>(g_.edges[e].to); }, edge_id);
    }

    void add_activity_edges() {
        activity_categories_.reserve(model_.activities.size());
        for (std::size_t i = 0; i < model_.activities.size(); ++i) {
            const Activity& activity = model_.activities[i];
            VertexId self = g_.activity_base + i;
            auto categories =
                stored(activity_categories_.emplace_back(declared(activity.categories)));
            auto edge = [&](VertexId from, VertexId to, EdgeOrigin origin, const Location& where) {
                add_edge(from, to, categories, i, std::nullopt, where, origin);
            };
            for (const Ref& source : activity.source) {
                if (source.id == "subject") {
                    for (const Ref& subject : activity.subjects)
                        if (auto s = index_of(subject, EntityKind::subject))
                            edge(*s, self, EdgeOrigin::source, source.where);
                } else if (auto party = index_of(source, EntityKind::party)) {
                    edge(g_.party_base + *party, self, EdgeOrigin::source, source.where);
                }
            }
            for (const Ref& system : activity.systems)
                if (auto s = index_of(system, EntityKind::system))
                    edge(self, g_.system_base + *s, EdgeOrigin::system, system.where);
            for (const Ref& recipient : activity.recipients)
                if (auto p = index_of(recipient, EntityKind::party))
                    edge(self, g_.party_base + *p, EdgeOrigin::recipient, recipient.where);
        }
    }

    void add_flow_edges() {
        for (std::size_t i = 0; i < model_.flows.size(); ++i) {
            const Flow& flow = model_.flows[i];
            auto from = vertex_of(flow.from);
            auto to = vertex_of(flow.to);
            if (!from || !to)
                continue;
            std::optional<std::size_t> activity;
            if (flow.activity)
                activity = index_of(*flow.activity, EntityKind::activity);
            add_edge(*from, *to, stored(declared(flow.categories)), activity, i, flow.where,
                     EdgeOrigin::flow, flow.transform);
        }
    }

    // The operator of a system receives everything the system holds. Only activity and
    // flow edges enter a system, so its holdings are known at this point.
    void add_operator_edges() {
        std::vector<Categories> held = holdings(g_.system_base, g_.party_base);
        for (std::size_t i = 0; i < model_.systems.size(); ++i) {
            const System& system = model_.systems[i];
            if (!system.operated_by)
                continue;
            if (auto party = index_of(*system.operated_by, EntityKind::party)) {
                VertexId self = g_.system_base + i;
                add_edge(self, g_.party_base + *party, stored(held[i]), std::nullopt, std::nullopt,
                         system.operated_by->where, EdgeOrigin::operator_);
            }
        }
    }

    // Systems first: a party's holdings include what its systems pass on to it.
    void add_country_edges() {
        std::vector<Categories> held = holdings(g_.system_base, g_.country_base);
        for (VertexId v = g_.system_base; v < g_.country_base; ++v) {
            const LineageVertex& vertex = g_.vertices[v];
            if (vertex.country.empty())
                continue;
            const Entity& entity = vertex.kind == VertexKind::system
                                       ? static_cast<const Entity&>(model_.systems[vertex.index])
                                       : model_.parties[vertex.index];
            add_edge(v, g_.country_vertex.at(vertex.country), stored(held[v - g_.system_base]),
                     std::nullopt, std::nullopt, entity.at("country"), EdgeOrigin::country);
        }
    }

    // ---- arrivals: one BFS per set of edges that carry a category ----

    // An edge carries a category when it declares the category or one of its ancestors, so a
    // category arrives where those edges lead. A category whose edges are all its parent's
    // (no edge declares it, or only edges that declare an ancestor too) arrives where its
    // parent does, by the same edges: one search serves both. The searches' results are kept
    // packed until every vertex's arrivals are counted, then laid out in one array, each
    // vertex's sorted by category. Returns false, with nothing laid out, when the searches'
    // edges and the arrivals together (steps_) are more than the reach limit.
    bool compute_arrivals() {
        const std::size_t count = model_.categories.size();
        Declaring declaring(g_, count);
        CategorySearch search(g_);
        std::optional<std::vector<std::optional<std::size_t>>> found =
            run_searches(declaring, search);
        if (!found)
            return false;
        const std::vector<std::optional<std::size_t>>& key = *found;
        // Counted before they are laid out: the arrivals of a category its parent's search
        // serves are the parent's again, so a short search can stand for millions of them.
        steps_ = search.edges_searched();
        for (std::size_t c = 0; c < count; ++c)
            if (key[c])
                steps_ += search.reached(*key[c]).size();
        if (steps_ > reach_limit_)
            return false;
        std::vector<std::size_t> arriving(g_.vertices.size() + 1, 0);
        for (std::size_t c = 0; c < count; ++c)
            if (key[c])
                for (const Reached& r : search.reached(*key[c]))
                    ++arriving[r.vertex];
        lay_out(arriving);
        for (std::size_t c = 0; c < count; ++c) {
            if (!key[c])
                continue;
            for (const Reached& r : search.reached(*key[c])) {
                g_.arrivals[arriving[r.vertex]++] = {static_cast<std::uint32_t>(c),
                                                     static_cast<std::uint32_t>(r.via)};
                if (r.cycle_entry)
                    g_.cycle_entries.emplace(r.vertex, c);
            }
        }
        return true;
    }

    /// Sizes the arrival table from the number of arrivals at each vertex, and turns `next`
    /// from those counts into where each vertex's next arrival goes.
    void lay_out(std::vector<std::size_t>& next) {
        g_.arrival_start.assign(next.size(), 0);
        std::size_t total = 0;
        for (std::size_t v = 0; v < next.size(); ++v) {
            g_.arrival_start[v] = total;
            total += std::exchange(next[v], total);
        }
        g_.arrivals.resize(total);
    }

    /// An edge a search takes, with its ends: the searches read the ends of tens of millions
    /// of edges in a large model, and reading them from a table by edge id would miss the
    /// cache at nearly every edge.
    struct CarriedEdge {
        std::uint32_t id = 0;
        std::uint32_t from = 0;
        std::uint32_t to = 0;

        bool operator<(const CarriedEdge& other) const { return id < other.id; }
    };

    /// The personal edges that declare each category, in edge order: one array for all the
    /// categories (hundreds of thousands of entries in a large model), not a vector each.
    class Declaring {
    public:
        Declaring(const LineageGraph::Impl& g, std::size_t count) : start_(count + 1, 0) {
            for (const LineageEdge& edge : g.edges)
                if (edge.personal())
                    for (std::size_t c : edge.categories)
                        ++start_[c + 1];
            for (std::size_t c = 0; c < count; ++c)
                start_[c + 1] += start_[c];
            edges_.resize(start_[count]);
            std::vector<std::uint32_t> next(start_.begin(), start_.end() - 1);
            for (EdgeId e = 0; e < g.edges.size(); ++e)
                if (const LineageEdge& edge = g.edges[e]; edge.personal())
                    for (std::size_t c : edge.categories)
                        edges_[next[c]++] = {static_cast<std::uint32_t>(e), edge.from, edge.to};
        }
        std::size_t categories() const { return start_.size() - 1; }
        std::span<const CarriedEdge> of(std::size_t category) const {
            return std::span(edges_).subspan(start_[category],
                                             start_[category + 1] - start_[category]);
        }

    private:
        std::vector<std::uint32_t> start_;
        std::vector<CarriedEdge> edges_;
    };

    /// The edges carrying the categories on the path from a root down to the category the
    /// walk is at, in edge order, and which of them each category on the path added.
    class CarriedPath {
    public:
        explicit CarriedPath(std::size_t edges) : is_carried_(edges, false) {}

        bool empty() const { return levels_.empty(); }
        /// The category the walk is at.
        std::size_t category() const { return levels_.back().category; }
        /// The edges that carry it, in edge order.
        std::span<const CarriedEdge> carried() const { return carried_; }

        /// Goes down to `category`, a child of category() (a root when empty()), declared by
        /// the edges `declared`, in edge order. Returns whether any of them was not carried
        /// already.
        bool enter(std::size_t category, std::span<const CarriedEdge> declared) {
            std::size_t first = added_.size();
            for (const CarriedEdge& edge : declared)
                if (!is_carried_[edge.id]) {
                    is_carried_[edge.id] = true;
                    added_.push_back(edge);
                }
            levels_.push_back({category, first});
            if (added_.size() == first)
                return false;
            scratch_.resize(carried_.size() + (added_.size() - first));
            std::set_union(carried_.begin(), carried_.end(), added_.begin() + first, added_.end(),
                           scratch_.begin());
            carried_.swap(scratch_);
            return true;
        }

        /// Goes up from category() to its parent, without the edges category() added.
        void leave() {
            std::size_t first = levels_.back().first_added;
            levels_.pop_back();
            if (added_.size() == first)
                return;
            for (auto edge = added_.begin() + first; edge != added_.end(); ++edge)
                is_carried_[edge->id] = false;
            std::erase_if(carried_,
                          [this](const CarriedEdge& edge) { return !is_carried_[edge.id]; });
            added_.resize(first);
        }

    private:
        struct Level {
            std::size_t category = 0;
            std::size_t first_added = 0; // what it added is added_[first_added] onwards
        };
        std::vector<Level> levels_;
        std::vector<CarriedEdge> carried_;
        std::vector<CarriedEdge> added_;   // what each level added, one level after the other
        std::vector<CarriedEdge> scratch_; // where enter() merges
        std::vector<bool> is_carried_;     // per edge of the graph: whether carried_ holds it
    };

    /// A vertex one category's search reached, by the last edge of its witness path. Packed:
    /// a large model's searches reach millions of vertices.
    struct Reached {
        std::uint32_t vertex = 0;
        std::uint32_t via : 31 = 0;
        bool cycle_entry : 1 = false; // reached only by closing a cycle it was searched from
    };

    /// Breadth-first search in the subgraph of one category's edges. Scratch arrays are
    /// stamped with the search number instead of being cleared, so each search costs only
    /// the edges it visits.
    class CategorySearch {
    public:
        explicit CategorySearch(const LineageGraph::Impl& g)
            : marks_(g.vertices.size()), found_by_(g.tree.size()) {}

        /// What the search of `category` found (run before).
        std::span<const Reached> reached(std::size_t category) const {
            auto [first, last] = *found_by_[category];
            return std::span(found_).subspan(first, last - first);
        }
        /// The edges of every search run so far, each counted once per search.
        std::size_t edges_searched() const { return edges_searched_; }

        /// Searches where the data of `category` on `edges` goes; reached(category) gives the
        /// vertices in the order the search finds them.
        void run(std::size_t category, std::span<const CarriedEdge> edges) {
            ++stamp_;
            edges_searched_ += edges.size();
            std::size_t first = found_.size();
            std::size_t listed = group_by_source(edges);
            // Search from where the category enters the graph, then from whatever a pure
            // cycle leaves unvisited. When the first searches left no edge unsearched (no
            // such cycle, as in most registers), the rest would find nothing.
            searched_ = 0;
            for (std::uint32_t root : roots_)
                search_from(root);
            if (searched_ < listed)
                search_cycles(edges);
            found_by_[category] = {first, found_.size()};
        }

    private:
        /// An edge of the category out of a vertex, with the vertex it leads to: the search
        /// reads them together.
        struct Step {
            std::uint32_t edge = 0;
            std::uint32_t to = 0;
        };

        /// Lays the category's edges out in one array by the vertex they leave, each vertex's
        /// in edge order (a counting sort), so that a search reads a vertex's edges side by
        /// side instead of from a vector of its own somewhere on the heap. Not RowTable::group:
        /// that would set up a row for every vertex of the graph in each of the hundreds of
        /// searches; this touches only the vertices the category's edges leave. Lists in
        /// roots_ the vertices where the category enters the graph: those its edges leave and
        /// none enters, in the order of their first edge. Returns how many vertices have edges
        /// of the category.
        std::size_t group_by_source(std::span<const CarriedEdge> edges) {
            std::size_t listed = 0;
            for (const CarriedEdge& edge : edges) {
                marks_[edge.to].has_in = stamp_;
                Marks& from = marks_[edge.from];
                if (from.listed != stamp_) {
                    from.listed = stamp_;
                    from.count = 0;
                    ++listed;
                }
                ++from.count;
            }
            grouped_.resize(edges.size());
            roots_.clear();
            std::uint32_t next = 0;
            for (const CarriedEdge& edge : edges) {
                Marks& from = marks_[edge.from];
                if (from.placed != stamp_) { // its slice follows the slices of those seen before
                    from.placed = stamp_;
                    from.first = next;
                    next += std::exchange(from.count, 0);
                    if (from.has_in != stamp_)
                        roots_.push_back(edge.from);
                }
                grouped_[from.first + from.count++] = {edge.id, edge.to};
            }
            return listed;
        }

        /// The category's edges out of `vertex` (listed in this search).
        std::span<const Step> out_of(std::uint32_t vertex) const {
            return std::span(grouped_).subspan(marks_[vertex].first, marks_[vertex].count);
        }

        /// Searches from the vertices with edges of the category that no search visited: in
        /// cycles with no way in. Where each such cycle is entered is reached by the cycle.
        void search_cycles(std::span<const CarriedEdge> edges) {
            for (const CarriedEdge& edge : edges)
                if (marks_[edge.from].visited != stamp_)
                    search_from(edge.from);
            for (const CarriedEdge& edge : edges)
                if (marks_[edge.to].arrived != stamp_) {
                    marks_[edge.to].arrived = stamp_;
                    found(edge.to, edge.id, true);
                }
        }

        /// A vertex's marks, each the number of the search that set it, side by side: a search
        /// reads them together.
        struct Marks {
            std::uint32_t visited = 0;
            std::uint32_t has_in = 0;  // an edge of the category enters it
            std::uint32_t arrived = 0; // the search reached it by an edge
            std::uint32_t listed = 0;  // it has edges of the category: out_of() gives them
            std::uint32_t placed = 0;  // its slice of grouped_ is laid out
            std::uint32_t first = 0;   // where its slice begins
            std::uint32_t count = 0;   // how many edges its slice holds
        };

        std::uint32_t stamp_ = 0;
        std::size_t edges_searched_ = 0;
        std::vector<Marks> marks_;
        std::vector<Step> grouped_;        // the category's edges, by the vertex they leave
        std::vector<std::uint32_t> roots_; // where the category enters the graph
        std::vector<Reached> found_;       // what every search found, one after the other
        std::vector<std::optional<std::pair<std::size_t, std::size_t>>> found_by_; // per category

        void found(VertexId vertex, EdgeId via, bool cycle_entry) {
            found_.push_back(
                {static_cast<std::uint32_t>(vertex), static_cast<std::uint32_t>(via), cycle_entry});
        }

        std::vector<std::uint32_t> queue_; // reused by every search, never shrunk
        std::size_t searched_ = 0;         // vertices with edges of the category searched from

        /// A search from `root`, unless a search of this category visited it already.
        void search_from(std::uint32_t root) {
            if (marks_[root].visited == stamp_)
                return;
            marks_[root].visited = stamp_;
            queue_.assign(1, root);
            for (std::size_t head = 0; head < queue_.size(); ++head) {
                std::uint32_t u = queue_[head];
                if (marks_[u].listed != stamp_)
                    continue;
                ++searched_;
                for (auto [e, w] : out_of(u)) {
                    Marks& reached = marks_[w];
                    if (reached.visited == stamp_)
                        continue;
                    reached.visited = stamp_;
                    reached.arrived = stamp_;
                    found(w, e, false);
                    queue_.push_back(w);
                }
            }
        }
    };

    /// Runs a search for each category carried by edges its parent's are not, and returns for
    /// every category the one whose search is its own (none when no edge carries it). The
    /// categories are walked in tree order with the edges carrying the current one in one
    /// sorted array; each level's additions are taken out again when the walk leaves its
    /// subtree. Walking up to the root for each category instead was quadratic in the depth:
    /// one activity listing the 20,000 levels of a chain took seconds. Stops, returning
    /// nullopt, once the searches have taken more edges than the reach limit: each search
    /// takes its parent's edges again, and 60,000 flows between two activities, each
    /// declaring one level of a chain, needed 1.8 billion.
    std::optional<std::vector<std::optional<std::size_t>>>
    run_searches(const Declaring& declaring, CategorySearch& search) const {
        std::vector<std::optional<std::size_t>> key(declaring.categories());
        CarriedPath path(g_.edges.size());
        for (std::size_t c : g_.tree.in_order()) {
            while (!path.empty() && !g_.tree.within(c, path.category()))
                path.leave();
            std::optional<std::size_t> parent_key;
            if (!path.empty())
                parent_key = key[path.category()];
            if (path.enter(c, declaring.of(c))) {
                if (search.edges_searched() + path.carried().size() > reach_limit_)
                    return std::nullopt;
                search.run(c, path.carried());
                key[c] = c;
            } else {
                key[c] = parent_key;
            }
        }
        return key;
    }

    // ---- per-activity and per-system tables ----

    /// At most what the activities process: each one's arrivals and the subtrees of what it
    /// declares, a subtree within another counted once (an activity may list every level of
    /// a chain).
    std::size_t processed_bound() const {
        std::size_t bound = g_.arrival_start[g_.system_base] - g_.arrival_start[g_.activity_base];
        for (const Categories& declared : activity_categories_)
            for (std::size_t top : g_.tree.tops(declared))
                bound += g_.tree.subtree(top).size();
        return bound;
    }

    void compute_processed() {
        g_.processed.reserve(model_.activities.size(), processed_bound());
        std::vector<LineageGraph::Processed> out;
        Categories declared;
        // Per category, 1 + the last activity that listed it: each category is listed once
        // without the tree's tops and their allocations; a subtree within one listed before
        // is passed over whole (subtrees are nested or apart).
        std::vector<std::size_t> listed_by(model_.categories.size(), 0);
        for (std::size_t i = 0; i < model_.activities.size(); ++i) {
            declared.clear();
            for (std::size_t top : activity_categories_[i])
                for (std::size_t c : listed_by[top] == i + 1 ? std::span<const std::size_t>()
                                                             : g_.tree.subtree(top))
                    if (std::exchange(listed_by[c], i + 1) != i + 1)
                        declared.push_back(c);
            std::sort(declared.begin(), declared.end());
            std::span<const Arrival> arrived = g_.arrivals_at(g_.activity_base + i);
            out.clear();
            auto d = declared.begin();
            auto a = arrived.begin();
            while (d != declared.end() || a != arrived.end()) {
                if (a == arrived.end() || (d != declared.end() && *d < a->category))
                    out.push_back({static_cast<std::uint32_t>(*d++), true, std::nullopt});
                else if (d == declared.end() || a->category < *d)
                    out.push_back({a->category, false, a->via}), ++a;
                else
                    out.push_back({static_cast<std::uint32_t>(*d++), true, (a++)->via});
            }
            g_.processed.add_row(out);
        }
    }

    void compute_users() {
        std::vector<std::pair<std::size_t, std::size_t>> uses; // (system, activity)
        for (const LineageEdge& edge : g_.edges)
            if (edge.origin == EdgeOrigin::system && edge.activity)
                uses.emplace_back(g_.vertices[edge.to].index, *edge.activity);
        std::sort(uses.begin(), uses.end());
        uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
        g_.users.group(
            model_.systems.size(), uses.size(),
            [&](std::size_t i) { return std::optional<std::size_t>(uses[i].first); },
            [&](std::size_t i) { return uses[i].second; });
    }

    void compute_flows_under() {
        g_.flows_under.group(
            model_.activities.size(), g_.edges.size(),
            [&](std::size_t e) {
                const LineageEdge& edge = g_.edges[e];
                return edge.origin == EdgeOrigin::flow ? edge.activity : std::nullopt;
            },
            [](std::size_t e) { return e; });
    }

    // ---- feeders: which activities' data is upstream of each system and party ----

    // Told by the blocks the vertices are laid out in, without reading the vertex.
    bool is_store(VertexId v) const { return v >= g_.system_base && v < g_.country_base; }
    bool is_activity(VertexId v) const { return v >= g_.activity_base && v < g_.system_base; }

    /// Where the data of an edge comes from: the vertex it leaves and the activity it moves
    /// under (none_ when none).
    struct Inflow {
        std::uint32_t from = 0;
        std::uint32_t activity = 0;
    };
    static constexpr std::uint32_t none_ = UINT32_MAX;

    static Inflow inflow(const LineageEdge& edge) {
        return {static_cast<std::uint32_t>(edge.from),
                edge.activity ? static_cast<std::uint32_t>(*edge.activity) : none_};
    }

    /// The activities an edge brings data from, on its own (without looking further up).
    void direct_sources(Inflow in, Categories& into) const {
        if (in.activity != none_)
            into.push_back(in.activity);
        if (is_activity(in.from))
            into.push_back(in.from - g_.activity_base);
    }

    /// Where the personal edges into each store come from, in edge order, read from the edges
    /// in one pass in their order: in a large model the edges are tens of megabytes, and
    /// reading them through each store's in-edges would miss the cache at nearly every edge.
    RowTable<Inflow> inflows() const {
        RowTable<Inflow> into;
        into.group(
            g_.vertices.size(), g_.edges.size(),
            [&](std::size_t e) -> std::optional<std::size_t> {
                const LineageEdge& edge = g_.edges[e];
                if (!is_store(edge.to) || !edge.personal())
                    return std::nullopt;
                return edge.to;
            },
            [&](std::size_t e) { return inflow(g_.edges[e]); });
        return into;
    }

    /// For each system and party, the activities whose data it holds: over the strongly
    /// connected components, upstream components first (Tarjan numbers them downstream first).
    std::vector<Categories> upstream_activities() const {
        std::vector<std::pair<VertexId, VertexId>> ends;
        ends.reserve(g_.edges.size());
        for (const LineageEdge& edge : g_.edges)
            ends.emplace_back(edge.from, edge.to);
        // Compressed sparse rows: two arrays, where an adjacency list allocates per edge.
        using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
        Graph graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                    g_.vertices.size());
        std::vector<std::size_t> component(g_.vertices.size());
        std::size_t count = boost::strong_components(
            graph, boost::make_iterator_property_map(component.begin(),
                                                     boost::get(boost::vertex_index, graph)));
        std::vector<std::vector<VertexId>> members(count);
        for (VertexId v = 0; v < g_.vertices.size(); ++v)
            if (is_store(v))
                members[component[v]].push_back(v);
        RowTable<Inflow> into = inflows();
        std::vector<Categories> upstream(g_.vertices.size());
        for (std::size_t c = count; c-- > 0;) {
            if (members[c].empty())
                continue;
            Categories found;
            for (VertexId v : members[c])
                for (Inflow in : into[v]) {
                    direct_sources(in, found);
                    if (is_store(in.from) && component[in.from] != c)
                        found.insert(found.end(), upstream[in.from].begin(),
                                     upstream[in.from].end());
                }
            sort_unique(found);
            for (VertexId v : members[c])
                upstream[v] = found;
        }
        return upstream;
    }

    static void keep_one_per_activity(std::vector<Feeder>& feeders) {
        std::stable_sort(feeders.begin(), feeders.end(),
                         [](const Feeder& a, const Feeder& b) { return a.activity < b.activity; });
        feeders.erase(
            std::unique(feeders.begin(), feeders.end(),
                        [](const Feeder& a, const Feeder& b) { return a.activity == b.activity; }),
            feeders.end());
    }

    void compute_feeders() {
        std::vector<Categories> upstream = upstream_activities();
        std::vector<Feeder> feeders;
        for (std::size_t i = 0; i < model_.activities.size(); ++i) {
            feeders.clear();
            for (EdgeId e : g_.in[g_.activity_base + i]) {
                const LineageEdge& edge = g_.edges[e];
                if (edge.origin != EdgeOrigin::flow || !edge.personal())
                    continue;
                Categories from;
                direct_sources(inflow(edge), from);
                if (is_store(edge.from))
                    from.insert(from.end(), upstream[edge.from].begin(), upstream[edge.from].end());
                for (std::size_t activity : from)
                    if (activity != i)
                        feeders.push_back({activity, e});
            }
            keep_one_per_activity(feeders);
            g_.feeders.add_row(feeders);
        }
        compute_readers(upstream);
    }

    /// Whether a subject or a party sends the activity data: it collects (some of) it itself.
    bool collects(std::size_t activity) const {
        auto in = g_.in[g_.activity_base + activity];
        return std::any_of(in.begin(), in.end(), [&](EdgeId e) {
            auto kind = g_.vertices[g_.edges[e].from].kind;
            return kind == VertexKind::subject || kind == VertexKind::party;
        });
    }

    /// Whether two declared sets share a category, descendants included: two subtrees
    /// overlap only when one holds the other.
    bool overlap(const Categories& a, const Categories& b) const {
        return std::any_of(a.begin(), a.end(), [&](std::size_t x) {
            return std::any_of(b.begin(), b.end(), [&](std::size_t y) {
                return g_.tree.within(x, y) || g_.tree.within(y, x);
            });
        });
    }

    void compute_readers(const std::vector<Categories>& upstream) {
        const std::vector<Categories>& declared = activity_categories_;
        std::vector<Feeder> readers;
        for (std::size_t i = 0; i < model_.activities.size(); ++i) {
            readers.clear();
            if (!collects(i))
                for (EdgeId e : g_.out[g_.activity_base + i]) {
                    const LineageEdge& edge = g_.edges[e];
                    if (edge.origin != EdgeOrigin::system)
                        continue;
                    for (std::size_t activity : upstream[edge.to])
                        if (activity != i && overlap(declared[activity], declared[i]))
                            readers.push_back({activity, e});
                }
            keep_one_per_activity(readers);
            g_.readers.add_row(readers);
        }
    }
};

} // namespace

void build_lineage(const Model& model, std::size_t reach, LineageGraph::Impl& graph) {
    Builder(model, reach, graph).run();
}

// A search from a country along the personal edges into each vertex (`in`, in edge order)
// finds who reaches it; each vertex it finds records the edge it was found by. Vertices are
// stamped with the country's search instead of being cleared between searches.
std::vector<std::vector<Destination>> destinations_of(const LineageGraph::Impl& g) {
    std::vector<std::vector<Destination>> destinations(g.vertices.size());
    std::vector<std::size_t> found_by(g.vertices.size(), 0); // 1 + the country's vertex
    std::vector<VertexId> queue;
    for (VertexId country = g.country_base; country < g.vertices.size(); ++country) {
        std::size_t stamp = country + 1;
        found_by[country] = stamp;
        queue.assign(1, country);
        for (std::size_t head = 0; head < queue.size(); ++head)
            for (EdgeId e : g.in[queue[head]]) {
                VertexId from = g.edges[e].from;
                if (!g.edges[e].personal() || found_by[from] == stamp)
                    continue;
                found_by[from] = stamp;
                destinations[from].push_back({country, e});
                queue.push_back(from);
            }
    }
    for (auto& found : destinations)
        found.shrink_to_fit();
    return destinations;
}

} // namespace privmap
