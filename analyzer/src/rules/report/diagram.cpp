#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo diagram{
    .id = "report.diagram",
    .severity = Severity::error,
    .summary = "Graphviz could not draw a lineage diagram, or complained while drawing it",
    .what = "That Graphviz lays out and renders every lineage diagram of a report. An error "
            "(no picture) is an error; a picture drawn with Graphviz warnings is a warning that "
            "quotes them.",
    .why = "The diagrams show where personal data comes from and goes to (Art. 30(1)(d), (e)); "
           "a report without them is incomplete, and one drawn with warnings may be wrong.",
    .legal = "GDPR Art. 30(1)(d), 30(1)(e)",
    .example = "privmap report examples/econnect --format html   # a broken Graphviz installation",
    .fix = "Check the Graphviz installation (`dot -V`, `dot -c`).",
};

} // namespace privmap::report_rule
