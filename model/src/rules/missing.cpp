#include "rules.h"

namespace privmap::model_rule {

const RuleInfo missing{
    .id = "model.missing",
    .severity = Severity::error,
    .summary = "a required key is absent",
    .what = "That every table has the keys the language requires: `id` and `name` of each entity, "
            "`role` of activities and parties, `subjects` and `categories` of activities, `from`, "
            "`to` and `categories` of flows, and all five keys of a waiver. A gap in the content "
            "of the register (no purpose, no lawful basis, no retention) is not a load error but a "
            "finding of the analysis.",
    .why = "Without these keys privmap cannot build the model: an activity without categories has "
           "nothing to check, a waiver without reason or expiry would hide a finding without "
           "accountability.",
    .legal = "GDPR Art. 5(2), Art. 30(1)",
    .example = "[[waiver]]\nrule = \"retention.vague\"\ntarget = \"sales-leads\"\napproved_by = "
               "\"DPO\"\nexpires = 2027-01-01   # no `reason`",
    .fix = "Add the key named in the message.",
};

} // namespace privmap::model_rule
