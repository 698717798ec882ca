#include "rules/organisation/organisation.h"
#include "rules/wording.h"

namespace privmap::rules::organisation {
namespace {

void check_rights_procedure(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (!organisation || !organisation->rights_procedure.empty())
        return;
    findings.add(rights_procedure.info, organisation->id, organisation->at("rights_procedure"),
                 {"organisation.rights-procedure", {{"organisation", organisation->id}}},
                 {"organisation.rights-procedure.help", {}});
}

} // namespace

const Rule rights_procedure{
    {
        .id = "organisation.rights-procedure",
        .severity = Severity::warning,
        .summary = "no procedure for data subjects' rights",
        .what =
            "Reports an `[organisation]` without `rights_procedure`: how data subjects exercise "
            "their rights of access, rectification, erasure, restriction, portability and "
            "objection.",
        .why = "The controller must facilitate the exercise of these rights and answer within one "
               "month (extendable by two). Without an agreed procedure, requests get lost or "
               "answered late, and the privacy notice cannot say how to exercise them (Art. "
               "13(2)(b)).",
        .legal = "GDPR Art. 12(2), 12(3), 13(2)(b), 15-22",
        .example = R"([organisation]
id = "acme"
name = "Acme B.V."
country = "NL"
contact = { email = "privacy@acme.nl" }
)",
        .fix =
            "Write down the procedure (intake channel, identity check, owner, deadlines, log) and "
            "reference it in `rights_procedure`.",
    },
    check_rights_procedure};

} // namespace privmap::rules::organisation
