#include "rules.h"

namespace privmap::model_rule {

const RuleInfo duplicate_id{
    .id = "model.duplicate-id",
    .severity = Severity::error,
    .summary = "two entities share an id",
    .what = "That the ids of one kind are declared once across the whole model: two systems cannot "
            "both be `crm` (an activity and a system may). Also reports a setting of `[checks]` "
            "given twice across files.",
    .why = "A reference to an id declared twice is ambiguous: the register could attribute data to "
           "the wrong activity or system.",
    .legal = "GDPR Art. 30(1)",
    .example = "[[system]]\nid = \"crm\"\nname = \"CRM\"\ncountry = \"NL\"\n\n[[system]]\nid = "
               "\"crm\"   # already a system\nname = \"Old CRM\"\ncountry = \"NL\"",
    .fix = "Rename one of the two; the note points at the other place.",
};

} // namespace privmap::model_rule
