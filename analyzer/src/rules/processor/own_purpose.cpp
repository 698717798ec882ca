#include "rules/processor/processor.h"
#include "rules/reached.h"
#include "rules/reuse.h"
#include "rules/wording.h"

namespace privmap::rules::processor {
namespace {

/// The processor activities whose data `activity` reuses, one each, in feeder order.
std::vector<Feeder> processor_feeders(const Context& context, std::size_t activity) {
    std::vector<Feeder> found;
    for (const Feeder& feeder : reused_from(context, activity))
        if (context.model.activities[feeder.activity].role == ActivityRole::processor)
            found.push_back(feeder);
    return found;
}

/// One finding per activity of the organisation's own, however many processor activities feed
/// it: the first names how the data comes, the notes name the others (at most a few).
void check_own_purpose(const Context& context, Findings& findings) {
    constexpr std::size_t notes_at_most = 3;
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& own = model.activities[index];
        if (own.role == ActivityRole::processor)
            continue;
        std::vector<Feeder> feeders = processor_feeders(context, index);
        if (feeders.empty())
            continue;
        std::vector<std::string> ids;
        for (const Feeder& feeder : feeders)
            ids.push_back(model.activities[feeder.activity].id);
        const Activity& first = model.activities[feeders.front().activity];
        auto& finding = findings.add(
            own_purpose.info, own.id, context.graph.edge(feeders.front().via).where,
            {"processor.own-purpose",
             {{"reuse", std::vector{describe_reuse(context, first, own, feeders.front())}},
              {"processing", std::vector{summary_of(ids)}}}},
            {"processor.own-purpose.help", {}});
        for (std::size_t i = 0; i < feeders.size() && i < notes_at_most; ++i) {
            const Activity& processing = model.activities[feeders[i].activity];
            finding.notes.push_back(
                {{"processor.own-purpose.on-behalf", {{"activity", processing.id}}},
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
        .what = "Reports, once, a controller or joint-controller activity of the organisation "
                "that reuses data of one or more of its processor activities: the data flows "
                "from such an activity into it, or it reads, from a system it uses, data that the "
                "processor activity stored there (see `lawfulness.purpose-compatibility` for how "
                "reuse is found). The message names the processor activities.",
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
