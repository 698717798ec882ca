#include "rules/processor/processor.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::processor {
namespace {

void check_controller_missing(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (activity.role == ActivityRole::controller || !activity.controllers.empty())
            continue;
        bool processor = activity.role == ActivityRole::processor;
        std::string key = processor ? "processor.controller-missing.processor"
                                    : "processor.controller-missing.joint";
        findings.add(controller_missing.info, activity.id, activity.at("role"),
                     {key, {{"activity", activity.id}}}, {key + ".help", {}});
    }
}

} // namespace

const Rule controller_missing{
    {
        .id = "processor.controller-missing",
        .severity = Severity::error,
        .summary = "a processor or joint-controller activity does not name its controllers",
        .what =
            "Activities with `role = \"processor\"` must list in `controllers` the parties they "
            "process for. Joint-controller activities are held to the same: they must name the "
            "other joint controllers, since the arrangement between them is what makes joint "
            "control lawful.",
        .why = "A processor's register must name each controller on whose behalf it acts (Art. "
               "30(2)(a)) and it may process only on their documented instructions (Art. "
               "28(3)(a)). Joint controllers must determine their respective responsibilities in "
               "an arrangement (Art. 26(1)) and name each other in the register (Art. 30(1)(a)).",
        .legal = "GDPR Art. 26(1), 28(3)(a), 30(1)(a), 30(2)(a)",
        .example = R"([[activity]]
id = "hosting"
name = "Hosting for clients"
role = "processor"
subjects = ["client-customers"]
categories = ["contact"]
)",
        .fix = "Declare each controller as a `[[party]]` with `role = \"controller\"` (or "
               "`joint-controller`) and list it in the activity's `controllers`.",
    },
    check_controller_missing};

} // namespace privmap::rules::processor
