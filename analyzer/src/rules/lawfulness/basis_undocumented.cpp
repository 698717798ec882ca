#include "rules/lawfulness/lawfulness.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

/// Whether `basis_reference` must document something for `basis` (the law, the LIA, the
/// consent mechanism); contract and vital interests need nothing.
bool needs_documentation(LawfulBasis basis) {
    return basis != LawfulBasis::contract && basis != LawfulBasis::vital_interests;
}

/// What `special_condition_reference` must document ("law" or "consent", the catalogue's
/// variant): the Art. 9(2) conditions that exist only on the basis of Union or Member State law
/// (b, g, h, i, j; in NL filled in by UAVG art. 22-30), and the record of explicit consent (a).
/// Empty when the condition needs nothing.
std::string condition_documentation(SpecialCondition condition) {
    switch (condition) {
    case SpecialCondition::employment:
    case SpecialCondition::substantial_public_interest:
    case SpecialCondition::health_care:
    case SpecialCondition::public_health:
    case SpecialCondition::archiving_research:
        return "law";
    case SpecialCondition::explicit_consent:
        return "consent";
    default:
        return {};
    }
}

/// Models written before `special_condition_reference` documented the condition in
/// `basis_reference`: a law cited there, or for consent any record, still counts.
bool documented_in_basis_reference(const Activity& activity) {
    if (activity.special_condition == SpecialCondition::explicit_consent)
        return !activity.basis_reference.empty();
    return cites_law(activity.basis_reference);
}

void check_condition_undocumented(const Activity& activity, Findings& findings) {
    if (!activity.special_condition || !activity.special_condition_reference.empty() ||
        documented_in_basis_reference(activity))
        return;
    std::string documentation = condition_documentation(*activity.special_condition);
    if (documentation.empty())
        return;
    std::string key = "lawfulness.basis-undocumented.condition-" + documentation;
    findings.add(basis_undocumented.info, activity.id, activity.at("special_condition"),
                 {key,
                  {{"activity", activity.id},
                   {"condition", std::string(to_name(*activity.special_condition))}}},
                 {key + ".help", {}});
}

void check_basis_undocumented(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity))
            continue;
        check_condition_undocumented(activity, findings);
        if (!activity.lawful_basis || !activity.basis_reference.empty())
            continue;
        if (!needs_documentation(*activity.lawful_basis))
            continue;
        // The catalogue says per basis what is missing and how to add it.
        std::string basis(to_name(*activity.lawful_basis));
        findings.add(basis_undocumented.info, activity.id, activity.at("lawful_basis"),
                     {"lawfulness.basis-undocumented." + basis, {{"activity", activity.id}}},
                     {"lawfulness.basis-undocumented.help." + basis, {}});
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
            "`vital-interests` need no reference. The Art. 9(2) condition is documented apart, in "
            "`special_condition_reference`: `employment`, `substantial-public-interest`, "
            "`health-care`, `public-health` and `archiving-research` exist only on the basis of "
            "Union or Member State law (in NL UAVG art. 22-30), so that law is cited; "
            "`explicit-consent` needs its consent record. A law cited in `basis_reference` (or, "
            "for explicit consent, any `basis_reference`) still counts, as models written before "
            "`special_condition_reference` put it there.",
        .why = "The controller must be able to demonstrate lawfulness (Art. 5(2)). A legal "
               "obligation or public task exists only where Union or Member State law lays it down "
               "(Art. 6(3)); legitimate interests need the three-part test of purpose, necessity "
               "and balancing (EDPB Guidelines 1/2024); consent must be demonstrable (Art. 7(1)).",
        .legal = "GDPR Art. 5(2), 6(1), 6(3), 7(1), 9(2); UAVG art. 22-30 (NL); EDPB Guidelines "
                 "1/2024 on legitimate interests",
        .example = R"([[activity]]
id = "fraud-screening"
name = "Fraud screening"
role = "controller"
lawful_basis = "legitimate-interests"
purposes = ["fraud"]
subjects = ["customers"]
categories = ["payments"]
)",
        .fix = "Set `basis_reference` to the law article, the LIA document or the consent "
               "mechanism, and `special_condition_reference` to the law or consent record behind "
               "the Art. 9(2) condition.",
    },
    check_basis_undocumented};

} // namespace privmap::rules::lawfulness
