#include "rules/lawfulness/lawfulness.h"
#include "rules/reuse.h"
#include "rules/wording.h"

namespace privmap::rules::lawfulness {
namespace {

/// Where the activity relies on consent: its Art. 6 basis, or its Art. 9(2)(a) condition.
const char* consent_key(const Activity& activity) {
    if (activity.lawful_basis == LawfulBasis::consent)
        return "lawful_basis";
    if (activity.special_condition == SpecialCondition::explicit_consent)
        return "special_condition";
    return nullptr;
}

void check_employee_consent(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        const char* key = consent_key(activity);
        if (!answers_for_lawfulness(activity) || !key)
            continue;
        auto staff = own_staff_of(context.model, activity);
        if (staff.empty())
            continue;
        auto& finding = findings.add(employee_consent.info, activity.id, activity.at(key),
                                     {"lawfulness.employee-consent",
                                      {{"activity", activity.id}, {"subject", staff.front()->id}}},
                                     {"lawfulness.employee-consent.help", {}});
        for (const Subject* subject : staff)
            finding.notes.push_back(
                {{"lawfulness.employee-consent.staff", {{"subject", subject->id}}},
                 subject->at("own_staff")});
    }
}

} // namespace

const Rule employee_consent{
    {
        .id = "lawfulness.employee-consent",
        .severity = Severity::warning,
        .summary = "an employer relies on its own employees' consent",
        .what = "Reports a controller or joint-controller activity whose `lawful_basis` is "
                "`consent`, or whose `special_condition` is `explicit-consent`, while one of its "
                "`subjects` is the organisation's own staff (`own_staff = true`).",
        .why = "Consent is valid only when freely given (Art. 4(11), 7(4)). Between employer and "
               "employee there is a clear imbalance of power: an employee can rarely refuse "
               "without fearing consequences, so consent is in most cases not a valid basis "
               "(Recital 43; EDPB Guidelines 05/2020 on consent, 3.1.1). The Dutch authority "
               "fined an employer EUR 725,000 in 2020 for fingerprint time clocks based on "
               "employees' consent.",
        .legal = "GDPR Art. 4(11), 6(1)(a), 7(4), 9(2)(a), 88, Recital 43; EDPB Guidelines 05/2020",
        .example = R"([[subject]]
id = "staff"
name = "Employees"
own_staff = true

[[activity]]
id = "time-clock"
name = "Fingerprint time clock"
role = "controller"
lawful_basis = "consent"
subjects = ["staff"]
categories = ["fingerprint"]
)",
        .fix = "Rest the processing on another basis that fits (the employment contract, a legal "
               "obligation, legitimate interests with an LIA), or, in the rare case where "
               "refusing truly has no consequences, document why in `basis_reference`.",
    },
    check_employee_consent};

} // namespace privmap::rules::lawfulness
