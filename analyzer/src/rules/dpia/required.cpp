#include "rules/dpia/dpia.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::dpia {
namespace {

void check_required(const Context& context, Findings& findings) {
    auto covering = covering_dpias(context.model);
    for (const ActivityScreening& screening : context.screenings) {
        if (!screening.dpia_required() || covering[screening.activity])
            continue;
        const Activity& activity = context.model.activities[screening.activity];
        Message::Args args{{"activity", activity.id},
                           {"count", static_cast<long long>(screening.hits.size())},
                           {"art35_3", screening.art35_3 ? "yes" : "no"},
                           {"criteria", describe_criteria(screening)}};
        const auto& documented = activity.screening;
        bool argued = documented && documented->outcome == ScreeningOutcome::not_required &&
                      !documented->reason.empty() && !screening.art35_3;
        if (argued) {
            args.emplace_back("date", documented->date.str());
            args.emplace_back("reason", documented->reason);
        }
        Diagnostic& d =
            findings.add(required.info, activity.id, activity.where,
                         {argued ? "dpia.required.argued" : "dpia.required", std::move(args)},
                         {"dpia.required.help", {{"activity", activity.id}}});
        if (argued) {
            d.severity = Severity::warning;
            d.notes.push_back({{"dpia.required.screening", {}}, documented->where});
        }
        for (const CriterionHit& hit : screening.hits)
            d.notes.push_back(criterion_note(hit));
    }
}

} // namespace

const Rule required{
    {
        .id = "dpia.required",
        .severity = Severity::error,
        .summary = "An activity needs a DPIA and none covers it",
        .what =
            "privmap screens every activity against the nine WP248 criteria, from what the model "
            "declares (`criteria`, `automated_decision`, `public_area`) and from the lineage graph "
            "(special, criminal or highly personal data reaching the activity; vulnerable or "
            "child subjects; subject `count` at or above `[checks] large_scale_subjects`; data "
            "flowing in from two or more activities or parties with different purposes). Two or "
            "more criteria, or an Art. 35(3) case (evaluation with automated decisions; special "
            "or criminal data on a large scale; systematic monitoring of a publicly accessible "
            "area, `public_area = true`, on a large scale), require a DPIA: a `[[dpia]]` listing "
            "the activity, or the activity's `dpia`. The message lists each criterion and where "
            "it came from. Where a documented `screening` concludes `not-required` with a reason, "
            "the finding is a warning quoting it, except in an Art. 35(3) case: there the DPIA "
            "is mandatory by law and no screening can soften the error.",
        .why =
            "A DPIA is mandatory before processing likely to result in a high risk (Art. 35(1)). "
            "The Article 29 Working Party's WP248 rev.01, endorsed by the EDPB, says two criteria "
            "generally mean a DPIA is needed; a controller who concludes otherwise must document "
            "why. The Dutch AP list (Stcrt. 2019, 64418) names "
            "further cases.",
        .legal = "GDPR Art. 35(1), 35(3), 35(4); WP248 rev.01; AP Stcrt. 2019, 64418",
        .example = "[[subject]]\nid = \"employees\"\nname = \"Employees\"\nvulnerable = true\n\n"
                   "[[activity]]\nid = \"absence\"\nsubjects = [\"employees\"]\ncategories = "
                   "[\"sick-leave\"]   "
                   "# a kind of health\n",
        .fix = "Carry out the DPIA and add it as a `[[dpia]]` listing the activity; or, if after "
               "screening "
               "the risk is not high, document the `screening` with its date, outcome and reason.",
    },
    check_required};

} // namespace privmap::rules::dpia
