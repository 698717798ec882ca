#include "rules/dpia/dpia.h"
#include "rules/wording.h"

namespace privmap::rules::dpia {
namespace {

void check_risk_unmitigated(const Context& context, Findings& findings) {
    for (const Dpia& dpia : context.model.dpias)
        for (const Risk& risk : dpia.risks)
            if (risk.measures.empty())
                findings.add(risk_unmitigated.info, dpia.id, risk.where,
                             {"dpia.risk-unmitigated", {{"risk", risk.id}, {"dpia", dpia.id}}},
                             {"dpia.risk-unmitigated.help", {}});
}

} // namespace

const Rule risk_unmitigated{
    {
        .id = "dpia.risk-unmitigated",
        .severity = Severity::warning,
        .summary = "A DPIA risk has no measures",
        .what = "Every `[[dpia.risk]]` without `measures`.",
        .why = "A DPIA must contain the measures envisaged to address the risks (Art. 35(7)(d)); a "
               "risk "
               "without any is a risk accepted without saying so.",
        .legal = "GDPR Art. 35(7)(d)",
        .example = "[[dpia.risk]]\nid = \"leak\"\nevent = \"illegitimate-access\"\nlikelihood = "
                   "\"limited\"\n"
                   "severity = \"significant\"\n",
        .fix = "List the measures that address the risk, or document why it is accepted as it is.",
    },
    check_risk_unmitigated};

} // namespace privmap::rules::dpia
