#include "rules/transfer/transfer.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::transfer {
namespace {

/// The third country without adequacy where the party's data sits: its own, or that of a
/// system it operates that personal data reaches. Empty when there is none.
std::string exposed_country(const Context& context, std::size_t party_index) {
    const Party& party = context.model.parties[party_index];
    VertexId self = context.graph.party_vertex(party_index);
    if (needs_safeguard(context, party.country, &party, self))
        return party.country;
    for (EdgeId e : context.graph.in_edges(self)) {
        const LineageEdge& edge = context.graph.edge(e);
        const LineageVertex& system = context.graph.vertex(edge.from);
        if (edge.origin == EdgeOrigin::operator_ && edge.personal() &&
            needs_safeguard(context, system.country, &party, edge.from))
            return system.country;
    }
    return {};
}

void check_tia_missing(const Context& context, Findings& findings) {
    for (std::size_t i = 0; i < context.model.parties.size(); ++i) {
        const Party& party = context.model.parties[i];
        if (!party.safeguard ||
            (*party.safeguard != Safeguard::scc && *party.safeguard != Safeguard::bcr) ||
            !party.tia.empty() ||
            context.graph.categories_reaching(context.graph.party_vertex(i)).empty())
            continue;
        std::string country = exposed_country(context, i);
        if (country.empty())
            continue;
        findings.add(tia_missing.info, party.id, party.at("safeguard"),
                     {"transfer.tia-missing",
                      {{"party", party.id},
                       {"country", country},
                       {"safeguard", std::string(to_name(*party.safeguard))}}},
                     {"transfer.tia-missing.help", {{"country", country}}});
    }
}

} // namespace

const Rule tia_missing{
    {
        .id = "transfer.tia-missing",
        .severity = Severity::warning,
        .summary = "A transfer under SCC or BCR has no transfer impact assessment",
        .what = "A party with `safeguard = \"scc\"` or `\"bcr\"` that receives personal data in a "
                "third "
                "country without an adequacy decision (its own country, or that of a system it "
                "operates) "
                "and has no `tia`. Parties in the EEA or in an adequate country need no TIA.",
        .why = "Since Schrems II (CJEU C-311/18) SCC and BCR are only valid safeguards if the "
               "exporter has "
               "assessed that the law and practice of the destination do not undermine them, and "
               "added "
               "supplementary measures where they do (EDPB Recommendations 01/2020; clause 14 of "
               "the 2021 "
               "SCC).",
        .legal = "GDPR Art. 46(1), 46(2)(b)-(c); CJEU C-311/18; EDPB Recommendations 01/2020",
        .example =
            "[[party]]\nid = \"support-desk\"\nname = \"Support Desk Ltd\"\nrole = \"processor\"\n"
            "country = \"IN\"\ndpa = \"DPA-12\"\nsafeguard = \"scc\"\n",
        .fix = "Carry out a transfer impact assessment and reference it in `tia`.",
    },
    check_tia_missing};

} // namespace privmap::rules::transfer
