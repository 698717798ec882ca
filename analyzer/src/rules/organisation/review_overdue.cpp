#include "rules/organisation/organisation.h"
#include "rules/wording.h"

namespace privmap::rules::organisation {
namespace {

void check_review_overdue(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.kind == ObligationKind::activity_review && due.overdue())
            findings.add(review_overdue.info, due.entity, due.where,
                         {"organisation.review-overdue",
                          {{"activity", due.entity},
                           {"due", due.due.str()},
                           {"today", context.options.today.str()}}},
                         {"organisation.review-overdue.help", {}});
}

} // namespace

const Rule review_overdue{
    {
        .id = "organisation.review-overdue",
        .severity = Severity::warning,
        .summary = "An activity's review date has passed",
        .what = "Every `[[activity]]` whose `review` date lies before today (`--today`).",
        .why = "The controller must review its measures and update them where necessary "
               "(Art. 24(1)) and be able to show that the register is accurate (Art. 5(2), "
               "30). An entry's `review` date is the organisation's own commitment to do so; an "
               "entry whose review is long past may no longer describe the processing.",
        .legal = "GDPR Art. 5(2), 24(1), 30(1)",
        .example = "[[activity]]\nid = \"selling\"\n# ...\nreview = 2024-01-01\n",
        .fix = "Review the register entry, update what changed, and set a new `review` date.",
    },
    check_review_overdue};

} // namespace privmap::rules::organisation
