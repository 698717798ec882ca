#include "rules.h"

namespace privmap::model_rule {

const RuleInfo organisation{
    .id = "model.organisation",
    .severity = Severity::error,
    .summary = "no `[organisation]`, or more than one",
    .what = "That the model declares exactly one `[organisation]`, in any of its files.",
    .why = "The register is the organisation's: its name, contact details and DPO must appear on "
           "it, and every activity is its processing.",
    .legal = "GDPR Art. 30(1)(a)",
    .example = "[model]\nformat = 1\n# no [organisation] anywhere in the model",
    .fix = "Declare `[organisation]` with `id`, `name`, `country` and `contact` in one file of the "
           "model, and remove any other.",
};

} // namespace privmap::model_rule
