#include "rules/reached.h"
#include "rules/transfer/transfer.h"
#include "rules/wording.h"

namespace privmap::rules::transfer {
namespace {

void check_unknown_destination(const Context& context, Findings& findings) {
    auto report = [&](VertexId v, const Entity& entity, std::string_view kind) {
        LineagePath path = first_path(context, v);
        if (path.empty())
            return;
        Diagnostic& d =
            findings.add(unknown_destination.info, entity.id, entity.at("country"),
                         {"transfer.unknown-destination",
                          {{"kind", std::string(kind)},
                           {"entity", entity.id},
                           {"data", std::vector<Message>{reaching_summary(context, v)}},
                           {"path", context.graph.describe_path(path)}}},
                         {"transfer.unknown-destination.help", {{"entity", entity.id}}});
        add_path_notes(context, d, path);
    };
    for (std::size_t i = 0; i < context.model.parties.size(); ++i)
        if (context.model.parties[i].country == "unknown")
            report(context.graph.party_vertex(i), context.model.parties[i], "party");
    for (std::size_t i = 0; i < context.model.systems.size(); ++i)
        if (context.model.systems[i].country == "unknown")
            report(context.graph.system_vertex(i), context.model.systems[i], "system");
}

} // namespace

const Rule unknown_destination{
    {
        .id = "transfer.unknown-destination",
        .severity = Severity::warning,
        .summary = "Personal data reaches a party or system whose country is unknown",
        .what =
            "A party or system with `country = \"unknown\"` that personal data reaches through the "
            "lineage graph. Parties and systems nothing sends personal data to are left alone.",
        .why =
            "Whether Chapter V applies depends on where the data goes. A controller that does not "
            "know cannot show the transfer is lawful (Art. 5(2), 44), nor tell data subjects about "
            "it (Art. 13(1)(f)).",
        .legal = "GDPR Art. 13(1)(f), 30(1)(e), 44",
        .example =
            "[[party]]\nid = \"analytics-vendor\"\nname = \"Analytics\"\nrole = \"processor\"\n"
            "country = \"unknown\"\n",
        .fix = "Ask the party (or check its DPA and sub-processor list) where it processes the "
               "data and "
               "set `country`; privmap then checks the transfer.",
    },
    check_unknown_destination};

} // namespace privmap::rules::transfer
