#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

void check_advice_not_followed(const Context& context, Findings& findings) {
    for (const Dpia& dpia : context.model.dpias) {
        const auto& advice = dpia.dpo_advice;
        if (!advice || advice->followed.value_or(true) || !advice->reason.empty())
            continue;
        findings.add(advice_not_followed.info, dpia.id,
                     advice->keys.at_or("followed", advice->where),
                     {"dpia.advice-not-followed", {{"dpia", dpia.id}}},
                     {"dpia.advice-not-followed.help", {}});
    }
}

} // namespace

const Rule advice_not_followed{
    {
        .id = "dpia.advice-not-followed",
        .severity = Severity::warning,
        .summary = "The DPO's advice on a DPIA was not followed and no reason is recorded",
        .what = "Every `[[dpia]]` whose `dpo_advice` has `followed = false` and no `reason`.",
        .why = "The controller seeks the DPO's advice (Art. 35(2)); where it does not follow "
               "it, the DPIA documentation should record why (WP248 rev.01, III.C; Art. 5(2) "
               "accountability). Without the reason the decision cannot be reviewed.",
        .legal = "GDPR Art. 35(2), 5(2); WP248 rev.01",
        .example = "[[dpia]]\nid = \"dpia-crm\"\ntitle = \"CRM\"\ndpo_advice = { name = "
                   "\"J. Jansen\", advice = \"Do not profile\", followed = false }\n",
        .fix = "Record in `dpo_advice` the `reason` why the advice was not followed.",
    },
    check_advice_not_followed};

} // namespace privmap::rules::dpia
