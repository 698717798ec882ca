#include "rules.h"

namespace privmap::model_rule {

const RuleInfo cycle{
    .id = "model.cycle",
    .severity = Severity::error,
    .summary = "categories whose `parent` chain is a cycle",
    .what = "That the `parent` links of categories form a tree: following `parent` from any "
            "category ends at a category without one.",
    .why = "Categories inherit `special`, `national_id`, `highly_personal` and "
           "`statutory_retention` from their ancestors; in a cycle there is no broadest category, "
           "so what is inherited is undefined.",
    .legal = "GDPR Art. 9(1), 30(1)(c)",
    .example = "[[category]]\nid = \"contact\"\nname = \"Contact\"\nparent = "
               "\"email\"\n\n[[category]]\nid = \"email\"\nname = \"E-mail\"\nparent = \"contact\"",
    .fix = "Remove the `parent` of the broadest category in the cycle.",
};

} // namespace privmap::model_rule
