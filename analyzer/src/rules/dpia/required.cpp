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
        std::string message = "activity " + ticked(activity.id) + " meets " +
                              std::to_string(screening.hits.size()) + " WP248 criteria" +
                              (screening.art35_3 ? " (an Art. 35(3) case)" : "") + ": " +
                              describe_criteria(screening) + "; no DPIA covers it";
        std::string help = "carry out a DPIA, declare it as a `[[dpia]]` listing " +
                           ticked(activity.id) +
                           " in `activities`, or document in `screening` why none is needed";
        const auto& documented = activity.screening;
        bool argued = documented && documented->outcome == ScreeningOutcome::not_required &&
                      !documented->reason.empty();
        Diagnostic& d = findings.add(required.info, activity.id, activity.where, message, help);
        if (argued && !screening.art35_3) {
            d.severity = Severity::warning;
            d.message += "; the screening of " + documented->date.str() +
                         " concluded no DPIA is needed: \"" + documented->reason + "\"";
            d.notes.push_back({"the documented screening", documented->where});
        }
        for (const CriterionHit& hit : screening.hits)
            d.notes.push_back(
                {std::string(to_name(hit.criterion)) + ": " + hit.because, hit.where});
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
            "The "
            "EDPB's WP248 rev.01 says two criteria generally mean a DPIA is needed; a controller "
            "who "
            "concludes otherwise must document why. The Dutch AP list (Stcrt. 2019, 64418) names "
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
