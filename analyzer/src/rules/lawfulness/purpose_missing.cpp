#include "rules/lawfulness/lawfulness.h"

namespace privmap::rules::lawfulness {
namespace {

void check_purpose_missing(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || !activity.purposes.empty())
            continue;
        findings.add(purpose_missing.info, activity.id, activity.at("purposes"),
                     {"lawfulness.purpose-missing", {{"activity", activity.id}}},
                     {"lawfulness.purpose-missing.help", {}});
    }
}

} // namespace

const Rule purpose_missing{
    {
        .id = "lawfulness.purpose-missing",
        .severity = Severity::error,
        .summary = "a controller activity names no purpose",
        .what =
            "Every activity with role `controller` or `joint-controller` must list at least one "
            "`[[purpose]]` in `purposes` (an empty list counts as none). Processor activities are "
            "left out: their purposes are their controller's.",
        .why =
            "Purpose limitation is the yardstick for everything else: necessity, compatibility of "
            "further use, retention. The register must state the purposes of each processing.",
        .legal = "GDPR Art. 5(1)(b), 30(1)(b)",
        .example = R"([[activity]]
id = "crm"
name = "Customer records"
role = "controller"
lawful_basis = "contract"
subjects = ["customers"]
categories = ["contact"]
)",
        .fix = "Declare the purpose as a `[[purpose]]` and list it in the activity's `purposes`.",
    },
    check_purpose_missing};

} // namespace privmap::rules::lawfulness
