#include "rules/organisation/organisation.h"
#include "rules/wording.h"

#include <privmap/facts.h>

namespace privmap::rules::organisation {
namespace {

void check_representative_missing(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (representative_required(context.model) != Answer::yes || organisation->representative)
        return;
    findings.add(representative_missing.info, organisation->id, organisation->at("country"),
                 {"organisation.representative-missing",
                  {{"organisation", organisation->id}, {"country", organisation->country}}},
                 {"organisation.representative-missing.help", {}});
}

} // namespace

const Rule representative_missing{
    {
        .id = "organisation.representative-missing",
        .severity = Severity::error,
        .summary = "an organisation outside the EU/EEA has no representative in the Union",
        .what =
            "Reports an `[organisation]` whose `country` is outside the EEA (EU 27, Iceland, "
            "Liechtenstein, Norway) and that has no `representative`. Public bodies are exempt "
            "(Art. 27(2)(b)). Where subjects declare their `countries`, the rule applies only "
            "when one of them is in the EEA (Art. 3(2): the organisation offers goods or "
            "services to, or monitors, people in the Union); without `countries`, a model of an "
            "organisation is taken to mean it processes the data of people in the Union. Where the "
            "processing is only occasional, excludes "
            "large-scale special data and is unlikely to be risky (Art. 27(2)(a)), waive the "
            "finding with that reasoning.",
        .why =
            "A controller or processor not established in the Union that offers goods or services "
            "to, or monitors, people in the Union must designate in writing a representative in "
            "one of the Member States where they are. The representative is the point of contact "
            "for supervisory authorities and data subjects, and must be named in the privacy "
            "notice and the register.",
        .legal = "GDPR Art. 3(2), 27, 13(1)(a), 30(1)(a)",
        .example = R"([organisation]
id = "acme"
name = "Acme Inc."
country = "US"
contact = { email = "privacy@acme.example" }
)",
        .fix = "Designate an EU representative in writing and record it in `representative` of "
               "`[organisation]`.",
    },
    check_representative_missing};

} // namespace privmap::rules::organisation
