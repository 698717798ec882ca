// derive_facts(): the per-activity and per-DPIA facts every output reads (privmap/facts.h).
#include "facts/facts.h"

#include "rules/dpia/dpia.h"
#include "rules/reach.h"
#include "rules/retention/retention.h"
#include "rules/rule.h"
#include "rules/transfer/transfer.h"

#include <algorithm>
#include <deque>
#include <map>
#include <privmap/countries.h>
#include <privmap/vocabulary.h>
#include <tuple>
#include <unordered_map>

namespace privmap {

std::string_view to_string(Answer answer) {
    static constexpr std::string_view names[] = {"no", "yes", "not-recorded"};
    return names[static_cast<std::size_t>(answer)];
}

std::string_view to_string(Sensitivity kind) {
    static constexpr std::string_view names[] = {"special", "criminal", "national-id"};
    return names[static_cast<std::size_t>(kind)];
}

std::string_view to_string(PriorConsultation state) {
    static constexpr std::string_view names[] = {"consulted", "required", "not-required",
                                                 "not-recorded"};
    return names[static_cast<std::size_t>(state)];
}

std::string_view to_string(DpiaState state) {
    static constexpr std::string_view names[] = {"approved", "draft", "missing", "not-required",
                                                 "not-screened"};
    return names[static_cast<std::size_t>(state)];
}

std::string_view to_string(DpaState state) {
    static constexpr std::string_view names[] = {"recorded", "missing", "not-applicable"};
    return names[static_cast<std::size_t>(state)];
}

bool needs_dpa(const Party& party) {
    return party.role == PartyRole::processor || party.role == PartyRole::sub_processor;
}

std::string_view to_string(RiskLevel level) {
    static constexpr std::string_view names[] = {"low", "medium", "high", "unknown"};
    return names[static_cast<std::size_t>(level)];
}

std::string_view to_string(DpiaPart part) {
    static constexpr std::string_view names[] = {"description", "necessity", "risks", "measures",
                                                 "dpo-advice"};
    return names[static_cast<std::size_t>(part)];
}

RiskLevel risk_level(std::optional<Level> severity, std::optional<Level> likelihood) {
    if (!severity || !likelihood)
        return RiskLevel::unknown;
    if (*severity >= Level::significant && *likelihood >= Level::significant)
        return RiskLevel::high;
    if (*severity <= Level::limited && *likelihood <= Level::limited)
        return RiskLevel::low;
    return RiskLevel::medium;
}

std::string retention_period(const RetentionRule& rule) {
    if (rule.kind == PeriodKind::duration)
        return rule.period.str();
    std::string text(to_name(rule.kind));
    if (rule.max)
        text += " (max " + rule.max->str() + ")";
    return text;
}

std::vector<RetentionLine> retention_lines(const ActivityFacts& facts) {
    std::vector<RetentionLine> lines;
    for (const RetentionFact& fact : facts.retention) {
        auto line = std::find_if(lines.begin(), lines.end(), [&](const RetentionLine& l) {
            return l.rule == fact.rule && l.owner == fact.owner;
        });
        if (line == lines.end())
            line = lines.insert(lines.end(), RetentionLine{fact.rule, fact.owner, {}});
        line->categories.push_back(fact.category);
    }
    return lines;
}

namespace {

/// How the walk from an activity first reached a vertex: by which edge, after how many, and
/// through which vertex LineagePath::end_hops edges in (where a long path's kept start ends).
struct Visit {
    EdgeId via = 0;
    std::size_t hops = 0;
    VertexId anchor = 0;
};
using Visits = std::unordered_map<VertexId, Visit>;

/// The last `count` edges of the walk's way to `to`, in walk order.
std::vector<EdgeId> edges_before(const LineageGraph& graph, const Visits& visits, VertexId to,
                                 std::size_t count) {
    std::vector<EdgeId> edges;
    for (VertexId at = to; edges.size() < count; at = graph.edge(edges.back()).from)
        edges.push_back(visits.at(at).via);
    std::reverse(edges.begin(), edges.end());
    return edges;
}

/// The walk's way to `v`, cut as every long path is (its first and last end_hops edges), so
/// that it costs the same at any depth: along a chain of 20,000 processors, paths of every
/// length would have held 200 million edges.
LineagePath walked_path(const LineageGraph& graph, const Visits& visits, VertexId v) {
    constexpr std::size_t ends = LineagePath::end_hops;
    const Visit& visit = visits.at(v);
    LineagePath path;
    if (visit.hops <= 2 * ends + 1) {
        path.edges = edges_before(graph, visits, v, visit.hops);
        return path;
    }
    path.edges = edges_before(graph, visits, visit.anchor, ends);
    std::vector<EdgeId> last = edges_before(graph, visits, v, ends);
    path.edges.insert(path.edges.end(), last.begin(), last.end());
    path.omitted = visit.hops - 2 * ends;
    return path;
}

/// The parties and systems an activity's personal data reaches downstream, each with the path
/// there. Another activity is a processing of its own with its own register entry: the walk
/// stops there, and a flow that serves another activity is not followed.
std::vector<std::pair<VertexId, LineagePath>> reached_from(const LineageGraph& graph,
                                                           std::size_t activity) {
    VertexId start = graph.activity_vertex(activity);
    Visits visits; // only what this activity reaches: no array the size of the whole graph
    std::vector<std::pair<VertexId, LineagePath>> reached;
    std::deque<VertexId> queue{start};
    while (!queue.empty()) {
        VertexId v = queue.front();
        queue.pop_front();
        Visit here{0, 0, start};
        if (v != start) {
            here = visits.at(v);
            VertexKind kind = graph.vertex(v).kind;
            if (kind == VertexKind::party || kind == VertexKind::system)
                reached.emplace_back(v, walked_path(graph, visits, v));
            if (kind == VertexKind::activity)
                continue;
        }
        for (EdgeId e : graph.out_edges(v)) {
            const LineageEdge& edge = graph.edge(e);
            if (!edge.personal() || edge.to == start || visits.count(edge.to) ||
                (edge.origin == EdgeOrigin::flow && edge.activity && *edge.activity != activity))
                continue;
            std::size_t hops = here.hops + 1;
            visits.emplace(edge.to,
                           Visit{e, hops, hops <= LineagePath::end_hops ? edge.to : here.anchor});
            queue.push_back(edge.to);
        }
    }
    return reached;
}

/// Whether adequacy or the importer's own safeguard covers data reaching `destination`: the
/// judgement transfer.no-safeguard makes (adequacy scoped by recipient, derogations only for
/// occasional transfers).
Answer covered(const rules::Context& context, std::string_view country, const Party& importer,
               VertexId destination) {
    if (country == "unknown")
        return Answer::not_recorded;
    return !rules::transfer::needs_safeguard(context, country, &importer, destination) ||
                   rules::transfer::has_safeguard(context, importer)
               ? Answer::yes
               : Answer::no;
}

TransferFact transfer_to(const rules::Context& context, VertexId v, std::string destination,
                         std::size_t importer, const Party& party, std::string country,
                         LineagePath path) {
    TransferFact transfer;
    transfer.destination = std::move(destination);
    transfer.importer = importer;
    transfer.country = std::move(country);
    transfer.path = std::move(path);
    transfer.safeguard = party.safeguard;
    transfer.derogation = party.derogation;
    transfer.tia = party.tia;
    if (!rules::transfer::needs_safeguard(context, transfer.country, &party, v)) {
        transfer.adequacy = adequacy_decision(transfer.country, &party);
        transfer.data_privacy_framework = !transfer.adequacy.empty() && transfer.country == "US";
    }
    transfer.covered = covered(context, transfer.country, party, v);
    return transfer;
}

/// Records the activity of `facts` on every party and system its data reaches.
void add_recipients_and_transfers(const rules::Context& context, ActivityFacts& facts,
                                  std::vector<SystemFacts>& systems) {
    const Model& model = context.model;
    const Activity& activity = model.activities[facts.activity];
    for (const Ref& ref : activity.recipients)
        if (auto handle = ref.target(EntityKind::party))
            facts.recipients.push_back({handle->index, true, {}});
    auto recipient = [&](std::size_t party) {
        return std::find_if(facts.recipients.begin(), facts.recipients.end(),
                            [&](const RecipientFact& r) { return r.party == party; });
    };
    for (auto& [v, path] : reached_from(context.graph, facts.activity)) {
        const LineageVertex& vertex = context.graph.vertex(v);
        if (vertex.kind == VertexKind::party) {
            auto found = recipient(vertex.index);
            if (found == facts.recipients.end())
                found = facts.recipients.insert(facts.recipients.end(), {vertex.index, false, {}});
            found->path = path;
            if (is_transfer_destination(model.parties[vertex.index]))
                facts.transfers.push_back(transfer_to(context, v, vertex.id, vertex.index,
                                                      model.parties[vertex.index], vertex.country,
                                                      std::move(path)));
        } else if (vertex.kind == VertexKind::system) {
            systems[vertex.index].activities.push_back(facts.activity);
            const System& system = model.systems[vertex.index];
            if (const Party* operator_ = rules::transfer::operator_of(model, system);
                operator_ && is_transfer_destination(model, system))
                facts.transfers.push_back(
                    transfer_to(context, v, system.id,
                                static_cast<std::size_t>(operator_ - model.parties.data()),
                                *operator_, system.country, std::move(path)));
        }
    }
    facts.recipients_recorded = activity.has("recipients") || !facts.recipients.empty();
    std::sort(
        facts.transfers.begin(), facts.transfers.end(),
        [](const TransferFact& a, const TransferFact& b) { return a.destination < b.destination; });
}

void add_sensitive(const rules::Context& context, ActivityFacts& facts) {
    struct Kind {
        Sensitivity kind;
        const rules::CategoryProperty& property;
    };
    for (const Kind& kind : {Kind{Sensitivity::special, rules::art9_special},
                             Kind{Sensitivity::criminal, rules::criminal},
                             Kind{Sensitivity::national_id, rules::national_identifier}})
        for (rules::Reach& reach : rules::reaching(context, facts.activity, kind.property)) {
            LineagePath path;
            if (!reach.path.empty()) // it flows in: `via` is the category that arrives
                path = context.graph.path_to(context.graph.activity_vertex(facts.activity),
                                             reach.via_category);
            facts.sensitive.push_back({kind.kind, reach.origin, std::move(reach.via), path});
        }
}

/// The rule among `rules` that decides how long `category` is kept: one naming it (or a
/// broader category) before one covering everything.
const RetentionRule* deciding_rule(rules::retention::Coverage& coverage,
                                   const std::vector<RetentionRule>& rules, std::size_t category) {
    const RetentionRule* catch_all = nullptr;
    for (const RetentionRule& rule : rules) {
        if (!coverage.covers(rule, category))
            continue;
        if (!rule.categories.empty())
            return &rule;
        if (!catch_all)
            catch_all = &rule;
    }
    return catch_all;
}

void add_retention(const Model& model, rules::retention::Coverage& coverage, ActivityFacts& facts) {
    const Activity& activity = model.activities[facts.activity];
    for (const Ref& ref : activity.categories) {
        auto handle = ref.target(EntityKind::category);
        if (!handle)
            continue;
        RetentionFact fact{handle->index,
                           deciding_rule(coverage, activity.retention, handle->index), activity.id};
        for (const Ref& system_ref : activity.systems) {
            if (fact.rule)
                break;
            const System* system = model.target<System>(system_ref);
            if (!system)
                continue;
            fact.rule = deciding_rule(coverage, system->retention, handle->index);
            fact.owner = system_ref.id;
        }
        if (!fact.rule)
            fact.owner.clear();
        facts.retention.push_back(std::move(fact));
    }
}

/// Art. 15-22 and 7(3) by lawful basis (the ICO's table): erasure does not apply to a legal
/// obligation or public task (Art. 17(3)(b)), portability only to consent and contract
/// (Art. 20(1)(a)), objection only to public task and legitimate interests (Art. 21(1)).
void add_rights(const Activity& activity, ActivityFacts& facts) {
    if (activity.role == ActivityRole::processor || !activity.lawful_basis)
        return;
    facts.rights_recorded = true;
    LawfulBasis basis = *activity.lawful_basis;
    auto& rights = facts.rights;
    rights = {"access", "rectification"};
    if (basis != LawfulBasis::legal_obligation && basis != LawfulBasis::public_task)
        rights.push_back("erasure");
    rights.push_back("restriction");
    if (basis == LawfulBasis::consent || basis == LawfulBasis::contract)
        rights.push_back("portability");
    if (basis == LawfulBasis::public_task || basis == LawfulBasis::legitimate_interests)
        rights.push_back("objection");
    if (basis == LawfulBasis::consent)
        rights.push_back("withdraw-consent");
    if (activity.automated_decision)
        rights.push_back("human-intervention"); // Art. 22(3)
}

DpiaState dpia_state(const Activity& activity, const ActivityScreening& screening,
                     const Dpia* covering) {
    if (covering)
        return rules::dpia::is_approved(*covering) ? DpiaState::approved : DpiaState::draft;
    if (screening.dpia_required())
        return DpiaState::missing;
    if (!activity.screening)
        return DpiaState::not_screened;
    return activity.screening->outcome == ScreeningOutcome::required ? DpiaState::missing
                                                                     : DpiaState::not_required;
}

/// The declared measures the risks of `dpia` list, each with the risks that list it.
std::vector<DpiaMeasureFact> risk_measures(const Dpia& dpia) {
    std::vector<DpiaMeasureFact> measures;
    for (std::size_t r = 0; r < dpia.risks.size(); ++r)
        for (const Ref& ref : dpia.risks[r].measures) {
            std::optional<EntityHandle> found = ref.target(EntityKind::measure);
            if (!found)
                continue;
            auto same = [&](const DpiaMeasureFact& m) { return m.measure == found->index; };
            auto at = std::find_if(measures.begin(), measures.end(), same);
            if (at == measures.end())
                at = measures.insert(at, {found->index, {}});
            if (at->risks.empty() || at->risks.back() != r)
                at->risks.push_back(r);
        }
    return measures;
}

DpiaFacts dpia_facts(const Model& model, std::size_t index) {
    const Dpia& dpia = model.dpias[index];
    DpiaFacts facts;
    facts.dpia = index;
    facts.approved = rules::dpia::is_approved(dpia);
    bool any_high = false;
    for (const Risk& risk : dpia.risks) {
        std::optional<bool> high = stays_high(risk);
        if (!high)
            facts.unassessed.push_back(risk.id);
        any_high = any_high || high.value_or(false);
    }
    facts.residual_high = any_high                                          ? Answer::yes
                          : dpia.risks.empty() || !facts.unassessed.empty() ? Answer::not_recorded
                                                                            : Answer::no;
    facts.art36 = !dpia.prior_consultation.empty()     ? PriorConsultation::consulted
                  : facts.residual_high == Answer::yes ? PriorConsultation::required
                  : facts.residual_high == Answer::no  ? PriorConsultation::not_required
                                                       : PriorConsultation::not_recorded;
    facts.missing = rules::dpia::missing_parts(dpia);
    facts.measures = risk_measures(dpia);
    return facts;
}

/// Art. 3(2): whether the organisation processes data of people in the Union. Where the model
/// says where its data subjects are, only an EEA country among them counts; where it says
/// nothing, the model is taken to be about people in the Union.
bool targets_the_union(const Model& model) {
    bool located = false;
    for (const Subject& subject : model.subjects) {
        located = located || !subject.countries.empty();
        if (std::any_of(subject.countries.begin(), subject.countries.end(),
                        [](const std::string& country) { return in_eea(country); }))
            return true;
    }
    return !located;
}

std::vector<PartyFacts> party_facts(const Model& model, const std::vector<ActivityFacts>& facts) {
    std::vector<PartyFacts> parties(model.parties.size());
    for (std::size_t p = 0; p < parties.size(); ++p) {
        const Party& party = model.parties[p];
        parties[p].party = p;
        parties[p].dpa = !party.dpa.empty() ? DpaState::recorded
                         : needs_dpa(party) ? DpaState::missing
                                            : DpaState::not_applicable;
    }
    for (const ActivityFacts& activity : facts)
        for (const RecipientFact& recipient : activity.recipients)
            parties[recipient.party].activities.push_back(activity.activity);
    return parties;
}

/// Adds what the graph knows of each system to the activities the walk found reaching it:
/// the activities listing it (also with no categories on the way) and what it holds.
void complete_system_facts(const LineageGraph& graph, std::vector<SystemFacts>& systems) {
    for (std::size_t s = 0; s < systems.size(); ++s) {
        SystemFacts& facts = systems[s];
        facts.system = s;
        std::span<const std::size_t> using_it = graph.activities_using(s);
        facts.activities.insert(facts.activities.end(), using_it.begin(), using_it.end());
        std::sort(facts.activities.begin(), facts.activities.end());
        facts.activities.erase(std::unique(facts.activities.begin(), facts.activities.end()),
                               facts.activities.end());
        for (EdgeId e : graph.in_edges(graph.system_vertex(s)))
            if (const LineageEdge& edge = graph.edge(e); edge.personal())
                facts.categories.insert(facts.categories.end(), edge.categories.begin(),
                                        edge.categories.end());
        std::sort(facts.categories.begin(), facts.categories.end());
        facts.categories.erase(std::unique(facts.categories.begin(), facts.categories.end()),
                               facts.categories.end());
    }
}

std::vector<CountryTransfers> transfers_by_country(const std::vector<ActivityFacts>& facts) {
    std::map<std::string, std::map<std::string, TransferDestination>> countries;
    for (const ActivityFacts& activity : facts)
        for (const TransferFact& transfer : activity.transfers) {
            auto [destination, added] =
                countries[transfer.country].try_emplace(transfer.destination);
            if (added) {
                destination->second.transfer = transfer;
                destination->second.transfer.path = {};
            }
            destination->second.activities.push_back(activity.activity);
        }
    std::vector<CountryTransfers> grouped;
    for (auto& [country, destinations] : countries) {
        CountryTransfers& entry = grouped.emplace_back();
        entry.country = country;
        for (auto& [id, destination] : destinations)
            entry.destinations.push_back(std::move(destination));
    }
    return grouped;
}

/// Whether two retention rules keep data on the same terms (null: neither decides anything).
bool same_terms(const RetentionRule* a, const RetentionRule* b) {
    if (!a || !b)
        return a == b;
    return a->kind == b->kind && a->period == b->period && a->max == b->max && a->from == b->from &&
           a->basis == b->basis && a->deletion == b->deletion;
}

std::vector<RetentionScheduleLine> retention_schedule(const Model& model,
                                                      const std::vector<ActivityFacts>& facts) {
    std::vector<RetentionScheduleLine> lines;
    // The lines with each category, system, start and basis: a fact is compared on the other
    // terms with those lines only, not with every line (which made the schedule quadratic in
    // the register). The views point into the facts and the model, which outlive the map.
    using Place = std::tuple<std::size_t, std::string_view, std::string_view, std::string_view>;
    std::map<Place, std::vector<std::size_t>> lines_at;
    for (const ActivityFacts& activity : facts)
        for (const RetentionFact& fact : activity.retention) {
            bool own = fact.owner == model.activities[activity.activity].id || !fact.rule;
            std::string_view system;
            if (!own)
                system = fact.owner;
            std::string_view from, basis;
            if (fact.rule) {
                from = fact.rule->from;
                basis = fact.rule->basis;
            }
            std::vector<std::size_t>& candidates = lines_at[{fact.category, system, from, basis}];
            auto line = std::find_if(candidates.begin(), candidates.end(), [&](std::size_t l) {
                return same_terms(lines[l].rule, fact.rule);
            });
            if (line == candidates.end()) {
                line = candidates.insert(candidates.end(), lines.size());
                lines.push_back({fact.category, fact.rule, std::string(system), {}});
            }
            lines[*line].activities.push_back(activity.activity);
        }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const RetentionScheduleLine& a, const RetentionScheduleLine& b) {
                         return a.category < b.category;
                     });
    return lines;
}

} // namespace

Answer representative_required(const Model& model) {
    const auto& organisation = model.organisation;
    if (!organisation || organisation->country.empty())
        return Answer::not_recorded;
    bool required =
        !in_eea(organisation->country) && !organisation->public_body && targets_the_union(model);
    return required ? Answer::yes : Answer::no;
}

bool is_transfer_country(std::string_view country) {
    return rules::transfer::third_country(country) || country == "unknown";
}

bool is_transfer_destination(const Party& party) {
    return is_transfer_country(party.country);
}

bool is_transfer_destination(const Model& model, const System& system) {
    const Party* operator_ = rules::transfer::operator_of(model, system);
    return operator_ && operator_->country != system.country &&
           (rules::transfer::third_country(system.country) || system.country == "unknown");
}

const DpiaMeasureFact* DpiaFacts::find_measure(std::size_t measure) const {
    auto found = std::find_if(measures.begin(), measures.end(),
                              [&](const DpiaMeasureFact& m) { return m.measure == measure; });
    return found == measures.end() ? nullptr : &*found;
}

std::optional<bool> stays_high(const Risk& risk) {
    auto likelihood = risk.residual_likelihood ? risk.residual_likelihood : risk.likelihood;
    auto severity = risk.residual_severity ? risk.residual_severity : risk.severity;
    if (!likelihood || !severity)
        return std::nullopt;
    return *likelihood >= Level::significant && *severity >= Level::significant;
}

Facts derive_facts(const Model& model, const LineageGraph& graph,
                   const std::vector<ActivityScreening>& screenings) {
    AnalyzeOptions no_dates; // facts do not depend on the date
    const std::vector<Obligation> no_agenda;
    const std::vector<bool> staff_data = rules::transfer::staff_data_reaching(model, graph);
    rules::Context context{model, graph, no_dates, screenings, no_agenda, staff_data};
    Facts facts;
    facts.organisation.representative_required = representative_required(model);
    std::vector<const Dpia*> covering = rules::dpia::covering_dpias(model);
    rules::retention::Coverage coverage(graph);
    facts.systems.resize(model.systems.size());
    for (std::size_t a = 0; a < model.activities.size(); ++a) {
        const Activity& activity = model.activities[a];
        ActivityFacts& fact = facts.activities.emplace_back();
        fact.activity = a;
        add_recipients_and_transfers(context, fact, facts.systems);
        add_sensitive(context, fact);
        add_retention(model, coverage, fact);
        add_rights(activity, fact);
        fact.dpia = dpia_state(activity, context.screenings[a], covering[a]);
        if (covering[a])
            fact.covering_dpia = static_cast<std::size_t>(covering[a] - model.dpias.data());
        if (activity.has("automated_decision"))
            fact.automated_decision = activity.automated_decision ? Answer::yes : Answer::no;
    }
    for (std::size_t d = 0; d < model.dpias.size(); ++d)
        facts.dpias.push_back(dpia_facts(model, d));
    facts.parties = party_facts(model, facts.activities);
    complete_system_facts(graph, facts.systems);
    facts.transfers_by_country = transfers_by_country(facts.activities);
    facts.retention_schedule = retention_schedule(model, facts.activities);
    return facts;
}

void attach_waivers(const Model& model, const Diagnostics& findings, Facts& facts) {
    for (const Diagnostic& finding : findings) {
        if (finding.rule != "dpia.required" || !finding.waiver)
            continue;
        if (auto handle = model.find(finding.entity, EntityKind::activity))
            facts.activities[handle->index].dpia_waiver = *finding.waiver;
    }
}

} // namespace privmap
