#include "rules/retention/retention.h"
#include "rules/wording.h"

namespace privmap::rules::retention {
namespace {

void check_no_trigger(const Context& context, Findings& findings) {
    for_each_rule(context.model, [&](const Entity& owner, const RetentionRule& rule) {
        if (rule.kind != PeriodKind::duration || !rule.from.empty())
            return;
        findings.add(
            no_trigger.info, owner.id, period_location(rule),
            {"retention.no-trigger", {{"entity", owner.id}, {"period", rule.period.str()}}},
            {"retention.no-trigger.help", {}});
    });
}

} // namespace

const Rule no_trigger{
    {
        .id = "retention.no-trigger",
        .severity = Severity::note,
        .summary = "A retention period does not say when the clock starts",
        .what = "Every retention rule with a concrete period (`P7Y`) but no `from`.",
        .why = "\"Seven years\" is only a period once it is clear from when: collection, the end "
               "of the "
               "contract, the end of the fiscal year. Without it the period cannot be applied, nor "
               "explained to data subjects (Art. 13(2)(a)).",
        .legal = "GDPR Art. 5(1)(e), 13(2)(a), 30(1)(f)",
        .example = "retention = { period = \"P7Y\" }\n",
        .fix = "Add `from` with the event that starts the period.",
    },
    check_no_trigger};

} // namespace privmap::rules::retention
