#include "rules/lawfulness/lawfulness.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::lawfulness {
namespace {

void check_processor_basis(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (activity.role != ActivityRole::processor || !activity.lawful_basis)
            continue;
        findings.add(
            processor_basis.info, activity.id, activity.at("lawful_basis"),
            {"lawfulness.processor-basis",
             {{"activity", activity.id}, {"basis", std::string(to_name(*activity.lawful_basis))}}},
            {"lawfulness.processor-basis.help", {}});
    }
}

} // namespace

const Rule processor_basis{
    {
        .id = "lawfulness.processor-basis",
        .severity = Severity::warning,
        .summary = "a processor activity declares its own lawful basis",
        .what = "Reports activities with `role = \"processor\"` that set `lawful_basis`.",
        .why =
            "A processor processes only on documented instructions from the controller; the Art. 6 "
            "basis is the controller's choice and responsibility. A processor that picks its own "
            "basis either misdescribes the activity or is in fact a controller for it (Art. "
            "28(10)), with all a controller's duties.",
        .legal = "GDPR Art. 28(3)(a), 28(10), 30(2)",
        .example = R"([[activity]]
id = "payroll-service"
name = "Payroll for clients"
role = "processor"
controllers = ["client"]
lawful_basis = "contract"
subjects = ["employees"]
categories = ["salary"]
)",
        .fix =
            "Remove `lawful_basis` from the processor activity, or make the activity a controller "
            "activity if the organisation determines its purposes and means.",
    },
    check_processor_basis};

} // namespace privmap::rules::lawfulness
