#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

/// Art. 22(4): only Art. 9(2)(a) explicit consent or (g) substantial public interest.
bool allows_automated_special(const Activity& activity) {
    return activity.special_condition == SpecialCondition::explicit_consent ||
           activity.special_condition == SpecialCondition::substantial_public_interest;
}

void check_automated_decision_special(const Context& context, Findings& findings) {
    const Model& model = context.model;
    report_unsatisfied(
        context, findings,
        {automated_decision_special, art9_special,
         [](const Activity& activity) {
             return !activity.automated_decision || allows_automated_special(activity);
         },
         [&](const Reach& reach) {
             return describe_reach(to_name(*model.categories[reach.origin].effective_special),
                                   reach);
         },
         [](const Activity& activity, Message data) {
             Message::Args args{{"activity", activity.id}, {"data", std::vector{std::move(data)}}};
             if (!activity.special_condition)
                 return Message{"lawfulness.automated-decision-special", std::move(args)};
             args.emplace_back("condition", std::string(to_name(*activity.special_condition)));
             return Message{"lawfulness.automated-decision-special.condition", std::move(args)};
         },
         [](const Activity&) {
             return Message{"lawfulness.automated-decision-special.help", {}};
         }});
}

} // namespace

const Rule automated_decision_special{
    {
        .id = "lawfulness.automated-decision-special",
        .severity = Severity::error,
        .summary = "an automated decision on special-category data without Art. 9(2)(a) or (g)",
        .what = "Reports a controller or joint-controller activity with `automated_decision = "
                "true` that processes special-category data (listed, inherited through the "
                "category tree, or reaching it through the lineage graph) while its "
                "`special_condition` is neither `explicit-consent` nor "
                "`substantial-public-interest`.",
        .why = "Decisions based solely on automated processing may not rest on special categories "
               "of data unless Art. 9(2)(a) (explicit consent) or (g) (substantial public "
               "interest, on the basis of law) applies and suitable measures safeguard the "
               "subject's rights (Art. 22(4)). Other Art. 9(2) conditions, such as employment or "
               "health care, do not allow an automated decision.",
        .legal = "GDPR Art. 22(4), 9(2)(a), 9(2)(g)",
        .example = R"([[activity]]
id = "insurance-acceptance"
name = "Automatic acceptance for insurance"
role = "controller"
automated_decision = true
special_condition = "health-care"
categories = ["medical-history"]
)",
        .fix = "Ask explicit consent (`special_condition = \"explicit-consent\"`), rely on a law "
               "of substantial public interest (`\"substantial-public-interest\"`), or take the "
               "special data out of the automated decision.",
    },
    check_automated_decision_special};

} // namespace privmap::rules::lawfulness
