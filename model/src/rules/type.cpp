#include "rules.h"

namespace privmap::model_rule {

const RuleInfo type{
    .id = "model.type",
    .severity = Severity::error,
    .summary = "a value of the wrong type, an unknown enum value or a malformed id",
    .what = "That every value has the type its key requires (string, integer, boolean, date, ISO "
            "8601 duration, id, list), that enumerated values are among the allowed ones (listed "
            "in the message), that ids match `^[a-z0-9][a-z0-9._-]{0,63}$`, and that country codes "
            "are ISO 3166-1 alpha-2.",
    .why = "A lawful basis spelt `legitimate-interest` or a period of `7 years` cannot be checked "
           "against the GDPR; privmap refuses it rather than guessing.",
    .legal = "GDPR Art. 30(1)",
    .example =
        "[[activity]]\nid = \"payroll\"\nname = \"Payroll\"\nrole = \"controller\"\nlawful_basis = "
        "\"legal obligation\"   # the value is `legal-obligation`",
    .fix = "Use one of the values listed in the message, or the type it names (dates are written "
           "unquoted: `2026-03-01`; durations as `\"P7Y\"`).",
};

} // namespace privmap::model_rule
