#include "rules/dpia/dpia.h"
#include "rules/wording.h"

namespace privmap::rules::dpia {
namespace {

void check_review_overdue(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.kind == ObligationKind::dpia_review && due.overdue())
            findings.add(review_overdue.info, due.entity, due.where,
                         {"dpia.review-overdue",
                          {{"dpia", due.entity},
                           {"due", due.due.str()},
                           {"today", context.options.today.str()}}},
                         {"dpia.review-overdue.help", {}});
}

} // namespace

const Rule review_overdue{
    {
        .id = "dpia.review-overdue",
        .severity = Severity::warning,
        .summary = "A DPIA's review date has passed",
        .what = "Every `[[dpia]]` whose `review` date lies before today (`--today`).",
        .why = "A DPIA must be reviewed at least when the risk changes (Art. 35(11)); WP248 "
               "recommends "
               "re-assessing regularly, and the review date is the controller's own commitment to "
               "do so.",
        .legal = "GDPR Art. 35(11); WP248 rev.01",
        .example = "[[dpia]]\nid = \"dpia-crm\"\n# ...\nreview = 2025-03-01\n",
        .fix = "Review the DPIA and set a new `review` date.",
    },
    check_review_overdue};

} // namespace privmap::rules::dpia
