#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

bool views_accounted_for(const SubjectsViews& views) {
    return views.sought.value_or(false) || !views.reason.empty();
}

void check_views_not_sought(const Context& context, Findings& findings) {
    for (const Dpia& dpia : context.model.dpias) {
        // A draft may still seek them; an approved DPIA has had its chance.
        if (!is_approved(dpia) ||
            (dpia.subjects_views && views_accounted_for(*dpia.subjects_views)))
            continue;
        const Location& where =
            dpia.subjects_views ? dpia.subjects_views->where : approval_at(dpia);
        findings.add(views_not_sought.info, dpia.id, where,
                     {"dpia.views-not-sought", {{"dpia", dpia.id}}},
                     {"dpia.views-not-sought.help", {}});
    }
}

} // namespace

const Rule views_not_sought{
    {
        .id = "dpia.views-not-sought",
        .severity = Severity::note,
        .summary = "An approved DPIA neither sought data subjects' views nor says why not",
        .what = "Every approved `[[dpia]]` without `subjects_views`, or whose `subjects_views` "
                "has neither `sought = true` nor a `reason`. Drafts are left alone: they may "
                "still seek them.",
        .why = "Where appropriate, the controller seeks the views of data subjects or their "
               "representatives (a works council, a client panel) on the intended processing "
               "(Art. 35(9)). WP248 rev.01 asks that a decision not to seek them, or to depart "
               "from them, is documented with its reasons.",
        .legal = "GDPR Art. 35(9); WP248 rev.01",
        .example = "[[dpia]]\nid = \"dpia-crm\"\ntitle = \"CRM\"\nstatus = \"approved\"\n"
                   "# no subjects_views\n",
        .fix = "Record `subjects_views` with `sought = true`, `how` and `outcome`, or with "
               "`sought = false` and the `reason`.",
    },
    check_views_not_sought};

} // namespace privmap::rules::dpia
