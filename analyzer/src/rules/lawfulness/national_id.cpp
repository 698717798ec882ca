#include "rules/lawfulness/lawfulness.h"
#include "rules/reach.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

/// Consent and legitimate interests are the controller's own grounds, never a law that
/// prescribes the number; with them the reference documents the consent or the LIA instead.
bool rests_on_own_ground(const Activity& activity) {
    return activity.lawful_basis == LawfulBasis::consent ||
           activity.lawful_basis == LawfulBasis::legitimate_interests;
}

void check(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& activity = model.activities[index];
        bool uncited = activity.basis_reference.empty();
        if (!answers_for_lawfulness(activity) || (!uncited && !rests_on_own_ground(activity)))
            continue;
        std::vector<Reach> reaches = reaching(context, index, national_identifier);
        if (reaches.empty())
            continue;
        auto describe = [&](const Reach& reach) {
            return describe_reach(model.categories[reach.origin].id, reach);
        };
        std::string why =
            uncited ? " without citing the law that prescribes its use"
                    : " on `" + std::string(to_name(*activity.lawful_basis)) +
                          "`, but only a law that prescribes the number can allow its use";
        auto& finding = findings.add(
            national_id.info, activity.id, reaches.front().where,
            "activity " + ticked(activity.id) + " uses a national identification number (" +
                describe(reaches.front()) + ")" + why,
            "cite the law that prescribes the number's use for this purpose in `basis_reference` "
            "(e.g. `Wet BRP art. 1.8`), or stop using the number");
        if (!uncited)
            finding.notes.push_back({"the basis is cited here", activity.at("lawful_basis")});
        add_reach_notes(finding, reaches, describe);
    }
}

} // namespace

const Rule national_id{
    {
        .id = "lawfulness.national-id",
        .severity = Severity::error,
        .summary = "a national identification number used without the law that prescribes it",
        .what = "Reports a controller activity that processes a `national_id` category (listed, "
                "inherited, or reaching it through the lineage graph) when `basis_reference` is "
                "empty, or when the activity rests on `consent` or `legitimate-interests`: those "
                "grounds are the controller's own, while a national number may be used only as a "
                "law prescribes.",
        .why = "Member States determine the conditions for processing national identification "
               "numbers. In the Netherlands the BSN may be used only to carry out the law that "
               "prescribes it or for purposes a law sets; consent or an interest of the "
               "organisation cannot justify it.",
        .legal = "GDPR Art. 87; UAVG art. 46 (NL); Wabb (NL)",
        .example = R"([[category]]
id = "bsn"
name = "BSN"
national_id = true

[[activity]]
id = "loyalty"
name = "Loyalty card"
role = "controller"
lawful_basis = "consent"
basis_reference = "signup form"
purposes = ["loyalty"]
subjects = ["customers"]
categories = ["bsn"]
)",
        .fix = "Cite the law that prescribes the number's use in `basis_reference`, with the basis "
               "it gives (`legal-obligation` or `public-task`), or stop using the number and use "
               "an own customer number instead.",
    },
    check};

} // namespace privmap::rules::lawfulness
