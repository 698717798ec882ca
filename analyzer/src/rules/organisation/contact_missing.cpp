#include "rules/organisation/organisation.h"
#include "rules/wording.h"

namespace privmap::rules::organisation {
namespace {

bool reachable(const Organisation& organisation) {
    const Contact& contact = organisation.contact;
    return !contact.email.empty() || !contact.phone.empty() || !contact.address.empty() ||
           !organisation.address.empty();
}

void check_contact_missing(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (!organisation || reachable(*organisation))
        return;
    findings.add(contact_missing.info, organisation->id, organisation->at("contact"),
                 {"organisation.contact-missing", {{"organisation", organisation->id}}},
                 {"organisation.contact-missing.help", {}});
}

} // namespace

const Rule contact_missing{
    {
        .id = "organisation.contact-missing",
        .severity = Severity::warning,
        .summary = "the organisation has no contact details",
        .what = "Reports an `[organisation]` whose `contact` has no `email`, `phone` or `address` "
                "and that has no postal `address` either.",
        .why =
            "The register opens with the name and contact details of the controller (or of the "
            "processor), and the privacy notice must give them to every data subject. Without "
            "them nobody can send a request, a complaint or a breach notice to the organisation.",
        .legal = "GDPR Art. 30(1)(a), 30(2)(a), 13(1)(a), 14(1)(a)",
        .example = R"([organisation]
id = "acme"
name = "Acme B.V."
country = "NL"
contact = {}
)",
        .fix =
            "Record at least one way to reach the organisation: `contact = { email = \"...\" }`, "
            "a phone number, or the postal address.",
    },
    check_contact_missing};

} // namespace privmap::rules::organisation
