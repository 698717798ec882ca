#include "rules/reached.h"
#include "rules/retention/retention.h"
#include "rules/wording.h"

namespace privmap::rules::retention {
namespace {

/// The categories a rule applies to: its own list, or everything its owner keeps.
CategorySet applies_to(const Context& context, const Entity& owner, const RetentionRule& rule) {
    if (!rule.categories.empty())
        return expanded(context.graph, rule.categories);
    auto handle = context.model.handle_of(owner);
    if (handle && handle->kind == EntityKind::activity)
        return declared_categories(context.graph, handle->index);
    CategorySet held;
    if (handle && handle->kind == EntityKind::system)
        for (const Arrival& arrival : context.graph.system_categories(handle->index))
            held.push_back(arrival.category);
    return held;
}

/// The statutory period binds the statutory record; where the model names the system or
/// activity that keeps it, a copy elsewhere may be erased sooner (data minimisation).
bool keeps_the_record(const StatutoryRetention& statutory, const Entity& owner) {
    return !statutory.record || statutory.record->id == owner.id;
}

/// The sentence part `key` with `value` as its argument `name`; none when `value` is empty.
std::vector<Message> part(const char* key, const char* name, const std::string& value) {
    if (value.empty())
        return {};
    return {Message{key, {{name, value}}}};
}

void check_statutory_minimum(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for_each_rule(model, [&](const Entity& owner, const RetentionRule& rule) {
        if (rule.kind != PeriodKind::duration)
            return;
        CategorySet shorter;
        const Category* witness = nullptr;
        for (std::size_t c : applies_to(context, owner, rule)) {
            const auto& statutory = model.categories[c].effective_statutory_retention;
            if (statutory && keeps_the_record(*statutory, owner) &&
                rule.period < statutory->period) {
                shorter.push_back(c);
                if (!witness)
                    witness = &model.categories[c];
            }
        }
        if (shorter.empty())
            return;
        const StatutoryRetention& statutory = *witness->effective_statutory_retention;
        Diagnostic& d = findings.add(
            statutory_minimum.info, owner.id, period_location(rule),
            {"retention.statutory-minimum",
             {{"owner", owner.id},
              {"categories", std::vector{summary_of(top_ids(model, shorter))}},
              {"period", rule.period.str()},
              {"required", statutory.period.str()},
              {"law", part("retention.statutory-minimum.law", "law", statutory.basis)},
              {"from", part("retention.statutory-minimum.from", "from", statutory.from)},
              {"record", std::string(statutory.record ? "yes" : "no")}}},
            {"retention.statutory-minimum.help", {{"required", statutory.period.str()}}});
        d.notes.push_back({{"retention.statutory-minimum.category", {{"category", witness->id}}},
                           statutory.where});
    });
}

} // namespace

const Rule statutory_minimum{
    {
        .id = "retention.statutory-minimum",
        .severity = Severity::warning,
        .summary = "A category is kept shorter than the statutory period the model declares for it",
        .what =
            "Every retention rule with a concrete period that applies to a category with a "
            "`statutory_retention` (its own or inherited from a broader category): the period must "
            "be "
            "at least the statutory one. A rule without `categories` applies to everything its "
            "activity "
            "declares, or everything its system holds. Where `statutory_retention` names the "
            "`record` (the system or activity that keeps the statutory record, e.g. the "
            "accounting system), only that owner's rules are held to the period: a working copy "
            "elsewhere may be erased sooner. `from` names the event the statutory period runs "
            "from (e.g. the end of the fiscal year) and is shown in the message. Periods compare "
            "as calendar periods: `P84M` is the same as `P7Y`, `P12M` as `P1Y`; days count "
            "against months only where every calendar agrees (`P2555D` is not certainly shorter "
            "than `P7Y`).",
        .why = "Where a law obliges the controller to keep records (for instance 7 years for the "
               "fiscal "
               "records of AWR art. 52 lid 4), erasing them sooner breaks that law; the legal "
               "obligation "
               "is itself the Art. 6(1)(c) basis for keeping them, and Art. 17(3)(b) excludes "
               "erasure.",
        .legal = "GDPR Art. 6(1)(c), 17(3)(b); e.g. AWR art. 52 lid 4, BW 2:10",
        .example = "[[category]]\nid = \"invoice\"\nname = \"Invoices\"\n"
                   "statutory_retention = { period = \"P7Y\", basis = \"AWR art. 52 lid 4\" }\n\n"
                   "[[activity]]\nid = \"billing\"\ncategories = [\"invoice\"]\n"
                   "retention = { period = \"P2Y\", from = \"invoice-date\" }\n",
        .fix = "Keep the category at least the statutory period; split the rule by `categories` "
               "when other data of the activity may go sooner. When the statutory record is kept "
               "elsewhere, name it in `statutory_retention` (`record = \"accounting\"`, `from = "
               "\"end-of-fiscal-year\"`).",
    },
    check_statutory_minimum};

} // namespace privmap::rules::retention
