#include "rules/dpia/dpia.h"
#include "rules/wording.h"

namespace privmap::rules::dpia {
namespace {

void check_not_approved(const Context& context, Findings& findings) {
    auto covering = covering_dpias(context.model);
    std::vector<bool> reported(context.model.dpias.size(), false);
    for (std::size_t a = 0; a < context.model.activities.size(); ++a) {
        const Dpia* dpia = covering[a];
        const Activity& activity = context.model.activities[a];
        if (!dpia || is_approved(*dpia) || activity.status != ActivityStatus::live)
            continue;
        auto index = static_cast<std::size_t>(dpia - context.model.dpias.data());
        if (reported[index])
            continue;
        reported[index] = true;
        Diagnostic& d =
            findings.add(not_approved.info, dpia->id, dpia->at("status"),
                         {"dpia.not-approved", {{"dpia", dpia->id}, {"activity", activity.id}}},
                         {"dpia.not-approved.help", {}});
        d.notes.push_back(
            {{"dpia.not-approved.live", {{"activity", activity.id}}}, activity.at("status")});
    }
}

} // namespace

const Rule not_approved{
    {
        .id = "dpia.not-approved",
        .severity = Severity::warning,
        .summary = "A DPIA is still a draft while the activity it covers is live",
        .what = "Every `[[dpia]]` not approved (`status = \"draft\"` and no `decision` to "
                "approve, or a `rejected` decision) that covers an activity whose `status` "
                "is `live` "
                "(the default). One finding per DPIA, naming the first such activity.",
        .why =
            "The DPIA must be carried out prior to the processing (Art. 35(1)); a draft means the "
            "assessment, the DPO's advice (Art. 35(2)) or the sign-off is not finished while the "
            "processing already runs.",
        .legal = "GDPR Art. 35(1), 35(2)",
        .example = "[[dpia]]\nid = \"dpia-crm\"\nstatus = \"draft\"\nactivities = [\"sales\"]   # "
                   "sales is live\n",
        .fix =
            "Finish and approve the DPIA, or mark the activity `status = \"planned\"` until it is.",
    },
    check_not_approved};

} // namespace privmap::rules::dpia
