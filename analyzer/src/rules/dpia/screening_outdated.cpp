#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

/// The agenda derives when a screening is due for renewal; this rule reports the ones past it.
void check_screening_outdated(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.kind == ObligationKind::screening_renewal && due.overdue())
            findings.add(screening_outdated.info, due.entity, due.where,
                         {"dpia.screening-outdated",
                          {{"activity", due.entity},
                           {"due", due.due.str()},
                           {"today", context.options.today.str()},
                           {"age", context.model.checks.screening_max_age.str()}}},
                         {"dpia.screening-outdated.help", {}});
}

} // namespace

const Rule screening_outdated{
    {
        .id = "dpia.screening-outdated",
        .severity = Severity::warning,
        .summary = "A DPIA screening is older than the model allows",
        .what = "Every activity whose `screening` date lies more than `[checks] "
                "screening_max_age` (default `P3Y`) before today (`--today`). The date it falls "
                "due is in `privmap agenda` (`screening-renewal`), and `organisation.due-soon` "
                "reminds of it beforehand.",
        .why = "A screening that found no DPIA needed holds only for the processing as it was: "
               "a controller must assess again when the risk changes (Art. 35(11)), and WP248 "
               "asks for the assessment to be revisited regularly. Three years is privmap's "
               "default for \"regularly\", not the law's; set your own in `[checks]`.",
        .legal = "GDPR Art. 35(1), 35(11); WP248 rev.01",
        .example =
            "[[activity]]\nid = \"newsletter\"\n# ...\n"
            "screening = { date = 2022-01-10, outcome = \"not-required\", reason = \"...\" }\n",
        .fix = "Screen the activity again against the WP248 criteria and record the new "
               "`screening` with today's date, or set `screening_max_age` in `[checks]`.",
    },
    check_screening_outdated};

} // namespace privmap::rules::dpia
