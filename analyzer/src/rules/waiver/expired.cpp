#include "rules/waiver/waiver.h"

namespace privmap::rules::waiver {

const Rule expired{
    {
        .id = "waiver.expired",
        .severity = Severity::warning,
        .summary = "A waiver is past its expiry date and no longer accepts its finding",
        .what =
            "Every `[[waiver]]` whose `expires` date lies before today (`--today`). The finding it "
            "accepted is reported again as it is, and this warning points at the waiver.",
        .why =
            "A waiver documents a conscious decision to accept a gap for a while. Accountability "
            "(Art. 5(2)) asks that such decisions are revisited: an expired waiver is a decision "
            "nobody has renewed, so privmap stops treating the gap as accepted.",
        .legal = "GDPR Art. 5(2), 24(1)",
        .example = "[[waiver]]\nrule = \"retention.vague\"\ntarget = \"sales-leads\"\n"
                   "reason = \"Leads are reviewed by hand each quarter\"\napproved_by = \"DPO\"\n"
                   "expires = 2025-01-01\n",
        .fix = "Fix the finding and remove the waiver, or review the decision and set a new "
               "`expires` date.",
    },
    nullptr};

} // namespace privmap::rules::waiver
