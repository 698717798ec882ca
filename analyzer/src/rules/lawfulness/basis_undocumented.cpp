#include "rules/lawfulness/lawfulness.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

struct Documentation {
    std::string_view missing; // what the reference should have said
    std::string_view help;
};

/// What `basis_reference` must document for each basis; contract and vital interests need nothing.
std::optional<Documentation> documentation_for(LawfulBasis basis) {
    switch (basis) {
    case LawfulBasis::legal_obligation:
    case LawfulBasis::public_task:
        return Documentation{
            "the law that lays it down (Art. 6(3))",
            "cite the law in `basis_reference`, e.g. `basis_reference = \"AWR art. 52\"`"};
    case LawfulBasis::legitimate_interests:
        return Documentation{
            "a legitimate interests assessment (purpose, necessity, balancing)",
            "add `basis_reference` pointing at the LIA, e.g. `basis_reference = \"LIA-2025-04\"`"};
    case LawfulBasis::consent:
        return Documentation{
            "how consent is asked for and recorded (Art. 7(1))",
            "add `basis_reference` describing the consent mechanism and where consents are "
            "recorded"};
    case LawfulBasis::contract:
    case LawfulBasis::vital_interests:
        break;
    }
    return std::nullopt;
}

void check_basis_undocumented(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || !activity.lawful_basis ||
            !activity.basis_reference.empty())
            continue;
        auto documentation = documentation_for(*activity.lawful_basis);
        if (!documentation)
            continue;
        findings.add(basis_undocumented.info, activity.id, activity.at("lawful_basis"),
                     "activity `" + activity.id + "` relies on `" +
                         std::string(to_name(*activity.lawful_basis)) + "` without documenting " +
                         std::string(documentation->missing),
                     std::string(documentation->help));
    }
}

} // namespace

const Rule basis_undocumented{
    {
        .id = "lawfulness.basis-undocumented",
        .severity = Severity::warning,
        .summary = "a lawful basis is claimed without the document that supports it",
        .what =
            "For controller activities: `legal-obligation` and `public-task` need the law cited, "
            "`legitimate-interests` a reference to the legitimate interests assessment, and "
            "`consent` the consent mechanism and record, all in `basis_reference`. `contract` and "
            "`vital-interests` need no reference.",
        .why = "The controller must be able to demonstrate lawfulness (Art. 5(2)). A legal "
               "obligation or public task exists only where Union or Member State law lays it down "
               "(Art. 6(3)); legitimate interests need the three-part test of purpose, necessity "
               "and balancing (EDPB Guidelines 1/2024); consent must be demonstrable (Art. 7(1)).",
        .legal = "GDPR Art. 5(2), 6(1), 6(3), 7(1); EDPB Guidelines 1/2024 on legitimate interests",
        .example = R"([[activity]]
id = "fraud-screening"
name = "Fraud screening"
role = "controller"
lawful_basis = "legitimate-interests"
purposes = ["fraud"]
subjects = ["customers"]
categories = ["payments"]
)",
        .fix =
            "Set `basis_reference` to the law article, the LIA document or the consent mechanism.",
    },
    check_basis_undocumented};

} // namespace privmap::rules::lawfulness
