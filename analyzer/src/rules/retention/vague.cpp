#include "rules/retention/retention.h"
#include "rules/wording.h"

namespace privmap::rules::retention {
namespace {

void check_vague(const Context& context, Findings& findings) {
    for_each_rule(context.model, [&](const Entity& owner, const RetentionRule& rule) {
        if (rule.kind != PeriodKind::as_long_as_necessary || rule.max)
            return;
        findings.add(vague.info, owner.id, period_location(rule),
                     ticked(owner.id) +
                         " keeps data `as-long-as-necessary` without a `max`: no one can tell "
                         "when it is erased",
                     "state the period (`period = \"P2Y\"`), or bound it: `max = \"P5Y\"`");
    });
}

} // namespace

const Rule vague{
    {
        .id = "retention.vague",
        .severity = Severity::warning,
        .summary = "A retention period says `as-long-as-necessary` without an upper bound",
        .what = "Every retention rule, on an activity or a system, whose `period` is "
                "`as-long-as-necessary` and that has no `max`.",
        .why = "The period must be stated, or the criteria that determine it (Art. 13(2)(a)); "
               "\"as long as necessary\" restates the storage-limitation principle without "
               "applying it. "
               "Supervisory authorities ask for concrete periods or concrete criteria with an "
               "upper bound.",
        .legal = "GDPR Art. 5(1)(e), 13(2)(a), 30(1)(f)",
        .example = "retention = { period = \"as-long-as-necessary\" }\n",
        .fix = "Give a concrete period, or add `max` with the longest the data is kept and `from` "
               "with "
               "the event that starts the clock.",
    },
    check_vague};

} // namespace privmap::rules::retention
