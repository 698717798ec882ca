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

void check_missing(const Context& context, Findings& findings) {
    const Model& model = context.model;
    Coverage coverage(context.graph);
    for (const Activity& activity : model.activities) {
        if (activity.role == ActivityRole::processor)
            continue;
        auto systems = systems_of(model, activity);
        CategorySet uncovered;
        std::size_t first = activity.categories.size(); // the first entry naming one of them
        for (auto [c, ref] : covered_by(context.graph, activity.categories))
            if (!covered(coverage, activity, systems, c)) {
                uncovered.push_back(c);
                first = std::min(first, ref);
            }
        if (uncovered.empty())
            continue;
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
