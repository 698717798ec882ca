#include "rules/lawfulness/lawfulness.h"
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

void check_national_id(const Context& context, Findings& findings) {
    const Model& model = context.model;
    report_unsatisfied(
        context, findings,
        {national_id, national_identifier,
         [](const Activity& activity) {
             return !activity.national_id_law.empty() ||
                    (!activity.basis_reference.empty() && !rests_on_own_ground(activity));
         },
         [&](const Reach& reach) {
             return describe_reach(model.categories[reach.origin].id, reach);
         },
         [](const Activity& activity, Message data) {
             Message::Args args{{"activity", activity.id}, {"data", std::vector{std::move(data)}}};
             if (activity.basis_reference.empty())
                 return Message{"lawfulness.national-id", std::move(args)};
             args.emplace_back("basis", std::string(to_name(*activity.lawful_basis)));
             return Message{"lawfulness.national-id.own-ground", std::move(args)};
         },
         [](const Activity&) {
             return Message{"lawfulness.national-id.help", {}};
         }});
}

} // namespace

const Rule national_id{
    {
        .id = "lawfulness.national-id",
        .severity = Severity::error,
        .summary = "a national identification number used without the law that prescribes it",
        .what = "Reports a controller activity that processes a `national_id` category (listed, "
                "inherited, or reaching it through the lineage graph) unless `national_id_law` "
                "names the law that prescribes the number's use. Models written before that key "
                "cited the law in `basis_reference`; that is still accepted unless the activity "
                "rests on `consent` or `legitimate-interests`: those grounds are the controller's "
                "own, while a national number may be used only as a law prescribes.",
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
        .fix = "Cite the law that prescribes the number's use in `national_id_law` (the Art. 6 "
               "basis stays in `basis_reference`), or stop using the number and use an own "
               "customer number instead.",
    },
    check_national_id};

} // namespace privmap::rules::lawfulness
