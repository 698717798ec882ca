#include "rules.h"

namespace privmap::model_rule {

const RuleInfo dangling_ref{
    .id = "model.dangling-ref",
    .severity = Severity::error,
    .summary = "a reference to an id that is not declared",
    .what = "That every reference (`purposes`, `categories`, `systems`, flow `from` and `to`, "
            "waiver `target`, ...) names an id declared somewhere in the model. The nearest "
            "declared id of the expected kind is suggested.",
    .why = "A reference to nothing is a hole in the lineage: data that goes somewhere the register "
           "does not describe.",
    .legal = "GDPR Art. 30(1)",
    .example =
        "[[activity]]\nid = \"payroll\"\nname = \"Payroll\"\nrole = \"controller\"\nsubjects = "
        "[\"employees\"]\ncategories = [\"salary\"]   # no category `salary` is declared",
    .fix = "Declare the entity, or correct the id to the one suggested.",
};

} // namespace privmap::model_rule
