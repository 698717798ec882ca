#include "rules/lawfulness/lawfulness.h"

namespace privmap::rules::lawfulness {
namespace {

void check_public_body_consent(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (!organisation || !organisation->public_body)
        return;
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || activity.lawful_basis != LawfulBasis::consent)
            continue;
        auto& finding =
            findings.add(public_body_consent.info, activity.id, activity.at("lawful_basis"),
                         {"lawfulness.public-body-consent",
                          {{"activity", activity.id}, {"organisation", organisation->id}}},
                         {"lawfulness.public-body-consent.help", {}});
        finding.notes.push_back(
            {{"lawfulness.public-body-consent.public-body", {{"organisation", organisation->id}}},
             organisation->at("public_body")});
    }
}

} // namespace

const Rule public_body_consent{
    {
        .id = "lawfulness.public-body-consent",
        .severity = Severity::warning,
        .summary = "a public body relies on consent",
        .what = "Reports controller activities with `lawful_basis = \"consent\"` when the "
                "organisation is a `public_body`.",
        .why = "Consent is valid only if freely given. Given the clear imbalance between an "
               "authority and the people it serves, consent is unlikely to be free; public bodies "
               "normally rest on a public task or legal obligation laid down by law. Where refusal "
               "truly has no consequences (a newsletter, a survey) consent can work; then document "
               "why.",
        .legal = "GDPR Art. 6(1)(a), 7(4), Recital 43; EDPB Guidelines 05/2020 on consent, §16-20",
        .example = R"([organisation]
id = "gemeente"
name = "Gemeente"
country = "NL"
public_body = true
contact = { email = "privacy@gemeente.nl" }

[[activity]]
id = "permits"
name = "Permits"
role = "controller"
lawful_basis = "consent"
purposes = ["permits"]
subjects = ["residents"]
categories = ["contact"]
)",
        .fix =
            "Rest the activity on `public-task` or `legal-obligation` and cite the law, or waive "
            "the finding with the reason consent is genuinely free here.",
    },
    check_public_body_consent};

} // namespace privmap::rules::lawfulness
