#include "rules/transfer/transfer.h"

#include "rules/reuse.h"
#include "rules/wording.h"

#include <algorithm>
#include <array>
#include <privmap/countries.h>
#include <privmap/vocabulary.h>
#include <utility>

namespace privmap {
namespace {

/// Whether `party` falls under the part of its country's decision that is partial: Canada's
/// covers organisations subject to PIPEDA (not federal authorities), Japan's business
/// operators under the APPI, the United States' organisations certified under the DPF.
/// Without a party (a report asking about the country), Canada and Japan are adequate.
bool within_scope(std::string_view country, const Party* party) {
    if (!party)
        return country != "US";
    auto presumed = [&](AdequacyScope own) {
        return party->adequacy_scope.has_value() ? party->adequacy_scope == own
                                                 : party->role != PartyRole::authority;
    };
    if (country == "CA")
        return presumed(AdequacyScope::pipeda);
    if (country == "JP")
        return presumed(AdequacyScope::appi);
    if (country == "US")
        return party->dpf_certified || party->adequacy_scope == AdequacyScope::dpf ||
               party->adequacy_scope == AdequacyScope::dpf_hr;
    return true;
}

} // namespace

std::string_view adequacy_decision(std::string_view country, const Party* party) {
    // Commission adequacy decisions in force on adequacy_as_of (Art. 45(3); Directive
    // 95/46/EC decisions continue under Art. 45(9)).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 15> decisions{{
        {"AD", "Commission Decision 2010/625/EU (Andorra)"},
        {"AR", "Commission Decision 2003/490/EC (Argentina)"},
        {"CA", "Commission Decision 2002/2/EC (Canada, commercial organisations under PIPEDA)"},
        {"CH", "Commission Decision 2000/518/EC (Switzerland)"},
        {"FO", "Commission Decision 2010/146/EU (Faroe Islands)"},
        {"GB", "Commission Implementing Decision C(2021) 4800 (United Kingdom)"},
        {"GG", "Commission Decision 2003/821/EC (Guernsey)"},
        {"IL", "Commission Decision 2011/61/EU (Israel)"},
        {"IM", "Commission Decision 2004/411/EC (Isle of Man)"},
        {"JE", "Commission Decision 2008/393/EC (Jersey)"},
        {"JP", "Commission Implementing Decision (EU) 2019/419 (Japan, business operators under "
               "the APPI)"},
        {"KR", "Commission Implementing Decision (EU) 2022/254 (Republic of Korea)"},
        {"NZ", "Commission Decision 2013/65/EU (New Zealand)"},
        {"US", "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)"},
        {"UY", "Commission Decision 2012/484/EU (Uruguay)"},
    }};
    auto found = std::find_if(decisions.begin(), decisions.end(),
                              [&](const auto& d) { return d.first == country; });
    if (found == decisions.end() || !within_scope(country, party))
        return "";
    return found->second;
}

} // namespace privmap

namespace privmap::rules::transfer {
namespace {

Message why_outside(std::string_view country, const Party& party) {
    if (country == "US")
        return {"transfer.gap.us", {{"party", party.id}}};
    Message because = party.role == PartyRole::authority && !party.adequacy_scope
                          ? Message{"transfer.gap.authority", {{"party", party.id}}}
                          : Message{"transfer.gap.scope-set",
                                    {{"party", party.id},
                                     {"scope", std::string(to_name(*party.adequacy_scope))}}};
    return {"transfer.gap.scope",
            {{"country", std::string(country)}, {"because", std::vector{std::move(because)}}}};
}

} // namespace

bool third_country(std::string_view country) {
    return !country.empty() && country != "unknown" && !in_eea(country);
}

Message adequacy_gap(const Context& context, std::string_view country, const Party* party,
                     VertexId destination) {
    if (!third_country(country))
        return {};
    if (adequacy_decision(country, nullptr).empty() && country != "US")
        return {"transfer.gap.no-decision",
                {{"country", std::string(country)}, {"as_of", std::string(adequacy_as_of)}}};
    if (adequacy_decision(country, party).empty())
        return party ? why_outside(country, *party)
                     : Message{"transfer.gap.some-recipients", {{"country", std::string(country)}}};
    if (country == "US" && party->adequacy_scope != AdequacyScope::dpf_hr &&
        context.staff_data[destination])
        return {"transfer.gap.dpf-hr", {{"party", party->id}}};
    return {};
}

std::vector<bool> staff_data_reaching(const Model& model, const LineageGraph& graph) {
    std::vector<bool> about_staff(model.activities.size());
    for (std::size_t a = 0; a < model.activities.size(); ++a)
        about_staff[a] = !own_staff_of(model, model.activities[a]).empty();
    std::vector<bool> used_about_staff(model.systems.size());
    for (std::size_t s = 0; s < model.systems.size(); ++s) {
        auto users = graph.activities_using(s);
        used_about_staff[s] =
            std::any_of(users.begin(), users.end(), [&](std::size_t a) { return about_staff[a]; });
    }
    auto brings_staff_data = [&](const LineageEdge& edge) {
        const LineageVertex& from = graph.vertex(edge.from);
        return edge.personal() &&
               ((edge.activity && about_staff[*edge.activity]) ||
                (from.kind == VertexKind::activity && about_staff[from.index]) ||
                (from.kind == VertexKind::subject && model.subjects[from.index].own_staff) ||
                (from.kind == VertexKind::system && used_about_staff[from.index]));
    };
    // The edges read in their order, not through each vertex's in-edges: in a large model
    // they are tens of megabytes, and reading them by id would miss the cache at each one.
    std::vector<bool> reached(graph.vertex_count());
    for (const LineageEdge& edge : graph.edges())
        if (!reached[edge.to] && brings_staff_data(edge))
            reached[edge.to] = true;
    return reached;
}

bool needs_safeguard(const Context& context, std::string_view country, const Party* party,
                     VertexId destination) {
    return !adequacy_gap(context, country, party, destination).empty();
}

std::vector<std::string> hosted_systems(const Context& context, const Party& party) {
    std::vector<std::string> hosted;
    for (std::size_t s = 0; s < context.model.systems.size(); ++s) {
        const System& system = context.model.systems[s];
        if (system.operated_by && system.operated_by->id == party.id &&
            !context.graph.categories_reaching(context.graph.system_vertex(s)).empty())
            hosted.push_back(system.id);
    }
    return hosted;
}

Message derogation_gap(const Context& context, const Party& party) {
    if (party.safeguard != Safeguard::derogation)
        return {};
    if (party.transfers == TransferPattern::systematic)
        return {"transfer.gap.derogation-systematic", {{"party", party.id}}};
    auto hosted = hosted_systems(context, party);
    if (!hosted.empty())
        return {"transfer.gap.derogation-hosts",
                {{"party", party.id}, {"systems", ticked_list(hosted)}}};
    return {};
}

bool has_safeguard(const Context& context, const Party& party) {
    return party.safeguard && *party.safeguard != Safeguard::adequacy &&
           derogation_gap(context, party).empty();
}
const Party* operator_of(const Model& model, const System& system) {
    return system.operated_by ? model.target<Party>(*system.operated_by) : nullptr;
}

} // namespace privmap::rules::transfer
