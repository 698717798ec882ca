#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo write{
    .id = "report.write",
    .severity = Severity::error,
    .summary = "A report file or the output folder cannot be written",
    .what = "That the output folder can be created and every document written to it. Each file "
            "is written to a temporary file and renamed, so a failure leaves the previous version "
            "untouched.",
    .why = "The register is the document the organisation keeps available to the supervisory "
           "authority (Art. 30(4)); a silently missing or truncated file would pass for the real "
           "one.",
    .legal = "GDPR Art. 5(2), 30(3), 30(4)",
    .example = "privmap report examples/econnect -o /read-only-folder",
    .fix = "Choose an output folder you can write to (`-o`), with free space.",
};

} // namespace privmap::report_rule
