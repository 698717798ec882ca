#include "rules/processor/processor.h"
#include "rules/wording.h"

namespace privmap::rules::processor {
namespace {

void check_dpa_expired(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.kind == ObligationKind::dpa_end && due.overdue())
            findings.add(dpa_expired.info, due.entity, due.where,
                         {"processor.dpa-expired",
                          {{"party", due.entity},
                           {"ended", due.due.str()},
                           {"today", context.options.today.str()}}},
                         {"processor.dpa-expired.help", {{"party", due.entity}}});
}

} // namespace

const Rule dpa_expired{
    {
        .id = "processor.dpa-expired",
        .severity = Severity::error,
        .summary = "a party's data processing agreement has ended",
        .what = "Every `[[party]]` whose `dpa_expires` date lies before today (`--today`).",
        .why = "Processing by a processor must be governed by a contract that binds it (Art. "
               "28(3)). Once the agreement has ended, the processor is no longer bound by the "
               "controller's instructions, confidentiality, security and deletion duties, and "
               "the controller cannot show that it is.",
        .legal = "GDPR Art. 28(3), 28(9)",
        .example = "[[party]]\nid = \"mailer\"\nrole = \"processor\"\n# ...\n"
                   "dpa = \"DPA-2022-04\"\ndpa_expires = 2025-12-31\n",
        .fix = "Renew the agreement and record its reference in `dpa` and its end in "
               "`dpa_expires`, or stop using the party.",
    },
    check_dpa_expired};

} // namespace privmap::rules::processor
