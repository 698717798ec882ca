#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo tool{
    .id = "report.tool",
    .severity = Severity::error,
    .summary = "An external tool a report format needs is missing or failed",
    .what =
        "That the programs behind a format ran and succeeded: Pandoc for DOCX, ODT and PDF, "
        "WeasyPrint for PDF, rsvg-convert for the diagrams in DOCX. privmap runs them without a "
        "shell, with a time limit, and names the tool, its exit status and what it wrote on "
        "its error output.",
    .why = "A register or DPIA that was not written cannot be filed; a half-written one must not "
           "be mistaken for a whole one (accountability, Art. 5(2)). The other formats of the same "
           "run are still written.",
    .legal = "GDPR Art. 5(2), 30(3)",
    .example = "privmap report examples/econnect --format pdf   # WeasyPrint is not installed",
    .fix = "Install the tool named in the message (scripts/install-deps.sh lists them), or choose "
           "a format that needs no tool (html, md, csv, xlsx).",
};

} // namespace privmap::report_rule
