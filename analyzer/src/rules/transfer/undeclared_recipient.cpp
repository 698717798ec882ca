#include "rules/transfer/transfer.h"
#include "rules/wording.h"

#include <algorithm>
#include <set>

namespace privmap::rules::transfer {
namespace {

bool lists(const Activity& activity, std::string_view party) {
    return std::any_of(activity.recipients.begin(), activity.recipients.end(),
                       [&](const Ref& r) { return r.id == party; });
}

// Each flow into a party names the activity it serves; each system an activity uses passes
// everything to its operator. Either way the party is a recipient of that activity.
void check_undeclared_recipient(const Context& context, Findings& findings) {
    const Model& model = context.model;
    std::set<std::pair<std::size_t, std::size_t>> reported; // (activity, party)
    for (std::size_t p = 0; p < model.parties.size(); ++p) {
        const Party& party = model.parties[p];
        for (EdgeId e : context.graph.in_edges(context.graph.party_vertex(p))) {
            const LineageEdge& edge = context.graph.edge(e);
            if (!edge.personal())
                continue;
            if (edge.origin == EdgeOrigin::flow && edge.activity) {
                const Activity& activity = model.activities[*edge.activity];
                if (lists(activity, party.id) || !reported.emplace(*edge.activity, p).second)
                    continue;
                const Flow& flow = model.flows[*edge.flow];
                Diagnostic& d = findings.add(undeclared_recipient.info, activity.id,
                                             flow.keys.at_or("to", flow.where),
                                             {"transfer.undeclared-recipient",
                                              {{"activity", activity.id}, {"party", party.id}}},
                                             {"transfer.undeclared-recipient.help",
                                              {{"activity", activity.id}, {"party", party.id}}});
                d.notes.push_back(
                    {{"transfer.undeclared-recipient.recipients", {{"activity", activity.id}}},
                     activity.at("recipients")});
            } else if (edge.origin == EdgeOrigin::operator_) {
                const LineageVertex& system = context.graph.vertex(edge.from);
                for (std::size_t a : context.graph.activities_using(system.index)) {
                    const Activity& activity = model.activities[a];
                    if (lists(activity, party.id) || !reported.emplace(a, p).second)
                        continue;
                    auto ref = std::find_if(activity.systems.begin(), activity.systems.end(),
                                            [&](const Ref& r) { return r.id == system.id; });
                    Diagnostic& d = findings.add(
                        undeclared_recipient.info, activity.id,
                        ref == activity.systems.end() ? activity.where : ref->where,
                        {"transfer.undeclared-recipient.operator",
                         {{"activity", activity.id}, {"system", system.id}, {"party", party.id}}},
                        {"transfer.undeclared-recipient.help",
                         {{"activity", activity.id}, {"party", party.id}}});
                    d.notes.push_back({{"transfer.undeclared-recipient.operates",
                                        {{"party", party.id}, {"system", system.id}}},
                                       edge.where});
                }
            }
        }
    }
}

} // namespace

const Rule undeclared_recipient{
    {
        .id = "transfer.undeclared-recipient",
        .severity = Severity::error,
        .summary = "Data reaches a party that the activity does not list as a recipient",
        .what =
            "Two ways a party receives an activity's data without the register saying so: a "
            "`[[flow]]` "
            "into the party under that activity, and a system the activity uses that the party "
            "operates (`operated_by`: the operator receives everything stored there). Either way "
            "the "
            "party must be in the activity's `recipients`. Reported once per activity and party.",
        .why = "The register must name the recipients of each activity (Art. 30(1)(d)), and data "
               "subjects "
               "must be told who receives their data (Art. 13(1)(e), 14(1)(e)). Processors are "
               "recipients "
               "too (Art. 4(9)). A recipient the graph finds but the register omits is a register "
               "that "
               "under-reports.",
        .legal = "GDPR Art. 4(9), 13(1)(e), 14(1)(e), 30(1)(d)",
        .example = "[[system]]\nid = \"crm\"\nname = \"CRM\"\ncountry = \"NL\"\noperated_by = "
                   "\"saas-vendor\"\n\n"
                   "[[activity]]\nid = \"sales\"\n# ...\nsystems = [\"crm\"]   # recipients lacks "
                   "saas-vendor\n",
        .fix = "Add the party to the activity's `recipients`, or correct the flow or the system's "
               "`operated_by`.",
    },
    check_undeclared_recipient};

} // namespace privmap::rules::transfer
