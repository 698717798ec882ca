#include "rules.h"

namespace privmap::model_rule {

const RuleInfo unknown_key{
    .id = "model.unknown-key",
    .severity = Severity::error,
    .summary = "a key that the model language does not have",
    .what = "That every key in every table is one the language defines for that table. The nearest "
            "valid key is suggested.",
    .why = "A misspelt key is silently ignored by most tools: `purpose = [...]` instead of "
           "`purposes` would leave an activity without purposes in the register. In a compliance "
           "model a typo is a compliance gap.",
    .legal = "GDPR Art. 5(2) (accountability), Art. 30(1)",
    .example = "[[activity]]\nid = \"payroll\"\nname = \"Payroll\"\npurpose = [\"salary\"]   # the "
               "key is `purposes`",
    .fix = "Rename the key to the suggested one, or remove it. `docs/model.md` lists every key of "
           "every table.",
};

} // namespace privmap::model_rule
