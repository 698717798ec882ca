#include "rules.h"

namespace privmap::model_rule {

const RuleInfo syntax{
    .id = "model.syntax",
    .severity = Severity::error,
    .summary = "a model file cannot be read as TOML",
    .what = "That every model file can be read: it exists, is valid UTF-8 without NUL bytes, is "
            "within the size limit, and parses as TOML 1.0. A directory model must contain at "
            "least one `.toml` file, and no file may lie outside the model's directory (a symbolic "
            "link that leads outside is refused).",
    .why = "A register that cannot be read cannot be checked: nothing else in it is verified until "
           "it parses.",
    .legal = "GDPR Art. 30(3): the record shall be in writing, including in electronic form",
    .example = "[[activity]]\nid = \"payroll\"\nname = \"Payroll\n",
    .fix = "Correct the TOML at the position shown (a missing quote, bracket or `=` is the usual "
           "cause); save the file as UTF-8.",
};

} // namespace privmap::model_rule
