#include "rules/retention/retention.h"

#include <algorithm>
#include <privmap/vocabulary.h>

namespace privmap::rules::retention {

std::optional<Duration> bound(const RetentionRule& rule) {
    if (rule.kind == PeriodKind::duration)
        return rule.period;
    return rule.max;
}

Location period_location(const RetentionRule& rule) {
    return rule.keys.at_or("period", rule.where);
}

void for_each_rule(const Model& model,
                   const std::function<void(const Entity&, const RetentionRule&)>& visit) {
    for (const Activity& activity : model.activities)
        for (const RetentionRule& rule : activity.retention)
            visit(activity, rule);
    for (const System& system : model.systems)
        for (const RetentionRule& rule : system.retention)
            visit(system, rule);
}

bool Coverage::covers(const RetentionRule& rule, std::size_t category) const {
    if (rule.categories.empty())
        return true;
    return std::any_of(rule.categories.begin(), rule.categories.end(), [&](const Ref& named) {
        auto handle = named.target(EntityKind::category);
        return handle && graph_.within(category, handle->index);
    });
}

std::optional<Duration> Coverage::longest(const std::vector<RetentionRule>& rules,
                                          std::size_t category) const {
    std::optional<Duration> longest;
    for (const RetentionRule& rule : rules) {
        if (!covers(rule, category))
            continue;
        auto kept = bound(rule);
        if (!kept)
            return std::nullopt;
        longest = longest ? longer_of(*longest, *kept) : *kept;
    }
    return longest;
}

} // namespace privmap::rules::retention
