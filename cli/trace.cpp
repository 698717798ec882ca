// `privmap trace MODEL ID`: the data map as a query. For a category, every way it moves from
// where it enters the model (its data subjects) through activities and systems to parties and
// countries; for an activity or a system, where its data comes from and everywhere it goes.
// Each stop shows the retention that applies there.
#include "commands.h"
#include "pipeline.h"

#include <algorithm>
#include <array>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <privmap/findings_output.h>
#include <privmap/safe_text.h>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::cli {
namespace {

/// A stop on the way: the vertex, the edge that led there, and the stops after it. A vertex
/// met again is shown once more, marked, without repeating what follows it.
struct Stop {
    VertexId vertex = 0;
    std::optional<EdgeId> via;
    bool repeated = false;
    std::vector<Stop> next;
};

struct Trace {
    std::string id;
    std::string kind;                 // category | activity | system
    std::vector<std::string> arrives; // activity/system: "`contact`: customers → selling"
    std::vector<Stop> roots;
    /// Of an activity: what the analyzer derived, by topic ("transfers": "`mailer` in US, ...").
    std::vector<std::pair<std::string, std::vector<std::string>>> facts;
};

/// The derived facts of an activity, as `privmap diff` names them: the same facts the
/// register and the rules read.
std::vector<std::pair<std::string, std::vector<std::string>>>
activity_facts(const Model& model, const Analysis& analysis, std::size_t activity) {
    const ActivityFacts& facts = analysis.facts.activities[activity];
    auto via = [&](const LineagePath& path) {
        return path.empty() ? std::string() : " via " + analysis.graph.describe_path(path);
    };
    std::vector<std::string> recipients, transfers, sensitive, retention;
    for (const RecipientFact& r : facts.recipients)
        recipients.push_back("`" + model.parties[r.party].id + "`" +
                             (r.declared ? " (declared)" : via(r.path)));
    for (const TransferFact& t : facts.transfers)
        transfers.push_back("`" + t.destination + "` in " + t.country +
                            ", covered: " + std::string(to_string(t.covered)) +
                            (t.adequacy.empty() ? "" : " (" + t.adequacy + ")") + via(t.path));
    for (const SensitiveFact& f : facts.sensitive)
        sensitive.push_back("`" + model.categories[f.category].id + "` (" +
                            std::string(to_string(f.kind)) + ")" + via(f.path));
    for (const RetentionFact& r : facts.retention)
        retention.push_back("`" + model.categories[r.category].id + "`: " +
                            (r.rule ? retention_period(*r.rule) + " (" + r.owner + ")"
                                    : std::string("not recorded")));
    return {{"recipients", recipients},
            {"transfers", transfers},
            {"special, criminal or national-id data", sensitive},
            {"retention", retention},
            {"dpia", {std::string(to_string(facts.dpia))}},
            {"automated decision", {std::string(to_string(facts.automated_decision))}}};
}

class Tracer {
public:
    Tracer(const Model& model, const LineageGraph& graph) : model_(model), graph_(graph) {}

    std::optional<Trace> trace(EntityHandle entity) {
        const std::string& id = model_.entity(entity).id;
        switch (entity.kind) {
        case EntityKind::category:
            category_ = entity.index;
            return trace_category(id);
        case EntityKind::activity:
            return trace_from(id, "activity", graph_.activity_vertex(entity.index));
        case EntityKind::system:
            return trace_from(id, "system", graph_.system_vertex(entity.index));
        default:
            return std::nullopt;
        }
    }

    /// The retention that applies at a stop, as written ("P2Y from end-of-contract").
    std::vector<std::string> retention_at(VertexId v) const {
        const LineageVertex& vertex = graph_.vertex(v);
        const std::vector<RetentionRule>* rules = nullptr;
        if (vertex.kind == VertexKind::activity)
            rules = &model_.activities[vertex.index].retention;
        else if (vertex.kind == VertexKind::system)
            rules = &model_.systems[vertex.index].retention;
        std::vector<std::string> texts;
        if (!rules)
            return texts;
        for (const RetentionRule& rule : *rules)
            if (!category_ || covers(rule, *category_))
                texts.push_back(describe(rule));
        if (texts.empty())
            texts.push_back("none declared");
        return texts;
    }

private:
    const Model& model_;
    const LineageGraph& graph_;
    std::optional<std::size_t> category_; // set when tracing one category
    std::set<VertexId> expanded_;

    bool follows(const LineageEdge& edge) const {
        if (!edge.personal())
            return false;
        return !category_ || graph_.carries(edge, *category_);
    }

    Stop walk(VertexId v, std::optional<EdgeId> via) {
        // Countries are leaves: listing one again repeats nothing.
        bool country = graph_.vertex(v).kind == VertexKind::country;
        Stop stop{v, via, !expanded_.insert(v).second && !country, {}};
        if (stop.repeated)
            return stop;
        for (EdgeId e : graph_.out_edges(v))
            if (follows(graph_.edge(e)))
                stop.next.push_back(walk(graph_.edge(e).to, e));
        return stop;
    }

    // The category enters the graph where it has edges out but none in: its subjects, or the
    // activities that declare it without a source.
    Trace trace_category(const std::string& id) {
        Trace trace{id, "category", {}, {}, {}};
        std::set<VertexId> has_in;
        std::set<VertexId> has_out;
        for (const LineageEdge& edge : graph_.edges())
            if (follows(edge))
                has_in.insert(edge.to), has_out.insert(edge.from);
        for (VertexId v : has_out)
            if (!has_in.count(v))
                trace.roots.push_back(walk(v, std::nullopt));
        for (VertexId v : has_out) // what only cycles reach
            if (!expanded_.count(v))
                trace.roots.push_back(walk(v, std::nullopt));
        return trace;
    }

    Trace trace_from(const std::string& id, std::string kind, VertexId v) {
        Trace trace{id, std::move(kind), {}, {}, {}};
        std::map<std::string, std::vector<std::string>> by_path;
        for (const Arrival& arrival : graph_.categories_reaching(v))
            by_path[graph_.describe_path(graph_.path_to(v, arrival.category))].push_back(
                model_.categories[arrival.category].id);
        for (const auto& [path, categories] : by_path) {
            std::string names;
            for (const std::string& c : categories)
                names += (names.empty() ? "`" : ", `") + c + "`";
            trace.arrives.push_back(names + ": " + path);
        }
        trace.roots.push_back(walk(v, std::nullopt));
        return trace;
    }

    bool covers(const RetentionRule& rule, std::size_t category) const {
        if (rule.categories.empty())
            return true;
        for (std::optional<std::size_t> c = category; c; c = model_.categories[*c].parent_index)
            for (const Ref& ref : rule.categories)
                if (ref.id == model_.categories[*c].id)
                    return true;
        return false;
    }

    static std::string describe(const RetentionRule& rule) {
        std::string text = retention_period(rule);
        if (!rule.from.empty())
            text += " from " + rule.from;
        if (!rule.categories.empty()) {
            text += " for";
            for (const Ref& ref : rule.categories)
                text += " " + ref.id;
        }
        return text;
    }
};

std::string_view kind_name(VertexKind kind) {
    switch (kind) {
    case VertexKind::subject:
        return "subject";
    case VertexKind::activity:
        return "activity";
    case VertexKind::system:
        return "system";
    case VertexKind::party:
        return "party";
    case VertexKind::country:
        return "country";
    }
    return "";
}

/// How the data got to a stop: "stored in", "flow under `newsletter`", ...
std::string how(const Model& model, const LineageEdge& edge) {
    switch (edge.origin) {
    case EdgeOrigin::flow: {
        std::string text = "flow";
        if (edge.activity)
            text += " under `" + model.activities[*edge.activity].id + "`";
        if (edge.transform == Transform::pseudonymised)
            text += ", pseudonymised";
        return text;
    }
    case EdgeOrigin::source:
        return "collected by";
    case EdgeOrigin::system:
        return "stored in";
    case EdgeOrigin::recipient:
        return "sent to";
    case EdgeOrigin::operator_:
        return "operated by";
    case EdgeOrigin::country:
        return "located in";
    }
    return "";
}

class TextWriter {
public:
    TextWriter(const Model& model, const LineageGraph& graph, const Tracer& tracer)
        : model_(model), graph_(graph), tracer_(tracer) {}

    std::string write(const Trace& trace) {
        out_ = trace.kind + " `" + trace.id + "`\n";
        if (!trace.arrives.empty()) {
            out_ += "arrives:\n";
            for (const std::string& line : trace.arrives)
                out_ += "  " + line + "\n";
        }
        if (trace.roots.empty() || (trace.roots.size() == 1 && trace.roots[0].next.empty()))
            out_ +=
                trace.kind == "category" ? "no flows carry it\n" : "its data goes nowhere else\n";
        else if (!trace.arrives.empty())
            out_ += "goes:\n";
        for (const Stop& root : trace.roots)
            stop(root, "", "");
        if (!trace.facts.empty())
            out_ += "facts:\n";
        for (const auto& [topic, lines] : trace.facts) {
            std::string joined;
            for (const std::string& line : lines)
                joined += (joined.empty() ? "" : "; ") + line;
            out_ += "  " + topic + ": " + (joined.empty() ? "none" : joined) + "\n";
        }
        return out_;
    }

private:
    const Model& model_;
    const LineageGraph& graph_;
    const Tracer& tracer_;
    std::string out_;

    void stop(const Stop& s, const std::string& lead, const std::string& indent) {
        const LineageVertex& v = graph_.vertex(s.vertex);
        out_ += lead;
        if (s.via)
            out_ += how(model_, graph_.edge(*s.via)) + " → ";
        out_ += v.id;
        if (v.kind != VertexKind::country)
            out_ += " (" + std::string(kind_name(v.kind)) +
                    (v.country.empty() ? "" : ", " + v.country) + ")";
        if (s.repeated) {
            out_ += " (see above)\n";
            return;
        }
        std::vector<std::string> retention = tracer_.retention_at(s.vertex);
        for (std::size_t i = 0; i < retention.size(); ++i)
            out_ += (i == 0 ? " · retention " : "; ") + terminal_text(retention[i]);
        out_ += "\n";
        for (std::size_t i = 0; i < s.next.size(); ++i) {
            bool last = i + 1 == s.next.size();
            stop(s.next[i], indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "));
        }
    }
};

nlohmann::json stop_json(const Model& model, const LineageGraph& graph, const Tracer& tracer,
                         const Stop& s) {
    const LineageVertex& v = graph.vertex(s.vertex);
    nlohmann::json node{{"id", v.id}, {"kind", kind_name(v.kind)}};
    if (!v.country.empty())
        node["country"] = v.country;
    if (s.via) {
        const LineageEdge& edge = graph.edge(*s.via);
        node["via"] = {{"origin", to_string(edge.origin)},
                       {"how", how(model, edge)},
                       {"where", edge.where.str()}};
        if (edge.activity)
            node["via"]["activity"] = model.activities[*edge.activity].id;
    }
    if (s.repeated) {
        node["repeated"] = true;
        return node;
    }
    if (v.kind == VertexKind::activity || v.kind == VertexKind::system)
        node["retention"] = tracer.retention_at(s.vertex);
    node["next"] = nlohmann::json::array();
    for (const Stop& next : s.next)
        node["next"].push_back(stop_json(model, graph, tracer, next));
    return node;
}

std::string json_trace(const Model& model, const LineageGraph& graph, const Tracer& tracer,
                       const Trace& trace) {
    nlohmann::json doc{{"id", trace.id}, {"kind", trace.kind}, {"arrives", trace.arrives}};
    doc["paths"] = nlohmann::json::array();
    if (!trace.facts.empty()) {
        doc["facts"] = nlohmann::json::object();
        for (const auto& [topic, lines] : trace.facts)
            doc["facts"][topic] = lines;
    }
    for (const Stop& root : trace.roots)
        doc["paths"].push_back(stop_json(model, graph, tracer, root));
    return doc.dump(2) + "\n";
}

struct Target {
    std::optional<EntityHandle> entity;
    std::string error; // when there is none
};

/// The category, activity or system that `written` names: an id, or `system:crm` where several
/// of those kinds share the id.
Target target_named(const Model& model, std::string_view written) {
    static constexpr std::array kinds{EntityKind::category, EntityKind::activity,
                                      EntityKind::system};
    Ref ref{std::string(written), {}};
    if (std::size_t colon = written.find(':'); colon != std::string_view::npos)
        if (auto kind = from_name<EntityKind>(written.substr(0, colon)))
            ref = Ref{std::string(written.substr(colon + 1)), {}, kind};
    if (auto entity = model.find(ref, kinds))
        return {entity, ""};
    std::vector<std::string> qualified;
    for (EntityKind kind : kinds)
        if (model.find(ref.id, kind))
            qualified.push_back("`" + std::string(to_name(kind)) + ":" + ref.id + "`");
    if (!ref.kind && qualified.size() > 1)
        return {std::nullopt, "`" + ref.id + "` names entities of several kinds; write " +
                                  qualified.front() + " or " + qualified.back()};
    return {std::nullopt,
            "`" + std::string(written) + "` is not a category, activity or system of the model"};
}

struct TraceArgs {
    std::string path;
    std::string id;
    std::string format = "text";
    Limits limits;
};

int run_trace(const TraceArgs& args) {
    Loaded loaded = load_and_resolve(args.path, args.limits);
    std::optional<Analysis> analysed =
        analyze_loaded(loaded, {today_or_system_date("")}, args.limits);
    if (!analysed) {
        std::cout << load_errors_text(loaded, args.limits);
        return Exit::invalid;
    }
    const Analysis& analysis = *analysed;
    const LineageGraph& graph = analysis.graph;
    Tracer tracer(loaded.model, graph);
    Target target = target_named(loaded.model, args.id);
    auto trace = target.entity ? tracer.trace(*target.entity) : std::nullopt;
    if (!trace) {
        std::cerr << "privmap: " << terminal_text(target.error) << "\n";
        return Exit::invalid;
    }
    if (trace->kind == "activity")
        trace->facts = activity_facts(loaded.model, analysis, target.entity->index);
    return print_result(args.format == "json"
                            ? json_trace(loaded.model, graph, tracer, *trace)
                            : TextWriter(loaded.model, graph, tracer).write(*trace),
                        "the trace", Exit::clean);
}

} // namespace

void add_trace_command(CLI::App& app, int& exit_code) {
    auto args = std::make_shared<TraceArgs>();
    auto* command = app.add_subcommand(
        "trace", "Show every path a category, or an activity's or system's data, "
                 "takes, with the retention at each stop");
    command->add_option("model", args->path, "model file or directory")->required();
    command->add_option("id", args->id, "a category, activity or system id")->required();
    command->add_option("--format", args->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    add_limit_option(*command, args->limits);
    command->footer(
        "Examples:\n"
        "  privmap trace examples/econnect financial      where financial data goes\n"
        "  privmap trace examples/econnect contact-form   what one activity passes on\n"
        "  privmap trace model/ crm --format json         a system's paths, for scripts");
    command->callback([args, &exit_code] { exit_code = run_trace(*args); });
}

} // namespace privmap::cli
