#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

namespace privmap::rules::lawfulness {
namespace {

void check_public_body_legitimate_interests(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (!organisation || !organisation->public_body)
        return;
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) ||
            activity.lawful_basis != LawfulBasis::legitimate_interests ||
            activity.outside_public_tasks)
            continue;
        auto& finding = findings.add(
            public_body_legitimate_interests.info, activity.id, activity.at("lawful_basis"),
            {"lawfulness.public-body-legitimate-interests",
             {{"activity", activity.id}, {"organisation", organisation->id}}},
            {"lawfulness.public-body-legitimate-interests.help", {}});
        finding.notes.push_back({{"lawfulness.public-body-legitimate-interests.public-body",
                                  {{"organisation", organisation->id}}},
                                 organisation->at("public_body")});
    }
}

} // namespace

const Rule public_body_legitimate_interests{
    {
        .id = "lawfulness.public-body-legitimate-interests",
        .severity = Severity::error,
        .summary = "a public body relies on legitimate interests for its tasks",
        .what = "Reports a controller or joint-controller activity of an organisation with "
                "`public_body = true` whose `lawful_basis` is `legitimate-interests`, unless the "
                "activity says it is outside the body's public tasks (`outside_public_tasks = "
                "true`).",
        .why = "Art. 6(1)(f) does not apply to processing carried out by public authorities in "
               "the performance of their tasks (Art. 6(1), second subparagraph; Recital 47): "
               "their processing needs a basis in law, Art. 6(1)(c) or (e). Outside their public "
               "tasks (running their own canteen, say) they may rely on legitimate interests.",
        .legal = "GDPR Art. 6(1) second subparagraph, 6(1)(e), 6(3), Recital 47",
        .example = R"([organisation]
id = "municipality"
public_body = true
# ...

[[activity]]
id = "parking-enforcement"
role = "controller"
lawful_basis = "legitimate-interests"
)",
        .fix = "Rest the activity on `public-task` or `legal-obligation` and cite the law in "
               "`basis_reference`; mark it `outside_public_tasks = true` only when it is not part "
               "of the body's public tasks.",
    },
    check_public_body_legitimate_interests};

} // namespace privmap::rules::lawfulness
