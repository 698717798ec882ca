// Retention rules as the retention.* checks read them: which categories a rule covers, how
// long it keeps them, and how to name a period in a message.
#pragma once

#include "rules/categories.h"
#include "rules/rule.h"

#include <functional>
#include <optional>
#include <privmap/facts.h>

namespace privmap::rules::retention {

/// The longest a rule keeps data: its period, or its `max`.
std::optional<Duration> bound(const RetentionRule&);

/// Where a rule's period is written (the rule's table when the key is absent).
Location period_location(const RetentionRule&);

/// Calls `visit(owner, rule)` for every retention rule of every activity, then every system.
void for_each_rule(const Model&,
                   const std::function<void(const Entity&, const RetentionRule&)>& visit);

/// What retention rules cover, read from the category tree: a rule covers a category when
/// the category lies in the subtree of one it names, which the tree's numbering answers with
/// two comparisons.
class Coverage {
public:
    explicit Coverage(const LineageGraph& graph) : graph_(graph) {}
    /// Whether the rule covers `category` (a rule without `categories` covers everything).
    bool covers(const RetentionRule&, std::size_t category) const;
    /// A bound at least as long as every rule of `rules` covering `category` (longer_of);
    /// nullopt when none covers it or one covering it has no bound.
    std::optional<Duration> longest(const std::vector<RetentionRule>& rules,
                                    std::size_t category) const;

private:
    const LineageGraph& graph_;
};

extern const Rule missing;
extern const Rule vague;
extern const Rule unbounded;
extern const Rule exceeds_purpose;
extern const Rule statutory_minimum;
extern const Rule no_trigger;

} // namespace privmap::rules::retention
