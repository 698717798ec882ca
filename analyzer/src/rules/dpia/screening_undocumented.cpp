#include "rules/dpia/dpia.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::dpia {
namespace {

void check_screening_undocumented(const Context& context, Findings& findings) {
    auto covering = covering_dpias(context.model);
    for (const ActivityScreening& screening : context.screenings) {
        const Activity& activity = context.model.activities[screening.activity];
        if (screening.hits.size() != 1 || screening.dpia_required() ||
            covering[screening.activity] || activity.screening)
            continue;
        const CriterionHit& hit = screening.hits.front();
        Diagnostic& d =
            findings.add(screening_undocumented.info, activity.id, activity.where,
                         {"dpia.screening-undocumented",
                          {{"activity", activity.id}, {"criteria", describe_criteria(screening)}}},
                         {"dpia.screening-undocumented.help", {}});
        d.notes.push_back(criterion_note(hit));
    }
}

} // namespace

const Rule screening_undocumented{
    {
        .id = "dpia.screening-undocumented",
        .severity = Severity::note,
        .summary = "One DPIA criterion holds and no screening documents the decision",
        .what = "An activity that meets exactly one WP248 criterion (see `dpia.required`), has no "
                "DPIA and no "
                "`screening`.",
        .why = "One criterion rarely makes a DPIA mandatory, but the decision not to do one is "
               "part of the "
               "accountability the controller must be able to show (Art. 5(2), 24(1)); WP248 "
               "advises to "
               "document it.",
        .legal = "GDPR Art. 5(2), 35(1); WP248 rev.01",
        .example = "[[activity]]\nid = \"payroll\"\nsubjects = [\"employees\"]   # vulnerable: one "
                   "criterion\n",
        .fix = "Record the screening: `screening = { date = 2026-01-10, outcome = "
               "\"not-required\", reason = "
               "\"...\" }`.",
    },
    check_screening_undocumented};

} // namespace privmap::rules::dpia
