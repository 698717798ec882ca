#include "rules/lawfulness/lawfulness.h"

namespace privmap::rules::lawfulness {

void report_unsatisfied(const Context& context, Findings& findings,
                        const SensitiveDataCheck& check) {
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& activity = model.activities[index];
        if (!answers_for_lawfulness(activity) || check.satisfied(activity))
            continue;
        std::vector<Reach> reaches = reaching(context, index, check.property);
        if (reaches.empty())
            continue;
        auto& finding = findings.add(check.rule.info, activity.id, reaches.front().where,
                                     check.message(activity, check.describe(reaches.front())),
                                     check.help(activity));
        add_reach_notes(finding, reaches, check.describe);
    }
}

} // namespace privmap::rules::lawfulness
