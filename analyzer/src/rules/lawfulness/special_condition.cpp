#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

Message help_for(const Activity& activity) {
    return {activity.lawful_basis == LawfulBasis::consent
                ? "lawfulness.special-condition.help.consent"
                : "lawfulness.special-condition.help",
            {}};
}

void check_special_condition(const Context& context, Findings& findings) {
    const Model& model = context.model;
    report_unsatisfied(
        context, findings,
        {special_condition, art9_special,
         [](const Activity& activity) { return activity.special_condition.has_value(); },
         [&](const Reach& reach) {
             return describe_reach(to_name(*model.categories[reach.origin].effective_special),
                                   reach);
         },
         [](const Activity& activity, Message data) {
             return Message{"lawfulness.special-condition",
                            {{"activity", activity.id}, {"data", std::vector{std::move(data)}}}};
         },
         help_for});
}

} // namespace

const Rule special_condition{
    {
        .id = "lawfulness.special-condition",
        .severity = Severity::error,
        .summary = "special-category data without an Art. 9(2) condition",
        .what =
            "Reports a controller activity that processes an Art. 9(1) special category and sets "
            "no "
            "`special_condition`. The category may be listed in `categories`, be a kind of a "
            "special category (`sick-leave` under `health`), be a narrower special category of one "
            "listed (listing a category covers its descendants), or reach the activity through the "
            "lineage graph (a flow, or a system or party upstream). Pseudonymised data is still "
            "personal; data anonymised on the way no longer counts. Criminal data is Art. 10's "
            "concern (`lawfulness.criminal-data`).",
        .why =
            "Processing racial or ethnic origin, political opinions, religious or philosophical "
            "beliefs, trade union membership, genetic, biometric (for identification), health, sex "
            "life or sexual orientation data is prohibited unless one of the exceptions of Art. "
            "9(2) applies, in addition to an Art. 6 basis. Data that arrives by a flow is "
            "processed just as much as data that is collected.",
        .legal = "GDPR Art. 9(1), 9(2), Recital 51-56; UAVG art. 22-30 (NL)",
        .example = R"([[category]]
id = "health"
name = "Health"
special = "health"

[[category]]
id = "sick-leave"
name = "Sick leave"
parent = "health"

[[activity]]
id = "hr-absence"
name = "Absence"
role = "controller"
lawful_basis = "legal-obligation"
purposes = ["absence"]
subjects = ["employees"]
categories = ["contact", "sick-leave"]
)",
        .fix =
            "Set `special_condition` to the Art. 9(2) exception that applies (and document it), or "
            "stop processing the special category (remove it, or anonymise the flow that brings it "
            "in).",
    },
    check_special_condition};

} // namespace privmap::rules::lawfulness
