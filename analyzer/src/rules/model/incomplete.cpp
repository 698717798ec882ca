#include "rules/rule.h"
#include "rules/wording.h"

namespace privmap::rules::model_family {

extern const Rule incomplete;

namespace {

/// Content gaps load, so that one gap never hides the other findings; this rule reports them.
template <class Kind>
void report_empty_names(Findings& findings, const std::vector<Kind>& entities,
                        std::string_view kind, std::string_view key = "name") {
    for (const Kind& entity : entities)
        if (entity.name.empty())
            findings.add(
                incomplete.info, entity.id, entity.at(key),
                {"model.incomplete.name",
                 {{"kind", std::string(kind)}, {"entity", entity.id}, {"key", std::string(key)}}},
                {"model.incomplete.name.help", {{"key", std::string(key)}}});
}

void report_empty_lists(Findings& findings, const Activity& activity) {
    auto gap = [&](const std::vector<Ref>& list, std::string_view key, std::string_view example) {
        if (!list.empty())
            return;
        findings.add(
            incomplete.info, activity.id, activity.at(key),
            {"model.incomplete.list", {{"activity", activity.id}, {"key", std::string(key)}}},
            {"model.incomplete.list.help",
             {{"key", std::string(key)}, {"example", std::string(example)}}});
    };
    gap(activity.subjects, "subjects", "customers");
    gap(activity.categories, "categories", "contact");
}

void check_incomplete(const Context& context, Findings& findings) {
    const Model& model = context.model;
    if (model.organisation && model.organisation->name.empty())
        report_empty_names(findings, std::vector<Organisation>{*model.organisation},
                           "organisation");
    report_empty_names(findings, model.subjects, "subject");
    report_empty_names(findings, model.categories, "category");
    report_empty_names(findings, model.purposes, "purpose");
    report_empty_names(findings, model.parties, "party");
    report_empty_names(findings, model.systems, "system");
    report_empty_names(findings, model.measures, "measure");
    report_empty_names(findings, model.activities, "activity");
    report_empty_names(findings, model.dpias, "dpia", "title");
    for (const Activity& activity : model.activities)
        report_empty_lists(findings, activity);
}

} // namespace

const Rule incomplete{
    {
        .id = "model.incomplete",
        .severity = Severity::error,
        .summary = "an entry of the register without the content it needs",
        .what = "Reports an activity that declares no data subjects (`subjects` absent or "
                "empty) or no categories of personal data (`categories` absent or empty), and "
                "any entity whose `name` (a DPIA's `title`) is the empty string. These are gaps "
                "in the content of the register, not in the structure of the model: the model "
                "loads and every other finding is reported with them.",
        .why = "The record of processing activities must describe the categories of data "
               "subjects and of personal data of each activity (Art. 30(1)(c)), and an entry "
               "nobody can name cannot be found, reviewed or explained to a data subject. A "
               "checker that refused such a model would hide every other finding behind one gap.",
        .legal = "GDPR Art. 5(2), 30(1)(c)",
        .example = R"([[activity]]
id = "newsletter"
name = ""
role = "controller"
subjects = []
categories = ["email"]
)",
        .fix = "Name the entry, and list the categories of data subjects and of personal data "
               "the activity processes.",
    },
    check_incomplete};

} // namespace privmap::rules::model_family
