#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo format{
    .id = "report.format",
    .severity = Severity::error,
    .summary = "A report format privmap does not know was asked for",
    .what = "That every `--format` names a format privmap writes: html, pdf, docx, odt, md, csv "
            "or xlsx.",
    .why = "Nothing is written when a format is misspelt: better to stop and say so than to "
           "leave the caller looking for a file that never came.",
    .legal = "GDPR Art. 30(3)",
    .example = "privmap report examples/econnect --format word",
    .fix = "Use html, pdf, docx, odt, md, csv or xlsx.",
};

} // namespace privmap::report_rule
