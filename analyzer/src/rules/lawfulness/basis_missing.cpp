#include "rules/lawfulness/lawfulness.h"

namespace privmap::rules::lawfulness {
namespace {

void check_basis_missing(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || activity.lawful_basis)
            continue;
        findings.add(basis_missing.info, activity.id, activity.where,
                     {"lawfulness.basis-missing", {{"activity", activity.id}}},
                     {"lawfulness.basis-missing.help", {}});
    }
}

} // namespace

const Rule basis_missing{
    {
        .id = "lawfulness.basis-missing",
        .severity = Severity::error,
        .summary = "a controller activity names no lawful basis",
        .what =
            "Every activity with role `controller` or `joint-controller` must say on which of the "
            "six grounds of Art. 6(1) it rests, in `lawful_basis`. Processor activities are left "
            "out: they rest on their controller's basis.",
        .why = "Processing is lawful only if and to the extent that one of the Art. 6(1) grounds "
               "applies; the controller must be able to show which one (accountability, Art. "
               "5(2)), and the register and privacy notice must state it (Art. 13(1)(c)).",
        .legal = "GDPR Art. 6(1), 5(2), 13(1)(c)",
        .example = R"([[activity]]
id = "newsletter"
name = "Newsletter"
role = "controller"
purposes = ["marketing"]
subjects = ["customers"]
categories = ["email"]
)",
        .fix = "Add `lawful_basis` with the ground the activity really rests on, and "
               "`basis_reference` documenting it (the law, the LIA or the consent mechanism).",
    },
    check_basis_missing};

} // namespace privmap::rules::lawfulness
