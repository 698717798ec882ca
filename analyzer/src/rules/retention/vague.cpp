#include "rules/retention/retention.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::retention {
namespace {

/// `controller-defined` is a processor's period: it keeps what its controller instructs. On
/// the organisation's own activity, or a system no processor activity uses, the organisation
/// is the controller and defines nothing by saying so.
bool own_controller_defined(const Context& context, const Entity& owner) {
    auto handle = context.model.handle_of(owner);
    if (!handle)
        return false;
    auto is_processor = [&](std::size_t a) {
        return context.model.activities[a].role == ActivityRole::processor;
    };
    if (handle->kind == EntityKind::activity)
        return !is_processor(handle->index);
    auto users = context.graph.activities_using(handle->index);
    return !users.empty() && std::none_of(users.begin(), users.end(), is_processor);
}

void check_vague(const Context& context, Findings& findings) {
    for_each_rule(context.model, [&](const Entity& owner, const RetentionRule& rule) {
        if (rule.max)
            return;
        if (rule.kind == PeriodKind::as_long_as_necessary)
            findings.add(vague.info, owner.id, period_location(rule),
                         {"retention.vague", {{"entity", owner.id}}}, {"retention.vague.help", {}});
        if (rule.kind == PeriodKind::controller_defined && own_controller_defined(context, owner))
            findings.add(vague.info, owner.id, period_location(rule),
                         {"retention.vague.controller-defined", {{"entity", owner.id}}},
                         {"retention.vague.controller-defined.help", {}});
    });
}

} // namespace

const Rule vague{
    {
        .id = "retention.vague",
        .severity = Severity::warning,
        .summary = "A retention period says `as-long-as-necessary`, or `controller-defined` where "
                   "the organisation is the controller, without an upper bound",
        .what = "Every retention rule, on an activity or a system, whose `period` is "
                "`as-long-as-necessary` and that has no `max`; and every `controller-defined` "
                "period without `max` where the organisation itself is the controller: on a "
                "controller or joint-controller activity, or on a system that only such "
                "activities use. `controller-defined` means a processor keeps data as its "
                "controller instructs; it is meaningful only for processor activities.",
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
