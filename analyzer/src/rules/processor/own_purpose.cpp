#include "rules/processor/processor.h"
#include "rules/reuse.h"
#include "rules/wording.h"

namespace privmap::rules::processor {
namespace {

void check_own_purpose(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& own = model.activities[index];
        if (own.role == ActivityRole::processor)
            continue;
        for (const Feeder& feeder : reused_from(context, index)) {
            const Activity& processing = model.activities[feeder.activity];
            if (processing.role != ActivityRole::processor)
                continue;
            auto& finding = findings.add(
                own_purpose.info, own.id, context.graph.edge(feeder.via).where,
                describe_reuse(context, processing, own, feeder) +
                    " for the organisation's own purposes, but " + ticked(processing.id) +
                    " processes it as a processor: for this use the organisation is a "
                    "controller without a basis",
                "stop the reuse, or agree it with the controllers and document it as their "
                "instruction (Art. 28(3)(a)); data processed for them stays theirs");
            finding.notes.push_back(
                {ticked(processing.id) + " processes the data on behalf of its controllers",
                 processing.at("role")});
        }
    }
}

} // namespace

const Rule own_purpose{
    {
        .id = "processor.own-purpose",
        .severity = Severity::error,
        .summary = "a processor uses its controllers' data for a purpose of its own",
        .what = "Reports a controller or joint-controller activity of the organisation that "
                "reuses data of one of its processor activities: the data flows from that "
                "activity into it, or it reads, from a system it uses, data that the processor "
                "activity stored there (see `lawfulness.purpose-compatibility` for how reuse is "
                "found).",
        .why = "A processor processes personal data only on documented instructions from the "
               "controller (Art. 28(3)(a), 29). A processor that determines purposes of its own "
               "is a controller for that processing (Art. 28(10)) and needs a lawful basis, a "
               "compatible purpose and transparency towards the data subjects that it, as a "
               "processor, never had.",
        .legal = "GDPR Art. 28(3)(a), 28(10), 29",
        .example = R"([[activity]]
id = "hosting"
role = "processor"
controllers = ["client"]
systems = ["platform"]

[[activity]]
id = "product-analytics"
role = "controller"
systems = ["platform"]   # reads the clients' data for its own analytics
)",
        .fix = "Stop using the controllers' data for the organisation's own purposes, or agree "
               "the use with each controller as part of its instructions; anonymise data before "
               "an own use only where the controller allows it.",
    },
    check_own_purpose};

} // namespace privmap::rules::processor
