#include "rules/organisation/organisation.h"

#include <algorithm>

namespace privmap::rules::organisation {
namespace {

/// "dpia-review" as ICU's select can match it: "dpia_review" (a keyword has no hyphen).
std::string select_keyword(std::string_view name) {
    std::string keyword(name);
    std::replace(keyword.begin(), keyword.end(), '-', '_');
    return keyword;
}

void check_due_soon(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.due_soon(context.options.today)) // what is past is the overdue rules' concern
            findings.add(due_soon.info, due.entity, due.where,
                         {"organisation.due-soon",
                          {{"kind", select_keyword(to_string(due.kind))},
                           {"entity", due.entity},
                           {"rule", due.kind == ObligationKind::waiver_expiry
                                        ? context.model.waivers[due.index].rule
                                        : std::string()},
                           {"due", due.due.str()},
                           {"days", static_cast<long long>(due.days_left)}}},
                         {"organisation.due-soon.help", {}});
}

} // namespace

const Rule due_soon{
    {
        .id = "organisation.due-soon",
        .severity = Severity::note,
        .summary = "A review, expiry or end date falls due soon",
        .what = "Every date of the agenda (`privmap agenda`) that falls due from today up to "
                "`[checks] remind_before` ahead (default `P30D`): a DPIA's or an activity's "
                "`review`, a waiver's `expires`, a party's `dpa_expires`, the renewal of an "
                "activity's `screening` (`[checks] screening_max_age` after its date). Once the "
                "date has passed, `dpia.review-overdue`, `organisation.review-overdue`, "
                "`waiver.expired`, `processor.dpa-expired` and `dpia.screening-outdated` take "
                "over.",
        .why = "Reviews and renewals take time: a DPIA review needs the people who run the "
               "processing, a new processing agreement needs negotiating. Accountability "
               "(Art. 5(2), 24(1)) is easier to show when they are done before the date than "
               "after a check turned red.",
        .legal = "GDPR Art. 5(2), 24(1), 28(3), 35(11)",
        .example = "[checks]\nremind_before = \"P6W\"\n\n[[dpia]]\nid = \"dpia-crm\"\n# ...\n"
                   "review = 2026-06-20   # reported from 2026-05-09\n",
        .fix = "Plan the review or renewal; when it is done, set the next date. To be reminded "
               "earlier or later, set `remind_before` in `[checks]`; to silence the reminders, "
               "`\"organisation.due-soon\" = \"off\"` in `[checks.severity]`.",
    },
    check_due_soon};

} // namespace privmap::rules::organisation
