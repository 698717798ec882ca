#include "rules/reached.h"
#include "rules/retention/retention.h"
#include "rules/wording.h"

namespace privmap::rules::retention {
namespace {

/// The systems an activity stores data in.
std::vector<const System*> systems_of(const Model& model, const Activity& activity) {
    std::vector<const System*> systems;
    for (const Ref& ref : activity.systems)
        if (const System* system = model.target<System>(ref))
            systems.push_back(system);
    return systems;
}

bool covered(Coverage& coverage, const Activity& activity,
             const std::vector<const System*>& systems, std::size_t category) {
    for (const RetentionRule& rule : activity.retention)
        if (coverage.covers(rule, category))
            return true;
    for (const System* system : systems)
        for (const RetentionRule& rule : system->retention)
            if (coverage.covers(rule, category))
                return true;
    return false;
}

/// The first entry of `refs` that names one of `categories` or an ancestor of one.
std::size_t first_naming(const LineageGraph& graph, const std::vector<Ref>& refs,
                         const CategorySet& categories) {
    for (std::size_t r = 0; r < refs.size(); ++r)
        if (auto named = refs[r].target(EntityKind::category))
            for (std::size_t c : categories)
                if (graph.within(c, named->index))
                    return r;
    return refs.size();
}

void check_missing(const Context& context, Findings& findings) {
    const Model& model = context.model;
    Coverage coverage(context.graph);
    for (std::size_t a = 0; a < model.activities.size(); ++a) {
        const Activity& activity = model.activities[a];
        if (activity.role == ActivityRole::processor)
            continue;
        auto systems = systems_of(model, activity);
        // The graph's declared categories are what the `categories` entries stand for; the
        // entry to point at is looked for only when there is a finding.
        CategorySet uncovered;
        for (const auto& processed : context.graph.categories_processed(a))
            if (processed.declared && !covered(coverage, activity, systems, processed.category))
                uncovered.push_back(processed.category);
        if (uncovered.empty())
            continue;
        std::size_t first = first_naming(context.graph, activity.categories, uncovered);
        Diagnostic& d = findings.add(
            missing.info, activity.id, activity.categories[first].where,
            {"retention.missing",
             {{"activity", activity.id},
              {"categories", std::vector<Message>{summary_of(top_ids(model, uncovered), 5)}},
              {"systems", systems.empty() ? "no" : "yes"}}},
            {"retention.missing.help", {}});
        for (const System* system : systems)
            d.notes.push_back(
                {{"retention.missing.system", {{"system", system->id}}}, system->at("retention")});
    }
}

} // namespace

const Rule missing{
    {
        .id = "retention.missing",
        .severity = Severity::error,
        .summary = "A category an activity processes has no retention rule",
        .what =
            "For every category an activity declares (and each of its narrower categories), a "
            "retention rule must cover it: one of the activity's `retention` rules, or one of a "
            "system it uses. A rule without `categories` covers all. Processor activities are left "
            "out: they keep data as their controller instructs, and the processor register (Art. "
            "30(2)) has no time limits.",
        .why =
            "Personal data may be kept no longer than the purpose needs (storage limitation, Art. "
            "5(1)(e)); the controller register must give the time limits for erasure where "
            "possible "
            "(Art. 30(1)(f)) and data subjects must be told the period or how it is set (Art. "
            "13(2)(a)).",
        .legal = "GDPR Art. 5(1)(e), 13(2)(a), 30(1)(f)",
        .example = "[[activity]]\nid = \"recruitment\"\n# ...\ncategories = [\"cv\", \"contact\"]\n"
                   "retention = [{ categories = [\"cv\"], period = \"P4W\", from = "
                   "\"end-of-procedure\" }]\n"
                   "# nothing for contact\n",
        .fix = "Add a retention rule for the categories named, on the activity or on the system "
               "where the "
               "data is kept, with the period, the event it starts from and the basis.",
    },
    check_missing};

} // namespace privmap::rules::retention
