#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

/// Art. 22(3): a decision allowed by contract or explicit consent needs safeguards the
/// controller puts in place; one authorised by law has the law's own safeguards (22(2)(b)).
bool needs_own_safeguards(AutomatedException exception) {
    return exception != AutomatedException::law;
}

void check_automated_decision_exception(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || !activity.automated_decision)
            continue;
        if (!activity.automated_exception) {
            findings.add(automated_decision_exception.info, activity.id,
                         activity.at("automated_decision"),
                         {"lawfulness.automated-decision-exception", {{"activity", activity.id}}},
                         {"lawfulness.automated-decision-exception.help", {}});
            continue;
        }
        if (needs_own_safeguards(*activity.automated_exception) &&
            activity.automated_safeguards.empty())
            findings.add(automated_decision_exception.info, activity.id,
                         activity.at("automated_exception"),
                         {"lawfulness.automated-decision-exception.safeguards",
                          {{"activity", activity.id},
                           {"exception", std::string(to_name(*activity.automated_exception))}}},
                         {"lawfulness.automated-decision-exception.safeguards.help", {}});
    }
}

} // namespace

const Rule automated_decision_exception{
    {
        .id = "lawfulness.automated-decision-exception",
        .severity = Severity::error,
        .summary = "an automated decision without an Art. 22(2) exception or its safeguards",
        .what = "Reports a controller or joint-controller activity with `automated_decision = "
                "true` (a decision based solely on automated processing with legal or similarly "
                "significant effect) that names no `automated_exception`, or that rests on "
                "`contract` or `explicit-consent` without `automated_safeguards`.",
        .why = "Data subjects have the right not to be subject to such decisions (Art. 22(1)). "
               "They are allowed only when necessary for a contract, authorised by Union or "
               "Member State law, or based on explicit consent (Art. 22(2)); for contract and "
               "consent the controller must at least offer human intervention, a way to express "
               "one's view and to contest the decision (Art. 22(3)). The register and the "
               "privacy notice must say so (Art. 13(2)(f), 30).",
        .legal = "GDPR Art. 22(1)-(3), 13(2)(f); EDPB (WP251 rev.01) Guidelines on automated "
                 "decision-making",
        .example = R"([[activity]]
id = "credit-check"
name = "Automatic credit decision"
role = "controller"
automated_decision = true
# no automated_exception, no automated_safeguards
)",
        .fix = "Name the exception in `automated_exception` and describe the Art. 22(3) "
               "safeguards in `automated_safeguards`, or have a person take the decision.",
    },
    check_automated_decision_exception};

} // namespace privmap::rules::lawfulness
