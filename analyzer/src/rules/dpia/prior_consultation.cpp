#include "rules/dpia/dpia.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::dpia {
namespace {

void check_prior_consultation(const Context& context, Findings& findings) {
    for (const Dpia& dpia : context.model.dpias) {
        if (!dpia.prior_consultation.empty())
            continue;
        for (const Risk& risk : dpia.risks) {
            if (!stays_high(risk).value_or(false))
                continue;
            auto likelihood = risk.residual_likelihood ? risk.residual_likelihood : risk.likelihood;
            auto severity = risk.residual_severity ? risk.residual_severity : risk.severity;
            std::string which =
                risk.residual_likelihood || risk.residual_severity ? "residual" : "unmitigated";
            const Location& where = risk.keys.at_or(
                risk.residual_severity ? "residual_severity" : "severity", risk.where);
            auto level = [](Level l) {
                return std::vector{Message{"level." + std::string(to_name(l)), {}}};
            };
            findings.add(prior_consultation.info, dpia.id, where,
                         {"dpia.prior-consultation",
                          {{"risk", risk.id},
                           {"dpia", dpia.id},
                           {"which", which},
                           {"likelihood", level(*likelihood)},
                           {"severity", level(*severity)}}},
                         {"dpia.prior-consultation.help", {}});
            break;
        }
    }
}

} // namespace

const Rule prior_consultation{
    {
        .id = "dpia.prior-consultation",
        .severity = Severity::error,
        .summary = "A high residual risk without prior consultation of the supervisory authority",
        .what = "A `[[dpia]]` with a risk whose residual likelihood and residual severity are both "
                "`significant` or `maximum` (the CNIL scale), and no `prior_consultation`. Where a "
                "risk gives "
                "no residual levels, its initial levels are used: nothing shows the measures lower "
                "it. One "
                "finding per DPIA.",
        .why = "Where a DPIA shows that processing would result in a high risk in the absence of "
               "measures "
               "to mitigate it, the controller must consult the supervisory authority before "
               "processing "
               "(Art. 36(1)).",
        .legal = "GDPR Art. 36(1); Recital 94",
        .example = "[[dpia.risk]]\nid = \"profiling\"\nevent = \"illegitimate-access\"\nmeasures = "
                   "[\"mfa\"]\n"
                   "residual_likelihood = \"significant\"\nresidual_severity = \"maximum\"\n",
        .fix = "Add measures that bring the residual risk down, or consult the supervisory "
               "authority and "
               "record the reference in `prior_consultation`.",
    },
    check_prior_consultation};

} // namespace privmap::rules::dpia
