#include "rules/reached.h"
#include "rules/transfer/transfer.h"
#include "rules/wording.h"

namespace privmap::rules::transfer {
namespace {

std::string why_not_adequate(std::string_view country, const Party* party) {
    std::string text = std::string(country) + " has no adequacy decision (table of " +
                       std::string(adequacy_as_of) + ")";
    if (country == "US")
        text = std::string(
                   "the United States are adequate only for parties certified under the EU-US Data "
                   "Privacy Framework") +
               (party ? ", and " + ticked(party->id) + " is not marked `dpf_certified`" : "");
    if (party && party->safeguard == Safeguard::adequacy)
        text += "; `safeguard = \"adequacy\"` on " + ticked(party->id) + " cannot create one";
    return text;
}

std::string fix_for(std::string_view country, const Party& party) {
    std::string help =
        "add `safeguard = \"scc\"` (with a `tia`) or `\"bcr\"` to party " + ticked(party.id) +
        ", or an Art. 49 derogation (`safeguard = \"derogation\"`, `derogation = \"art49-1-a\"`)";
    if (country == "US")
        help += ", or `dpf_certified = true` if it is certified under the Data Privacy Framework";
    return help;
}

void report(const Context& context, Findings& findings, VertexId v, const Entity& destination,
            std::string_view kind, std::string_view country, const Party* party, std::string help) {
    LineagePath path = first_path(context, v);
    Diagnostic& d = findings.add(
        no_safeguard.info, destination.id, destination.at("country"),
        std::string(kind) + " " + ticked(destination.id) + " in " + std::string(country) +
            " receives personal data (" + reaching_summary(context, v) +
            ") without adequacy, an Art. 46 safeguard or an Art. 49 derogation: " +
            context.graph.describe_path(path),
        std::move(help));
    d.notes.push_back(
        {why_not_adequate(country, party), party ? party->at("safeguard") : destination.where});
    add_path_notes(context, d, path);
}

void check_no_safeguard(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t i = 0; i < model.parties.size(); ++i) {
        const Party& party = model.parties[i];
        VertexId v = context.graph.party_vertex(i);
        if (context.graph.categories_reaching(v).empty() ||
            !needs_safeguard(party.country, &party) || has_safeguard(party))
            continue;
        report(context, findings, v, party, "party", party.country, &party,
               fix_for(party.country, party));
    }
    // A system abroad is judged by its operator. A system the organisation runs itself is no
    // transfer (no other importer; EDPB Guidelines 05/2021), and a system in the operator's own
    // country is covered by the operator's finding.
    for (std::size_t i = 0; i < model.systems.size(); ++i) {
        const System& system = model.systems[i];
        const Party* operator_party = operator_of(model, system);
        VertexId v = context.graph.system_vertex(i);
        if (!operator_party || operator_party->country == system.country ||
            context.graph.categories_reaching(v).empty() ||
            !needs_safeguard(system.country, operator_party) || has_safeguard(*operator_party))
            continue;
        report(context, findings, v, system, "system", system.country, operator_party,
               fix_for(system.country, *operator_party));
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
            "personal "
            "data reaches. Where that party or system is outside the EEA (EU 27 + IS, LI, NO) in a "
            "country without an adequacy decision, the party must have an Art. 46 safeguard "
            "(`scc`, "
            "`bcr`) or rely on an Art. 49 derogation. The adequacy table is built in and dated: "
            "AD, AR, "
            "CA (commercial organisations), CH, FO, GB, GG, IL, IM, JE, JP, KR, NZ, UY, and the US "
            "only "
            "for parties marked `dpf_certified`. Aruba, Curaçao, Sint Maarten and the BES islands "
            "are "
            "third countries. `safeguard = \"adequacy\"` where the table has no decision does not "
            "count. "
            "A system the organisation runs itself (no `operated_by`) is not a transfer. The "
            "message "
            "shows the path the data takes.",
        .why = "A transfer to a third country is lawful only under Chapter V: an adequacy decision "
               "(Art. 45), appropriate safeguards (Art. 46) or a specific derogation (Art. 49). "
               "Without one "
               "the transfer is unlawful and among the most heavily fined infringements (Art. "
               "83(5)(c)).",
        .legal = "GDPR Art. 44, 45, 46, 49; EDPB Guidelines 05/2021",
        .example = "[[party]]\nid = \"mailer\"\nname = \"Mailer Inc.\"\nrole = "
                   "\"processor\"\ncountry = \"US\"\n"
                   "dpa = \"DPA-2024-3\"\n# no safeguard, not dpf_certified\n",
        .fix = "Agree standard contractual clauses (`safeguard = \"scc\"`, with a transfer impact "
               "assessment in `tia`), rely on binding corporate rules, mark a US party "
               "`dpf_certified = "
               "true` when it is on the Data Privacy Framework list, or move the processing into "
               "the EEA.",
    },
    check_no_safeguard};

} // namespace privmap::rules::transfer
