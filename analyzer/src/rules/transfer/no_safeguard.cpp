#include "rules/reached.h"
#include "rules/transfer/transfer.h"
#include "rules/wording.h"

namespace privmap::rules::transfer {
namespace {

/// Why neither adequacy nor the party's own safeguard carries the transfer: its parts, which
/// the note joins with "; ".
Message why_unsafe(const Context& context, std::string_view country, const Party* party,
                   VertexId destination) {
    std::vector<Message> parts{adequacy_gap(context, country, party, destination)};
    if (party && party->safeguard == Safeguard::adequacy)
        parts.push_back({"transfer.no-safeguard.adequacy-claimed", {{"party", party->id}}});
    if (Message derogation = party ? derogation_gap(context, *party) : Message{};
        !derogation.empty())
        parts.push_back(std::move(derogation));
    return {"transfer.no-safeguard.why", {{"parts", std::move(parts)}}};
}

Message fix_for(const Context& context, std::string_view country, const Party& party) {
    std::vector<Message> derogation, scope; // each a further option only where it may apply
    if (derogation_gap(context, party).empty())
        derogation.push_back({"transfer.no-safeguard.help.derogation", {}});
    if (country == "US")
        scope.push_back({"transfer.no-safeguard.help.dpf", {}});
    if (country == "CA" || country == "JP")
        scope.push_back({"transfer.no-safeguard.help.scope",
                         {{"scope", std::string(country == "CA" ? "pipeda" : "appi")}}});
    return {
        "transfer.no-safeguard.help",
        {{"party", party.id}, {"derogation", std::move(derogation)}, {"scope", std::move(scope)}}};
}

void report(const Context& context, Findings& findings, VertexId v, const Entity& destination,
            std::string_view kind, std::string_view country, const Party* party) {
    LineagePath path = first_path(context, v);
    Diagnostic& d = findings.add(no_safeguard.info, destination.id, destination.at("country"),
                                 {"transfer.no-safeguard",
                                  {{"kind", std::string(kind)},
                                   {"entity", destination.id},
                                   {"country", std::string(country)},
                                   {"data", std::vector<Message>{reaching_summary(context, v)}},
                                   {"path", context.graph.describe_path(path)}}},
                                 party ? fix_for(context, country, *party) : Message{});
    d.notes.push_back(
        {why_unsafe(context, country, party, v),
         party ? party->at(party->safeguard ? "safeguard" : "adequacy_scope") : destination.where});
    add_path_notes(context, d, path);
}

void check_no_safeguard(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t i = 0; i < model.parties.size(); ++i) {
        const Party& party = model.parties[i];
        VertexId v = context.graph.party_vertex(i);
        if (context.graph.categories_reaching(v).empty() || !is_transfer_destination(party) ||
            !needs_safeguard(context, party.country, &party, v) || has_safeguard(context, party))
            continue;
        report(context, findings, v, party, "party", party.country, &party);
    }
    // A system abroad is judged by its operator (is_transfer_destination: the definition the
    // register and `diff` use too).
    for (std::size_t i = 0; i < model.systems.size(); ++i) {
        const System& system = model.systems[i];
        const Party* operator_party = operator_of(model, system);
        VertexId v = context.graph.system_vertex(i);
        if (!is_transfer_destination(model, system) ||
            context.graph.categories_reaching(v).empty() ||
            !needs_safeguard(context, system.country, operator_party, v) ||
            has_safeguard(context, *operator_party))
            continue;
        report(context, findings, v, system, "system", system.country, operator_party);
    }
}

} // namespace

const Rule no_safeguard{
    {
        .id = "transfer.no-safeguard",
        .severity = Severity::error,
        .summary = "Personal data reaches a third country without adequacy or a transfer safeguard",
        .what =
            "Follows the lineage graph to every party, and every system run by a party, that "
            "personal data reaches. Where that party or system is outside the EEA (EU 27 + IS, "
            "LI, NO) and no adequacy decision covers the recipient, the party must have an Art. 46 "
            "safeguard (`scc`, `bcr`) or rely on an Art. 49 derogation for occasional transfers. "
            "The adequacy table is built in and dated: AD, AR, CA, CH, FO, GB, GG, IL, IM, JE, JP, "
            "KR, NZ, UY and the US. Some decisions cover only some recipients: Canada's only "
            "organisations subject to PIPEDA (not federal authorities), Japan's only business "
            "operators under the APPI (a party in CA or JP is taken to be covered unless it is an "
            "`authority` or says `adequacy_scope = \"outside\"`), the United States' only "
            "organisations certified under the Data Privacy Framework (`dpf_certified = true` or "
            "`adequacy_scope = \"dpf\"`), and data about the organisation's own staff (subjects "
            "with `own_staff = true`) only when the certification covers HR data (`adequacy_scope "
            "= \"dpf-hr\"`). An Art. 49 derogation is no safeguard for a systematic transfer: a "
            "party with `transfers = \"systematic\"`, or one that hosts a system personal data "
            "reaches. Aruba, Curaçao, Sint Maarten and the BES islands are third countries. "
            "`safeguard = \"adequacy\"` where no decision covers the recipient does not count. A "
            "system the organisation runs itself (no `operated_by`) is not a transfer. The "
            "message shows the path the data takes.",
        .why = "A transfer to a third country is lawful only under Chapter V: an adequacy decision "
               "(Art. 45) within its scope, appropriate safeguards (Art. 46) or a specific "
               "derogation (Art. 49). The derogations are exceptions for occasional, "
               "non-repetitive transfers and cannot carry a structural one such as hosting (EDPB "
               "Guidelines 2/2018). Without one the transfer is unlawful and among the most "
               "heavily fined infringements (Art. 83(5)(c)).",
        .legal = "GDPR Art. 44, 45, 46, 49; Commission Decisions 2002/2/EC (Canada), (EU) 2019/419 "
                 "(Japan), (EU) 2023/1795 (Data Privacy Framework); EDPB Guidelines 2/2018, "
                 "05/2021",
        .example = "[[party]]\nid = \"mailer\"\nname = \"Mailer Inc.\"\nrole = "
                   "\"processor\"\ncountry = \"US\"\n"
                   "dpa = \"DPA-2024-3\"\n# no safeguard, not dpf_certified\n",
        .fix = "Agree standard contractual clauses (`safeguard = \"scc\"`, with a transfer impact "
               "assessment in `tia`), rely on binding corporate rules, state the scope that covers "
               "the recipient (`adequacy_scope`: `dpf`, `dpf-hr`, `pipeda`, `appi`) when it falls "
               "under a decision, keep derogations for occasional transfers, or move the "
               "processing into the EEA.",
    },
    check_no_safeguard};

} // namespace privmap::rules::transfer
