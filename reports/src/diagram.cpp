#include "diagram.h"

#include "render.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <privmap/analyzer.h>
#include <privmap/facts.h>
#include <privmap/safe_text.h>
#include <privmap/vocabulary.h>
#include <set>
#include <span>
#include <tuple>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace privmap {
namespace {

// ---- the picture: what a diagram shows, before Graphviz lays it out ----

/// Node kinds, in the order data moves through them (left to right).
using Kind = VertexKind;
constexpr std::size_t kind_count = 5;

struct Node {
    Kind kind = Kind::subject;
    std::string title;          // bold first line
    std::string detail;         // small second line
    std::string href;           // "#activity-payroll", empty for groups
    std::string tooltip;        // full name(s)
    bool alert = false;         // a third or unknown country, or a group in one
    bool third_country = false; // a system or party outside the EEA
    std::size_t members = 1;    // more than one: a group of entities
    // The summary's group for this entity: activities by department, systems by country,
    // parties by role and country, subjects all together.
    std::string group;
    std::string group_title;
};

enum class EdgeStyle { relation, operated_by, flow, location };

struct Edge {
    EdgeStyle style = EdgeStyle::relation;
    std::set<std::string> categories; // the top-level categories it carries, by name
    std::string transform;            // flows: "pseudonymised", "anonymised" or empty
    bool special = false;             // flows: carries special-category data
    std::size_t count = 1;            // entity links merged into this one
};

using EdgeKey = std::tuple<std::string, std::string, EdgeStyle>; // from key, to key, style

/// Node keys start with the kind's digit, so key order is column order, then id order.
std::string key_of(Kind kind, std::string_view id) {
    return std::to_string(static_cast<int>(kind)) + ":" + std::string(id);
}

struct Picture {
    std::string id;    // element id prefix: "diagram-summary"
    std::string title; // the SVG's <title>
    std::map<std::string, Node> nodes;
    std::map<EdgeKey, Edge> edges;
    bool flow_labels = true; // name on each link the category groups it carries
    bool grouped = false;    // boxes stand for groups of entities (summarise)
};

// ---- words ----

std::string english(std::string_view key, std::size_t count) {
    static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> words{
        {"subject", {"Data subjects", ""}},
        {"activity", {"Processing activity", ""}},
        {"system", {"System", ""}},
        {"party", {"Party", ""}},
        {"country", {"Country", ""}},
        {"third-country", {"Third country (outside the EEA)", ""}},
        {"unknown-country", {"Unknown country", ""}},
        {"special-data", {"Special category data", ""}},
        {"legend", {"Legend", ""}},
        {"other", {"Other", ""}},
        {"no-department", {"No department", ""}},
        {"pseudonymised", {"pseudonymised", ""}},
        {"anonymised", {"anonymised", ""}},
        {"n-subjects", {"subject category", "subject categories"}},
        {"n-activities", {"activity", "activities"}},
        {"n-systems", {"system", "systems"}},
        {"n-parties", {"party", "parties"}},
        {"n-countries", {"country", "countries"}},
    };
    if (key.starts_with("role-")) {
        std::string role(key.substr(5));
        std::replace(role.begin(), role.end(), '-', ' ');
        if (!role.empty())
            role.front() =
                static_cast<char>(std::toupper(static_cast<unsigned char>(role.front())));
        return role;
    }
    auto found = words.find(key);
    if (found == words.end())
        return std::string(key);
    if (!key.starts_with("n-"))
        return std::string(found->second.first);
    return std::to_string(count) + " " +
           std::string(count == 1 ? found->second.first : found->second.second);
}

class Words {
public:
    explicit Words(const DiagramText& text) : text_(text) {}

    std::string operator()(std::string_view key, std::size_t count = 1) const {
        return text_.word ? text_.word(key, count) : english(key, count);
    }

    std::string members(Kind kind, std::size_t count) const {
        static constexpr std::array<std::string_view, kind_count> keys{
            "n-subjects", "n-activities", "n-systems", "n-parties", "n-countries"};
        return (*this)(keys[static_cast<std::size_t>(kind)], count);
    }

    /// The country's name in the report's language: "Verenigde Staten".
    std::string country(const std::string& code) const {
        if (code.empty() || code == "unknown")
            return (*this)("unknown-country");
        icu::UnicodeString name;
        icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(text_.language.c_str()), name);
        std::string out;
        name.toUTF8String(out);
        return out.empty() ? code : out;
    }

private:
    const DiagramText& text_;
};

// ---- escaping: model strings are data, never markup ----

/// Document text on one line: line breaks and tabs become spaces.
std::string clean(std::string_view raw) {
    std::string text = document_text(raw);
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\r' || c == '\n'; }, ' ');
    return text;
}

/// Text for XML.
std::string xml_text(std::string_view raw) {
    return reports::markup_escape(clean(raw));
}

/// Graphviz reads \N, \G, \n … in labels and tooltips as escapes; a backslash written as
/// 2^`passes` backslashes survives that many readings.
std::string protect_backslashes(std::string text, int passes) {
    std::string out;
    for (char c : text)
        out.append(c == '\\' ? std::size_t{1} << passes : 1, c);
    return out;
}

/// Text for a Graphviz HTML-like label: XML, read once for escapes.
std::string label_text(std::string_view raw) {
    return protect_backslashes(xml_text(raw), 1);
}
/// Graphviz escapes plain labels and tooltips for SVG itself, but leaves alone what already
/// looks like an entity, so a model's `&lt;` would show as `<`. Written as `&amp;` (an entity
/// it leaves alone too), every `&` makes Graphviz escape the text exactly once.
std::string ampersands_as_entities(std::string_view text) {
    std::string out;
    for (char c : text)
        out += c == '&' ? std::string("&amp;") : std::string(1, c);
    return out;
}
/// Text for a plain label: read once for escapes.
std::string plain_text(std::string_view raw) {
    return protect_backslashes(ampersands_as_entities(clean(raw)), 1);
}
/// Text for a tooltip: Graphviz 2.43 reads it twice for escapes.
std::string tooltip_text(std::string_view raw) {
    return protect_backslashes(ampersands_as_entities(clean(raw)), 2);
}

/// Where the first line of `text` (trimmed) ends, at most about `width` characters in: at the
/// last place Unicode allows a line break (after a space or a hyphen). A longer first word
/// stays whole up to half as long again; only a word longer than that is cut, at `width`.
int32_t first_line_end(const icu::UnicodeString& text, int32_t width) {
    if (text.length() <= width)
        return text.length();
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (!breaks)
        return width;
    breaks->setText(text);
    int32_t cut = breaks->preceding(width + 1);
    if (cut > 0)
        return cut;
    cut = breaks->following(0);
    return cut <= width + width / 2 ? cut : width;
}

/// The whole text in lines of about `width` characters (first_line_end): a name is wrapped,
/// never cut short, so the printed diagram names every entity as the register does.
std::vector<std::string> wrap(std::string_view text, int32_t width) {
    icu::UnicodeString rest = icu::UnicodeString::fromUTF8(clean(text));
    std::vector<std::string> lines;
    while (!rest.trim().isEmpty()) {
        int32_t cut = first_line_end(rest, width);
        icu::UnicodeString line(rest, 0, cut);
        lines.emplace_back();
        line.trim().toUTF8String(lines.back());
        rest.remove(0, cut);
    }
    return lines;
}

// ---- the lineage of some activities, from the analyzer's lineage graph ----

EdgeStyle style_of(EdgeOrigin origin) {
    switch (origin) {
    case EdgeOrigin::flow:
        return EdgeStyle::flow;
    case EdgeOrigin::operator_:
        return EdgeStyle::operated_by;
    case EdgeOrigin::country:
        return EdgeStyle::location;
    default:
        return EdgeStyle::relation;
    }
}

class Lineage {
public:
    Lineage(const Model& model, const LineageGraph& graph, const Words& words)
        : model_(model), graph_(graph), words_(words) {}

    /// The activity, what it declares (subjects, sources, systems, recipients), the flows into
    /// and out of it and the flows that run under it (`flows_under`).
    void add_activity(std::size_t a, std::span<const EdgeId> flows_under) {
        VertexId self = graph_.activity_vertex(a);
        add(self);
        for (auto edges : {graph_.in_edges(self), graph_.out_edges(self), flows_under})
            for (EdgeId e : edges)
                add_edge(e);
        // Its data subjects, also when the data is not collected from them.
        for (const Ref& subject : model_.activities[a].subjects)
            if (auto handle = subject.target(EntityKind::subject))
                connect(add(graph_.subject_vertex(handle->index)), key_of(self),
                        EdgeStyle::relation);
    }

    void add_edge(EdgeId e) {
        const LineageEdge& edge = graph_.edge(e);
        Edge& shown = connect(add(edge.from), add(edge.to), style_of(edge.origin));
        if (edge.origin == EdgeOrigin::country)
            return;
        // The top-level categories: a label stays short and still names every group carried.
        for (std::size_t c : graph_.category_groups(edge))
            shown.categories.insert(category_name(model_.categories[c]));
        if (edge.origin != EdgeOrigin::flow)
            return;
        for (std::size_t c : graph_.carried(edge))
            shown.special |= model_.categories[c].special || model_.categories[c].effective_special;
        if (edge.transform != Transform::none)
            shown.transform = words_(to_name(edge.transform));
    }

    /// Adds the operators of the systems shown and the country of every system and party shown.
    Picture finish(std::string id, std::string title) {
        for (VertexId v : placed_)
            for (EdgeId e : graph_.out_edges(v))
                if (graph_.edge(e).origin == EdgeOrigin::operator_)
                    add_edge(e);
        for (VertexId v : placed_)
            for (EdgeId e : graph_.out_edges(v))
                if (graph_.edge(e).origin == EdgeOrigin::country)
                    add_edge(e);
        picture_.id = std::move(id);
        picture_.title = std::move(title);
        return std::move(picture_);
    }

private:
    std::string key_of(VertexId v) const {
        return privmap::key_of(graph_.vertex(v).kind, graph_.vertex(v).id);
    }

    std::string add(VertexId v) {
        std::string key = key_of(v);
        auto [it, fresh] = picture_.nodes.try_emplace(key);
        if (fresh)
            describe(it->second, graph_.vertex(v));
        if (fresh &&
            (graph_.vertex(v).kind == Kind::system || graph_.vertex(v).kind == Kind::party))
            placed_.insert(v);
        return key;
    }

    const Entity& entity_of(const LineageVertex& vertex) const {
        switch (vertex.kind) {
        case Kind::subject:
            return model_.subjects[vertex.index];
        case Kind::activity:
            return model_.activities[vertex.index];
        case Kind::system:
            return model_.systems[vertex.index];
        default:
            return model_.parties[vertex.index];
        }
    }

    void describe(Node& node, const LineageVertex& vertex) {
        node.kind = vertex.kind;
        if (vertex.kind == Kind::country)
            return describe_country(node, vertex.id);
        static constexpr std::array<std::string_view, kind_count> anchors{
            "subject", "activity", "system", "party", "country"};
        const Entity& entity = entity_of(vertex);
        node.title = entity.name.empty() ? entity.id : entity.name;
        node.tooltip = node.title;
        node.href =
            "#" + reports::anchor_of(anchors[static_cast<std::size_t>(vertex.kind)], entity.id);
        node.third_country = !vertex.country.empty() && is_transfer_country(vertex.country);
        switch (vertex.kind) {
        case Kind::subject:
            node.group_title = words_("subject");
            break;
        case Kind::activity:
            node.detail = model_.activities[vertex.index].department;
            node.group = node.detail;
            node.group_title = node.detail.empty() ? words_("no-department") : node.detail;
            break;
        case Kind::system:
            node.detail = words_.country(vertex.country);
            node.group = vertex.country;
            node.group_title = node.detail;
            break;
        default: {
            std::string role(to_name(model_.parties[vertex.index].role));
            node.detail = words_("role-" + role);
            node.group = role + ":" + vertex.country;
            node.group_title =
                node.detail +
                (vertex.country.empty() ? "" : " · " + words_.country(vertex.country));
        }
        }
    }

    void describe_country(Node& node, const std::string& code) const {
        node.title = words_.country(code);
        node.tooltip = node.title;
        node.alert = is_transfer_country(code);
        if (code != "unknown")
            node.detail = node.alert ? code + " · " + words_("third-country") : code;
    }

    static std::string category_name(const Category& category) {
        return category.name.empty() ? category.id : category.name;
    }

    Edge& connect(const std::string& from, const std::string& to, EdgeStyle style) {
        auto [it, fresh] = picture_.edges.try_emplace({from, to, style});
        it->second.style = style;
        return it->second;
    }

    const Model& model_;
    const LineageGraph& graph_;
    const Words& words_;
    Picture picture_;
    std::set<VertexId> placed_; // systems and parties shown
};

// ---- the summary: group entities until the picture is small enough ----

/// Each level groups more kinds: activities by department; then systems and parties by country
/// (country nodes go: each group names its country and is marked when that is a third
/// country); then subjects.
constexpr std::array<std::array<bool, kind_count>, 4> grouped_at{{
    {false, false, false, false, false},
    {false, true, false, false, false},
    {false, true, true, true, true},
    {true, true, true, true, true},
}};

/// Node key -> group key; an empty group key leaves the node out.
using Groups = std::map<std::string, std::string>;

Groups groups_at(const Picture& picture, std::size_t level) {
    Groups groups;
    for (const auto& [key, node] : picture.nodes) {
        std::size_t kind = static_cast<std::size_t>(node.kind);
        if (!grouped_at[level][kind])
            groups[key] = key;
        else if (node.kind != Kind::country)
            groups[key] = std::to_string(kind) + ":group:" + node.group;
    }
    return groups;
}

const std::string* group_of(const Groups& groups, const std::string& key) {
    auto found = groups.find(key);
    return found == groups.end() ? nullptr : &found->second;
}

/// Whether the grouped picture has at most `max_nodes` nodes, a fifth of them per column (30
/// of the default 150: about what a printed page holds), and three links per node.
bool fits(const Picture& picture, const Groups& groups, std::size_t max_nodes) {
    std::set<std::string_view> nodes;
    std::array<std::size_t, kind_count> column{};
    for (const auto& entry : groups)
        if (nodes.insert(entry.second).second &&
            ++column[static_cast<std::size_t>(entry.second.front() - '0')] > max_nodes / kind_count)
            return false;
    std::set<EdgeKey> edges;
    for (const auto& entry : picture.edges) {
        const auto& [from_key, to_key, style] = entry.first;
        const std::string *from = group_of(groups, from_key), *to = group_of(groups, to_key);
        if (from && to && *from != *to)
            edges.emplace(*from, *to, style);
    }
    return nodes.size() <= max_nodes && edges.size() <= 3 * max_nodes;
}

/// Merges the smallest quarter of the groups of the most numerous kind into that kind's
/// "other" group. False when every kind is down to two groups.
bool shrink(Groups& groups) {
    std::array<std::map<std::string, std::size_t>, kind_count> sizes; // per kind: group -> members
    for (const auto& entry : groups)
        ++sizes[static_cast<std::size_t>(entry.second.front() - '0')][entry.second];
    auto largest = std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
        return a.size() < b.size();
    });
    if (largest->size() <= 2)
        return false;
    std::vector<std::pair<std::size_t, std::string>> by_size;
    for (const auto& [group, members] : *largest)
        by_size.emplace_back(members, group);
    std::sort(by_size.begin(), by_size.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::set<std::string> merged;
    for (std::size_t i = by_size.size() * 3 / 4; i < by_size.size(); ++i)
        merged.insert(by_size[i].second);
    std::string other = std::to_string(largest - sizes.begin()) + ":other";
    for (auto& entry : groups)
        if (merged.count(entry.second))
            entry.second = other;
    return true;
}

/// The picture with its nodes replaced by their groups; links inside a group disappear.
Picture project(const Picture& detailed, const Groups& groups, const Words& words) {
    Picture grouped;
    grouped.id = detailed.id;
    grouped.title = detailed.title;
    grouped.flow_labels = detailed.flow_labels;
    grouped.grouped = true;
    std::map<std::string, std::vector<std::string>> names;
    for (const auto& [key, node] : detailed.nodes) {
        const std::string* group_key = group_of(groups, key);
        if (!group_key || *group_key == key) {
            if (group_key)
                grouped.nodes[key] = node;
            continue;
        }
        auto [it, fresh] = grouped.nodes.try_emplace(*group_key);
        Node& group = it->second;
        if (fresh) {
            group.kind = node.kind;
            group.members = 0;
            group.title = group_key->ends_with(":other") ? words("other") : node.group_title;
        }
        ++group.members;
        group.alert |= node.third_country;
        names[*group_key].push_back(node.title);
    }
    for (auto& [key, members] : names) {
        Node& group = grouped.nodes[key];
        group.detail = words.members(group.kind, group.members);
        std::sort(members.begin(), members.end());
        for (std::size_t i = 0; i < members.size() && i < 12; ++i)
            group.tooltip += (i ? ", " : "") + members[i];
        if (members.size() > 12)
            group.tooltip += ", …";
    }
    for (const auto& [key, edge] : detailed.edges) {
        const std::string *from = group_of(groups, std::get<0>(key)),
                          *to = group_of(groups, std::get<1>(key));
        if (!from || !to || *from == *to)
            continue;
        auto [it, fresh] = grouped.edges.try_emplace({*from, *to, edge.style}, edge);
        if (!fresh) {
            it->second.count += edge.count;
            it->second.special |= edge.special;
            it->second.categories.insert(edge.categories.begin(), edge.categories.end());
        }
    }
    return grouped;
}

/// The least grouped picture that fits in `max_nodes`; the most grouped one, with "other"
/// groups, when none does.
Picture summarise(Picture detailed, std::size_t max_nodes, const Words& words) {
    for (std::size_t level = 0; level < grouped_at.size(); ++level) {
        Groups groups = groups_at(detailed, level);
        if (level + 1 == grouped_at.size())
            while (!fits(detailed, groups, max_nodes) && shrink(groups)) {
            }
        else if (!fits(detailed, groups, max_nodes))
            continue;
        return level == 0 ? detailed : project(detailed, groups, words);
    }
    return detailed;
}

// ---- Graphviz ----

struct Look {
    const char* shape;
    const char* style;
    const char* fill;
    const char* border;
};
constexpr std::array<Look, kind_count> looks{{
    {"ellipse", "filled", "#FFF2CC", "#B09500"},
    {"box", "rounded,filled", "#DAE8FC", "#6C8EBF"},
    {"cylinder", "filled", "#D5E8D4", "#82B366"},
    {"box", "filled", "#E1D5E7", "#9673A6"},
    {"tab", "filled", "#F5F5F5", "#666666"},
}};
constexpr Look alert_look{"tab", "filled", "#F8CECC", "#B85450"};
constexpr const char* flow_colour = "#1F4E79";
constexpr const char* special_colour = "#B85450";

std::string node_label(const Node& node) {
    std::string label;
    for (const std::string& line : wrap(node.title, 24))
        label += (label.empty() ? "" : "<BR/>") + std::string("<B>") + label_text(line) + "</B>";
    for (const std::string& line : wrap(node.detail, 28))
        label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">" + label_text(line) + "</FONT>";
    return label;
}

/// The category groups a link carries and a flow's transform, in lines of about 24
/// characters, as a plain Graphviz label.
std::string edge_label(const Edge& edge) {
    std::string text;
    for (const std::string& category : edge.categories)
        text += (text.empty() ? "" : ", ") + category;
    if (!edge.transform.empty())
        text += (text.empty() ? "(" : " (") + edge.transform + ")";
    std::string label;
    for (const std::string& line : wrap(text, 24))
        label += (label.empty() ? "" : "\\n") + plain_text(line);
    return label;
}

std::string legend_label(const Picture& picture, const Words& words) {
    std::array<bool, kind_count> present{};
    bool alert = false, special = false;
    for (const auto& [key, node] : picture.nodes) {
        present[static_cast<std::size_t>(node.kind)] = true;
        alert |= node.alert;
    }
    for (const auto& [key, edge] : picture.edges)
        special |= edge.special;
    static constexpr std::array<std::string_view, kind_count> names{"subject", "activity", "system",
                                                                    "party", "country"};
    std::vector<std::string> items;
    auto item = [&items](const Look& look, const std::string& text) {
        items.push_back(std::string("<TD BGCOLOR=\"") + look.fill + "\" COLOR=\"" + look.border +
                        "\" WIDTH=\"18\"> </TD><TD BORDER=\"0\" ALIGN=\"LEFT\">" +
                        label_text(text) + "</TD>");
    };
    for (std::size_t kind = 0; kind < kind_count; ++kind)
        if (present[kind])
            item(looks[kind], words(names[kind]));
    if (alert)
        item(alert_look, words("third-country"));
    if (special)
        item(Look{"", "", special_colour, special_colour}, words("special-data"));
    // Three entries a row under the picture: as narrow as the picture's first columns.
    constexpr std::size_t per_row = 3;
    std::string rows;
    for (std::size_t i = 0; i < items.size(); ++i)
        rows += (i % per_row == 0 ? "<TR>" : "") + items[i] +
                (i % per_row == per_row - 1 || i + 1 == items.size() ? "</TR>" : "");
    return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\">"
           "<TR><TD COLSPAN=\"6\" BORDER=\"0\" ALIGN=\"LEFT\"><B>" +
           label_text(words("legend")) + "</B></TD></TR>" + rows + "</TABLE>";
}

/// Graphviz wants `char*` everywhere; this keeps the strings alive for the call.
class Graph {
public:
    explicit Graph(const std::string& name) {
        std::string copy = name;
        graph_ = agopen(copy.data(), Agdirected, nullptr);
    }
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    ~Graph() {
        if (graph_)
            agclose(graph_);
    }
    Agraph_t* get() const { return graph_; }

    void set_default(int kind, std::string name, std::string value) {
        agattr(graph_, kind, name.data(), value.data());
    }
    Agnode_t* node(const std::string& name) {
        std::string copy = name;
        return agnode(graph_, copy.data(), 1);
    }
    Agedge_t* edge(Agnode_t* from, Agnode_t* to) { return agedge(graph_, from, to, nullptr, 1); }

    /// A subgraph whose nodes share one rank: a column of the picture.
    Agraph_t* column(std::size_t number) {
        std::string name = "column" + std::to_string(number);
        Agraph_t* column = agsubg(graph_, name.data(), 1);
        set(column, "rank", "same");
        return column;
    }

    void set(void* object, std::string name, std::string value) {
        agsafeset(object, name.data(), value.data(), empty());
    }
    /// An HTML-like label: `markup` must already hold escaped text only.
    void set_html(void* object, std::string name, std::string markup) {
        char* html = agstrdup_html(graph_, markup.data());
        agsafeset(object, name.data(), html, empty());
        agstrfree(graph_, html);
    }

private:
    static char* empty() {
        static char nothing[] = "";
        return nothing;
    }
    Agraph_t* graph_ = nullptr;
};

/// Which way data moves on the picture: "TB" (top to bottom) or "LR" (left to right).
using Direction = const char*;

void set_defaults(Graph& graph, const Picture& picture, bool layered, Direction direction) {
    for (auto [name, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"rankdir", direction},
             {"fontname", "DejaVu Sans"},
             {"fontsize", "10"}, // the legend's
             {"bgcolor", "transparent"},
             {"pad", "0.1"},
             {"nodesep", "0.12"},
             {"ranksep", "0.3"},
             {"outputorder", "nodesfirst"}, // flow labels stay readable over a box
             {"forcelabels", "true"},
             // Bounds on dot's work, so a tangled picture still lays out in seconds.
             {"mclimit", "0.5"},
             {"nslimit", "4"},
             {"nslimit1", "4"},
             {"searchsize", "30"}})
        graph.set_default(AGRAPH, name, value);
    if (!layered)
        for (auto [name, value] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"overlap", "prism"}, {"splines", "false"}, {"K", "1.2"}, {"sep", "+8"}})
            graph.set_default(AGRAPH, name, value);
    graph.set_default(AGRAPH, "id", picture.id);
    for (auto [name, value] :
         std::initializer_list<std::pair<const char*, const char*>>{{"fontname", "DejaVu Sans"},
                                                                    {"fontsize", "10"},
                                                                    {"margin", "0.08,0.04"},
                                                                    {"penwidth", "1"}})
        graph.set_default(AGNODE, name, value);
    for (auto [name, value] :
         std::initializer_list<std::pair<const char*, const char*>>{{"fontname", "DejaVu Sans"},
                                                                    {"fontsize", "9"},
                                                                    {"color", "#555555"},
                                                                    {"arrowsize", "0.6"},
                                                                    {"penwidth", "1"}})
        graph.set_default(AGEDGE, name, value);
}

void add_node(Graph& graph, Agnode_t* node, const Node& content) {
    const Look& look = looks[static_cast<std::size_t>(content.kind)];
    const Look& colours = content.alert ? alert_look : look;
    graph.set_html(node, "label", node_label(content));
    graph.set(node, "shape", look.shape);
    graph.set(node, "style", look.style);
    graph.set(node, "fillcolor", colours.fill);
    graph.set(node, "color", colours.border);
    if (content.alert)
        graph.set(node, "penwidth", "2");
    if (content.members > 1)
        graph.set(node, "peripheries", "2");
    if (!content.href.empty())
        graph.set(node, "URL", content.href);
    graph.set(node, "tooltip", tooltip_text(content.tooltip));
}

/// Whether the link is labelled with the category groups it carries. An operator receives
/// what its system holds: the link into the system names it already.
bool labelled(const Edge& edge, bool flow_labels) {
    return flow_labels && edge.style != EdgeStyle::location &&
           edge.style != EdgeStyle::operated_by &&
           (!edge.categories.empty() || !edge.transform.empty());
}

/// The colour of a flow's line and label; null for other links (the default colours).
const char* flow_colour_of(const Edge& edge) {
    if (edge.style != EdgeStyle::flow)
        return nullptr;
    return edge.special ? special_colour : flow_colour;
}

/// `label`: the attribute for the link's label ("label": dot lays it out and keeps room for
/// it; "xlabel": placed after the layout, wherever there is room), null for none.
void add_edge(Graph& graph, Agedge_t* edge, const Edge& content, const char* label) {
    switch (content.style) {
    case EdgeStyle::relation:
        break;
    case EdgeStyle::operated_by:
        graph.set(edge, "style", "dashed");
        break;
    case EdgeStyle::location:
        graph.set(edge, "style", "dotted");
        graph.set(edge, "arrowhead", "none");
        graph.set(edge, "color", "#999999");
        break;
    case EdgeStyle::flow:
        graph.set(edge, "color", flow_colour_of(content));
        graph.set(edge, "penwidth", "1.4");
        graph.set(edge, "fontcolor", flow_colour_of(content));
        break;
    }
    if (label)
        graph.set(edge, label, edge_label(content));
    if (content.count > 1) {
        // One more point of width per 4x more links, up to 4: 1.0, 1.5, 2.0 …
        int tenths =
            std::min(10 + static_cast<int>(5 * std::log2(static_cast<double>(content.count))), 40);
        graph.set(edge, "penwidth",
                  std::to_string(tenths / 10) + "." + std::to_string(tenths % 10));
        graph.set(edge, "tooltip", std::to_string(content.count));
    }
}

/// A link's label as a node of its own, text only: dot gives it room like any box, so it lands
/// on no other box.
Agnode_t* add_label_node(Graph& graph, const std::string& name, const Edge& content) {
    Agnode_t* node = graph.node(name);
    graph.set(node, "shape", "plaintext");
    graph.set(node, "label", edge_label(content));
    graph.set(node, "fontsize", "9");
    graph.set(node, "margin", "0.02");
    if (const char* colour = flow_colour_of(content))
        graph.set(node, "fontcolor", colour);
    return node;
}

/// A link drawn through its label node: a line into the label, an arrow out of it.
void add_edge_through(Graph& graph, Agnode_t* from, Agnode_t* label, Agnode_t* to,
                      const Edge& content) {
    Agedge_t* into = graph.edge(from, label);
    add_edge(graph, into, content, nullptr);
    graph.set(into, "arrowhead", "none");
    add_edge(graph, graph.edge(label, to), content, nullptr);
}

/// Big pictures or pictures with many links go to sfdp: dot can take minutes on them.
bool fits_dot(const Picture& picture) {
    return picture.nodes.size() <= 400 && picture.edges.size() <= 1600;
}

/// One column per kind present, in the order data moves, held in place by a chain of
/// invisible nodes: without it dot would put systems and parties side by side.
std::array<Agraph_t*, kind_count> add_columns(Graph& graph, const Picture& picture) {
    std::array<Agraph_t*, kind_count> columns{};
    for (const auto& entry : picture.nodes)
        columns[static_cast<std::size_t>(entry.second.kind)] = graph.get();
    Agnode_t* previous = nullptr;
    for (std::size_t kind = 0; kind < kind_count; ++kind) {
        if (!columns[kind])
            continue;
        columns[kind] = graph.column(kind);
        Agnode_t* spine = graph.node("column" + std::to_string(kind));
        agsubnode(columns[kind], spine, 1);
        for (auto [name, value] : {std::pair{"style", "invis"},
                                   {"label", ""},
                                   {"width", "0"},
                                   {"height", "0"},
                                   {"fixedsize", "true"}})
            graph.set(spine, name, value);
        if (previous)
            graph.set(graph.edge(previous, spine), "style", "invis");
        previous = spine;
    }
    return columns;
}

/// Links that fan out from one box to boxes of one column two or more columns on, carrying the
/// same (style and label): a busy activity's recipients.
using Fan = std::tuple<std::string_view, EdgeStyle, std::string, char>; // from, style, label, to
using FanLinks = std::vector<std::pair<std::string_view, const Edge*>>; // to, link
constexpr std::size_t least_fan = 3;

/// The fans of at least `least_fan` labelled links: drawn as one line into one label and
/// arrows out of it, they take one label's room instead of one per link.
std::map<Fan, FanLinks> fans_of(const Picture& picture) {
    std::map<Fan, FanLinks> fans;
    for (const auto& [key, content] : picture.edges) {
        const auto& [from, to, style] = key;
        if (labelled(content, picture.flow_labels) && to.front() >= from.front() + 2)
            fans[{from, style, edge_label(content), to.front()}].emplace_back(to, &content);
    }
    std::erase_if(fans, [](const auto& fan) { return fan.second.size() < least_fan; });
    return fans;
}

/// `label_boxes`: labels of links within one column as boxes of their own (add_label_node),
/// else placed after the layout.
void build(Graph& graph, const Picture& picture, const Words& words, bool layered,
           Direction direction, bool label_boxes) {
    set_defaults(graph, picture, layered, direction);
    std::map<std::string_view, Agnode_t*> nodes;
    std::size_t number = 0;
    std::array<Agraph_t*, kind_count> columns{};
    if (layered)
        columns = add_columns(graph, picture);
    for (const auto& [key, content] : picture.nodes) {
        Agnode_t* node = graph.node("n" + std::to_string(number++));
        add_node(graph, node, content);
        nodes.emplace(key, node);
        if (layered)
            agsubnode(columns[static_cast<std::size_t>(content.kind)], node, 1);
    }
    std::set<const Edge*> fanned; // drawn through their fan's label
    if (layered && !getenv("NOFAN"))
        for (const auto& [fan, links] : fans_of(picture)) {
            Agnode_t* label =
                add_label_node(graph, "l" + std::to_string(number++), *links.front().second);
            Agedge_t* into = graph.edge(nodes.at(std::get<0>(fan)), label);
            add_edge(graph, into, *links.front().second, nullptr);
            graph.set(into, "arrowhead", "none");
            for (const auto& [to, content] : links) {
                add_edge(graph, graph.edge(label, nodes.at(to)), *content, nullptr);
                fanned.insert(content);
            }
        }
    for (const auto& [key, content] : picture.edges) {
        if (fanned.count(&content))
            continue;
        Agnode_t *from = nodes.at(std::get<0>(key)), *to = nodes.at(std::get<1>(key));
        bool label = labelled(content, picture.flow_labels);
        // Node keys start with their column.
        std::size_t column = static_cast<std::size_t>(std::get<0>(key).front() - '0');
        bool within_column = std::get<1>(key).front() == std::get<0>(key).front();
        // Graphviz 2.43's dot corrupts memory laying out labels on links within one column
        // (flat_edges): such a label is placed after the layout (xlabel), or, where that lands
        // on a box, goes between the two ends in their column, taking room of its own there.
        if (label && layered && within_column && label_boxes) {
            Agnode_t* between = add_label_node(graph, "l" + std::to_string(number++), content);
            agsubnode(columns[column], between, 1);
            add_edge_through(graph, from, between, to, content);
        } else
            add_edge(graph, graph.edge(from, to), content,
                     !label                      ? nullptr
                     : layered && !within_column ? "label"
                                                 : "xlabel");
    }
    // The legend under the picture, where it takes no column of its own.
    graph.set_html(graph.get(), "label", legend_label(picture, words));
    graph.set(graph.get(), "labelloc", "b");
    graph.set(graph.get(), "labeljust", "l");
}

// ---- Graphviz's process-wide state ----

std::mutex& graphviz_lock() {
    static std::mutex lock;
    return lock;
}

std::string& graphviz_messages() {
    static std::string messages;
    return messages;
}

int collect_message(char* message) {
    graphviz_messages() += message;
    return 0;
}

GVC_t* graphviz() {
    static GVC_t* context = [] {
        agseterrf(collect_message); // Graphviz's complaints become diagnostics, not stderr noise
        return gvContext();
    }();
    return context;
}

/// Everything from `<svg` on, without comments or <title>s, scaled to its container.
std::string tidy_svg(std::string_view raw, const std::string& title) {
    std::string out;
    std::size_t at = raw.find("<svg");
    while (at != std::string_view::npos && at < raw.size()) {
        std::size_t comment = raw.find("<!--", at), named = raw.find("<title>", at);
        std::size_t next = std::min(comment, named);
        out += raw.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
        if (next == std::string_view::npos)
            break;
        std::size_t end = next == comment ? raw.find("-->", next) : raw.find("</title>", next);
        at = end == std::string_view::npos ? end : end + (next == comment ? 3 : 8);
        if (at < raw.size() && raw[at] == '\n')
            ++at;
    }
    // <svg width="612pt" height="116pt"\n viewBox=... → viewBox only, as wide as the page allows.
    std::size_t width = out.find(" width=\""), view_box = out.find("viewBox=\"");
    if (width != std::string::npos && view_box != std::string::npos && width < view_box) {
        std::size_t width_end = out.find('"', width + 8);
        std::string natural = out.substr(width + 8, width_end - width - 8);
        out.replace(width, view_box - width,
                    " style=\"width:100%;max-width:" + natural + ";height:auto\" role=\"img\" ");
    }
    std::size_t open_end = out.find('>');
    if (open_end != std::string::npos)
        out.insert(open_end + 1, "\n<title>" + xml_text(title) + "</title>");
    return out;
}

/// The width and height of the picture in points (Graphviz draws 1 unit = 1 pt), from its
/// viewBox "0.00 0.00 612.00 116.00".
std::pair<double, double> natural_size(std::string_view svg) {
    std::array<double, 4> box{};
    std::size_t at = svg.find("viewBox=\"");
    if (at == std::string_view::npos)
        return {0, 0};
    const char* next = svg.data() + at + 9;
    const char* end = svg.data() + svg.size();
    for (double& number : box) {
        while (next < end && *next == ' ')
            ++next;
        next = std::from_chars(next, end, number).ptr;
    }
    return {box[2], box[3]};
}

/// Whether a label placed after the layout (xlabel) covers a box: Graphviz 2.43 puts it
/// wherever it finds room, which is not always off the boxes.
bool xlabel_on_box(Agraph_t* graph) {
    std::vector<boxf> boxes;
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node))
        if (ND_width(node) > 0) { // not a column's invisible spine
            double half_width = ND_width(node) * 36, half_height = ND_height(node) * 36;
            boxes.push_back({{ND_coord(node).x - half_width, ND_coord(node).y - half_height},
                             {ND_coord(node).x + half_width, ND_coord(node).y + half_height}});
        }
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node))
        for (Agedge_t* edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            const textlabel_t* label = ED_xlabel(edge);
            if (!label || !label->set)
                continue;
            // A point of slack: a label may touch a box.
            double half_width = label->dimen.x / 2 - 1, half_height = label->dimen.y / 2 - 1;
            for (const boxf& box : boxes)
                if (label->pos.x + half_width > box.LL.x && label->pos.x - half_width < box.UR.x &&
                    label->pos.y + half_height > box.LL.y && label->pos.y - half_height < box.UR.y)
                    return true;
        }
    return false;
}

/// A layout, and whether a label placed after it covers a box.
struct LaidOut {
    Svg svg;
    bool label_on_box = false;
};

LaidOut lay_out(const Picture& picture, const Words& words, Direction direction, bool label_boxes) {
    std::lock_guard lock(graphviz_lock());
    GVC_t* context = graphviz();
    graphviz_messages().clear();
    bool layered = fits_dot(picture);
    Graph graph("lineage");
    build(graph, picture, words, layered, direction, label_boxes);
    LaidOut laid_out;
    Svg& svg = laid_out.svg;
    char* data = nullptr;
    unsigned int length = 0;
    if (gvLayout(context, graph.get(), layered ? "dot" : "sfdp") == 0) {
        laid_out.label_on_box = layered && !label_boxes && xlabel_on_box(graph.get());
        if (gvRenderData(context, graph.get(), "svg", &data, &length) == 0 && data) {
            svg.text = tidy_svg(std::string_view(data, length), picture.title);
            std::tie(svg.width, svg.height) = natural_size(svg.text);
            svg.grouped = picture.grouped;
        }
        gvFreeRenderData(data);
        gvFreeLayout(context, graph.get());
    }
    if (svg.text.empty() || !graphviz_messages().empty()) {
        Diagnostic problem;
        problem.rule = Symbol(report_rule::diagram.id);
        problem.severity = svg.text.empty() ? Severity::error : Severity::warning;
        problem.message = (svg.text.empty() ? "cannot draw" : "trouble drawing") +
                          std::string(" the lineage diagram `") + clean(picture.title) +
                          "`: Graphviz said: " + clean(graphviz_messages());
        problem.help = "check the Graphviz installation (`dot -V`, `dot -c`)";
        svg.diagnostics.push_back(std::move(problem));
    }
    return laid_out;
}

/// The labelled links within one column.
std::size_t labels_within_columns(const Picture& picture) {
    return std::count_if(picture.edges.begin(), picture.edges.end(), [&](const auto& entry) {
        const auto& [from, to, style] = entry.first;
        return from.front() == to.front() && labelled(entry.second, picture.flow_labels);
    });
}

/// More label boxes in a column than this take more room than the page has: measured on
/// generated models, a third layout for them was hardly ever kept (docs/diagrams.md).
constexpr std::size_t most_label_boxes = 2;

/// The layout `first` (laid out `direction`), or where a label placed after it covers a box,
/// the picture laid out again with the labels of links within a column as boxes of their own:
/// kept unless that prints below 8 pt and smaller than `first` (boxes in a column of many take
/// much room).
Svg clear_of_boxes(LaidOut first, const Picture& picture, const Words& words, Direction direction,
                   const PrintScale& print_scale) {
    if (!first.label_on_box || first.svg.text.empty() ||
        labels_within_columns(picture) > most_label_boxes)
        return std::move(first.svg);
    LaidOut boxed = lay_out(picture, words, direction, true);
    if (boxed.svg.text.empty())
        return std::move(first.svg);
    if (!print_scale)
        return std::move(boxed.svg);
    double before = print_scale(first.svg.width, first.svg.height);
    double after = print_scale(boxed.svg.width, boxed.svg.height);
    return std::move(after >= std::min(before, least_print_scale) ? boxed.svg : first.svg);
}

/// Top to bottom, which suits an upright page: the links' labels take rows, not columns. A
/// picture too wide for its page that way at 8 pt (many boxes of one kind) is laid out left to
/// right too, and the one that prints larger kept: a second layout only where it may help. Only
/// the one kept is laid out again for labels on boxes (clear_of_boxes).
Svg render(const Picture& picture, const Words& words, const PrintScale& print_scale) {
    LaidOut down = lay_out(picture, words, "TB", false);
    if (!print_scale || down.svg.text.empty() || !fits_dot(picture))
        return clear_of_boxes(std::move(down), picture, words, "TB", print_scale);
    double scale = print_scale(down.svg.width, down.svg.height);
    if (scale >= least_print_scale)
        return clear_of_boxes(std::move(down), picture, words, "TB", print_scale);
    LaidOut across = lay_out(picture, words, "LR", false);
    if (across.svg.text.empty() || print_scale(across.svg.width, across.svg.height) <= scale)
        return clear_of_boxes(std::move(down), picture, words, "TB", print_scale);
    return clear_of_boxes(std::move(across), picture, words, "LR", print_scale);
}

} // namespace

// ---- the public face ----

std::size_t LineageDiagrams::most_per_column() const {
    return options_.max_nodes / kind_count;
}

LineageDiagrams::LineageDiagrams(const Model& model, const LineageGraph& graph,
                                 DiagramOptions options)
    : model_(model), graph_(graph), options_(std::move(options)),
      flows_under_(model.activities.size()) {
    for (EdgeId e = 0; e < graph_.edges().size(); ++e)
        if (const LineageEdge& edge = graph_.edge(e);
            edge.origin == EdgeOrigin::flow && edge.activity)
            flows_under_[*edge.activity].push_back(e);
}

Svg LineageDiagrams::summary() const {
    Words words(options_.text);
    Lineage lineage(model_, graph_, words);
    for (std::size_t a = 0; a < model_.activities.size(); ++a)
        lineage.add_activity(a, flows_under_[a]);
    for (EdgeId e = 0; e < graph_.edges().size(); ++e)
        if (graph_.edge(e).origin == EdgeOrigin::flow)
            lineage.add_edge(e);
    std::string title = model_.info.title.empty() ? "Lineage" : model_.info.title;
    Picture picture = lineage.finish("diagram-summary", title);
    return render(summarise(std::move(picture), options_.max_nodes, words), words,
                  options_.print_scale);
}

Svg LineageDiagrams::activity(std::size_t a) const {
    Words words(options_.text);
    Lineage lineage(model_, graph_, words);
    lineage.add_activity(a, flows_under_[a]);
    const Activity& activity = model_.activities[a];
    Picture picture = lineage.finish("diagram-" + reports::anchor_of("activity", activity.id),
                                     activity.name.empty() ? activity.id : activity.name);
    return render(summarise(std::move(picture), options_.max_nodes, words), words,
                  options_.print_scale);
}

Svg LineageDiagrams::dpia(std::size_t d) const {
    const Dpia& dpia = model_.dpias[d];
    std::vector<std::size_t> activities;
    for (const Ref& activity : dpia.activities)
        if (auto handle = activity.target(EntityKind::activity))
            activities.push_back(handle->index);
    return together(activities, reports::anchor_of("dpia", dpia.id),
                    dpia.name.empty() ? dpia.id : dpia.name);
}

Svg LineageDiagrams::together(std::span<const std::size_t> activities, const std::string& id,
                              const std::string& title) const {
    Words words(options_.text);
    Lineage lineage(model_, graph_, words);
    for (std::size_t a : activities)
        lineage.add_activity(a, flows_under_[a]);
    Picture picture = lineage.finish("diagram-" + id, title);
    return render(summarise(std::move(picture), options_.max_nodes, words), words,
                  options_.print_scale);
}

} // namespace privmap
