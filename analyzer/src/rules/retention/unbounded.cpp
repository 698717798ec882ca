#include "rules/retention/retention.h"
#include "rules/wording.h"

#include <algorithm>
#include <cctype>

namespace privmap::rules::retention {
namespace {

bool mentions_archiving(std::string basis) {
    std::transform(basis.begin(), basis.end(), basis.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return basis.find("archiv") != std::string::npos ||
           basis.find("archief") != std::string::npos || basis.find("89") != std::string::npos;
}

bool archiving(const Activity& activity) {
    return activity.special_condition == SpecialCondition::archiving_research;
}

/// Whether an owner keeps data for archiving in the public interest (Art. 89): the rule's
/// basis says so, or the activity (or an activity using the system) relies on Art. 9(2)(j).
bool archiving_exemption(const Context& context, const Entity& owner, const RetentionRule& rule) {
    if (mentions_archiving(rule.basis))
        return true;
    auto handle = context.model.handle_of(owner);
    if (!handle)
        return false;
    if (handle->kind == EntityKind::activity)
        return archiving(context.model.activities[handle->index]);
    auto users = context.graph.activities_using(handle->index);
    return std::any_of(users.begin(), users.end(),
                       [&](std::size_t a) { return archiving(context.model.activities[a]); });
}

void check_unbounded(const Context& context, Findings& findings) {
    for_each_rule(context.model, [&](const Entity& owner, const RetentionRule& rule) {
        if (rule.max)
            return;
        if (rule.kind == PeriodKind::indefinite && !archiving_exemption(context, owner, rule))
            findings.add(unbounded.info, owner.id, period_location(rule),
                         {"retention.unbounded.indefinite", {{"entity", owner.id}}},
                         {"retention.unbounded.indefinite.help", {}});
        if (rule.kind == PeriodKind::until_erasure_request)
            findings.add(unbounded.info, owner.id, period_location(rule),
                         {"retention.unbounded.until-erasure-request", {{"entity", owner.id}}},
                         {"retention.unbounded.until-erasure-request.help", {}});
    });
}

} // namespace

const Rule unbounded{
    {
        .id = "retention.unbounded",
        .severity = Severity::error,
        .summary = "Personal data is kept forever",
        .what =
            "Every retention rule, on an activity or a system, with `period = \"indefinite\"` or "
            "`\"until-erasure-request\"` and no `max`: data of a subject who never asks for "
            "erasure is kept forever. Archiving in the public interest, scientific or historical "
            "research and "
            "statistics "
            "(Art. 89) may keep data longer: an `indefinite` rule whose `basis` cites the "
            "archiving law (mentions \"archiv\", \"archief\" or Art. 89), or that belongs to an "
            "activity with `special_condition = \"archiving-research\"` (or a system such an "
            "activity uses), is left alone. A vague "
            "period (`as-long-as-necessary`) is `retention.vague`.",
        .why = "Storage limitation (Art. 5(1)(e)) allows longer storage only for Art. 89 purposes "
               "and with "
               "safeguards; data kept forever for any other purpose breaks the principle outright.",
        .legal = "GDPR Art. 5(1)(e), 89(1)",
        .example = "[[system]]\nid = \"backup\"\n# ...\nretention = { period = \"indefinite\" }\n",
        .fix = "Set a period (or a `max`), or, for archives in the public interest, cite the law "
               "in `basis`.",
    },
    check_unbounded};

} // namespace privmap::rules::retention
