#include "rules/lineage/lineage.h"
#include "rules/wording.h"

#include <array>

namespace privmap::rules::lineage {
namespace {

void check_flow_without_activity(const Context& context, Findings& findings) {
    for (const Flow& flow : context.model.flows) {
        if (flow.activity)
            continue;
        auto from = flow.from.target();
        if (!from || from->kind == EntityKind::subject)
            continue;
        findings.add(
            flow_without_activity.info, flow.from.id, flow.where,
            {"lineage.flow-without-activity", {{"from", flow.from.id}, {"to", flow.to.id}}},
            {"lineage.flow-without-activity.help", {}});
    }
}

} // namespace

const Rule flow_without_activity{
    {
        .id = "lineage.flow-without-activity",
        .severity = Severity::error,
        .summary = "A flow names no activity",
        .what =
            "Every `[[flow]]` that does not start at a data subject must name the `activity` under "
            "which the data moves. Flows from a subject are collection and may leave it out. The "
            "finding is about the flow's `from` entity (waive it with that id as `target`).",
        .why = "Each movement of personal data is processing (Art. 4(2)) and needs a purpose and a "
               "lawful "
               "basis (Art. 5(1)(b), 6(1)); these come from the activity. A flow without one is "
               "processing "
               "the register cannot account for.",
        .legal = "GDPR Art. 4(2), 5(1)(b), 6(1), 30(1)",
        .example = "[[flow]]\nfrom = \"crm\"\nto = \"warehouse\"\ncategories = [\"contact\"]\n",
        .fix = "Add `activity` naming the activity the flow serves, declaring a new activity if "
               "none fits.",
    },
    check_flow_without_activity};

} // namespace privmap::rules::lineage
