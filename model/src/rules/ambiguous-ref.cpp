#include "rules.h"

namespace privmap::model_rule {

const RuleInfo ambiguous_ref{
    .id = "model.ambiguous-ref",
    .severity = Severity::error,
    .summary = "a reference that could mean entities of several kinds",
    .what = "That a reference names one entity. Ids are unique per kind, so an activity, a system "
            "and a purpose may all be `crm`; where a key takes several kinds (a flow's `from` and "
            "`to`, a waiver's `target`) and more than one of them has the id, the reference must "
            "say which: `system:crm` or `activity:crm`.",
    .why = "A flow to the wrong one of two entities puts data in the wrong place of the lineage "
           "graph and the register.",
    .legal = "GDPR Art. 30(1)",
    .example =
        "[[system]]\nid = \"crm\"\nname = \"CRM\"\ncountry = \"NL\"\n\n[[activity]]\nid = "
        "\"crm\"\nname = \"Customer relations\"\n...\n\n[[flow]]\nfrom = \"customers\"\nto = "
        "\"crm\"   # the system or the activity?\ncategories = [\"contact\"]",
    .fix = "Write the kind before the id: `to = \"system:crm\"`.",
};

} // namespace privmap::model_rule
