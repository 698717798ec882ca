#include "rules/security/security.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::security {
namespace {

bool system_has_measures(const Model& model, const Ref& ref) {
    const System* system = model.target<System>(ref);
    return system && !system->measures.empty();
}

void check_none(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (const System& system : model.systems)
        if (system.measures.empty())
            findings.add(none.info, system.id, system.where,
                         {"security.none.system", {{"system", system.id}}},
                         {"security.none.system.help", {}});
    for (const Activity& activity : model.activities) {
        bool covered = !activity.measures.empty() ||
                       std::any_of(activity.systems.begin(), activity.systems.end(),
                                   [&](const Ref& ref) { return system_has_measures(model, ref); });
        if (!covered)
            findings.add(none.info, activity.id, activity.where,
                         {"security.none.activity", {{"activity", activity.id}}},
                         {"security.none.activity.help", {}});
    }
}

} // namespace

const Rule none{
    {
        .id = "security.none",
        .severity = Severity::warning,
        .summary = "An activity or system has no security measures at all",
        .what =
            "Every system without `measures`, and every activity that has no `measures` of its own "
            "and uses no system that has any.",
        .why =
            "The controller must implement measures appropriate to the risk (Art. 32(1)) and the "
            "register must describe them where possible (Art. 30(1)(g)). No measures at all is "
            "either "
            "a gap in the protection or in the register.",
        .legal = "GDPR Art. 5(1)(f), 30(1)(g), 32(1)",
        .example = "[[system]]\nid = \"shared-drive\"\nname = \"Shared drive\"\ncountry = \"NL\"\n",
        .fix = "Declare the `[[measure]]`s in place (access control, encryption, logging, backups, "
               "training) and list them on the system or activity.",
    },
    check_none};

} // namespace privmap::rules::security
