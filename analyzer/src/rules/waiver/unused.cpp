#include "rules/waiver/waiver.h"

namespace privmap::rules::waiver {

const Rule unused{
    {
        .id = "waiver.unused",
        .severity = Severity::note,
        .summary = "A waiver matches no finding",
        .what =
            "Every unexpired `[[waiver]]` whose `rule` and `target` match no finding of this run. "
            "Waivers of rules switched `off` in `[checks.severity]` are not reported.",
        .why = "The gap it accepted has been fixed, or the waiver names the wrong rule or entity. "
               "A stale "
               "waiver misleads the auditor reading the register and would silently accept the gap "
               "if it came back.",
        .legal = "GDPR Art. 5(2)",
        .example =
            "[[waiver]]\nrule = \"retention.vague\"\ntarget = \"newsletter\"   # newsletter has a "
            "precise retention\nreason = \"...\"\napproved_by = \"DPO\"\nexpires = 2027-01-01\n",
        .fix = "Remove the waiver, or correct its `rule` or `target`.",
    },
    nullptr};

} // namespace privmap::rules::waiver
