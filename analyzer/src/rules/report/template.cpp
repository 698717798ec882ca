#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo template_{
    .id = "report.template",
    .severity = Severity::error,
    .summary = "A report template or message catalogue is missing or broken",
    .what = "That the templates and the message catalogue (templates/i18n/<lang>.json) a report "
            "needs exist, parse, and render: a Mustache syntax error or an invalid JSON catalogue "
            "in a `--templates` folder is reported with the file it is in.",
    .why = "The documents are rendered from templates; a broken one would give an empty or "
           "garbled register instead of the record Art. 30 asks for.",
    .legal = "GDPR Art. 30(3)",
    .example = "privmap report examples/econnect --templates my-templates   # a {{#section}} never "
               "closed",
    .fix = "Compare the template with the shipped one (docs/templates.md), or remove it from the "
           "`--templates` folder so the shipped one is used.",
};

} // namespace privmap::report_rule
