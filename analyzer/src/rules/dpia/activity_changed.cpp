#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

/// The date the DPIA was approved on: `approved`, else its decision's date; and where it is
/// written.
std::optional<std::pair<Date, Location>> approval_date(const Dpia& dpia) {
    if (dpia.approved)
        return std::pair{*dpia.approved, dpia.at("approved")};
    if (dpia.decision && dpia.decision->date)
        return std::pair{*dpia.decision->date, dpia.decision->where};
    return std::nullopt;
}

void check_activity_changed(const Context& context, Findings& findings) {
    auto covering = covering_dpias(context.model);
    for (std::size_t a = 0; a < context.model.activities.size(); ++a) {
        const Dpia* dpia = covering[a];
        const Activity& activity = context.model.activities[a];
        if (!dpia || !is_approved(*dpia) || !activity.updated)
            continue;
        auto approved = approval_date(*dpia);
        if (!approved || !(approved->first < *activity.updated))
            continue;
        Diagnostic& d = findings.add(activity_changed.info, dpia->id, activity.at("updated"),
                                     {"dpia.activity-changed",
                                      {{"activity", activity.id},
                                       {"updated", activity.updated->str()},
                                       {"dpia", dpia->id},
                                       {"approved", approved->first.str()}}},
                                     {"dpia.activity-changed.help", {}});
        d.notes.push_back(
            {{"dpia.activity-changed.approved", {{"dpia", dpia->id}}}, approved->second});
    }
}

} // namespace

const Rule activity_changed{
    {
        .id = "dpia.activity-changed",
        .severity = Severity::warning,
        .summary = "An activity changed after the DPIA that covers it was approved",
        .what = "Every activity whose `updated` date lies after the approval of the approved "
                "`[[dpia]]` that covers it (its `approved` date, else its `decision`'s `date`). "
                "Activities without `updated`, and DPIAs without an approval date, are not "
                "judged.",
        .why = "A DPIA assesses the processing as it was when it was approved. Where the "
               "processing changes (other categories, recipients or transfers), the controller "
               "must review whether it still runs as assessed (Art. 35(11)); WP248 asks for the "
               "DPIA to be revisited when the risk may have changed.",
        .legal = "GDPR Art. 35(11); WP248 rev.01",
        .example = "[[activity]]\nid = \"selling\"\n# ...\nupdated = 2026-02-01\n"
                   "dpia = \"dpia-shop\"\n\n[[dpia]]\nid = \"dpia-shop\"\n# ...\n"
                   "status = \"approved\"\napproved = 2025-03-01\n",
        .fix = "Review the DPIA against the activity as it is now, and record the new approval "
               "date (`approved`, or the `decision`'s `date`) once it is approved again.",
    },
    check_activity_changed};

} // namespace privmap::rules::dpia
