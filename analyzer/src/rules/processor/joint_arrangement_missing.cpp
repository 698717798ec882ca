#include "rules/processor/processor.h"
#include "rules/wording.h"

namespace privmap::rules::processor {
namespace {

void check_joint_arrangement_missing(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (activity.role != ActivityRole::joint_controller)
            continue;
        if (activity.arrangement.empty())
            findings.add(joint_arrangement_missing.info, activity.id, activity.at("role"),
                         {"processor.joint-arrangement-missing", {{"activity", activity.id}}},
                         {"processor.joint-arrangement-missing.help", {}});
        else if (activity.arrangement_essence.empty())
            findings.add(
                joint_arrangement_missing.info, activity.id, activity.at("arrangement"),
                {"processor.joint-arrangement-missing.essence", {{"activity", activity.id}}},
                {"processor.joint-arrangement-missing.essence.help", {}});
    }
}

} // namespace

const Rule joint_arrangement_missing{
    {
        .id = "processor.joint-arrangement-missing",
        .severity = Severity::error,
        .summary = "joint controllers without an Art. 26 arrangement available to data subjects",
        .what = "Reports a `joint-controller` activity without `arrangement` (the reference to "
                "the Art. 26 arrangement), and one whose arrangement has no `arrangement_essence` "
                "(where its essence is made available to data subjects).",
        .why = "Joint controllers must determine their respective responsibilities for "
               "compliance, in particular for the rights of data subjects and the information of "
               "Art. 13 and 14, by an arrangement between them (Art. 26(1)); its essence must be "
               "made available to the data subject (Art. 26(2)). Without it, each joint "
               "controller remains answerable for everything, and data subjects do not know whom "
               "to address (Art. 26(3)).",
        .legal = "GDPR Art. 26; EDPB Guidelines 07/2020, part II chapter 2",
        .example = R"([[activity]]
id = "joint-event"
name = "Event with a partner"
role = "joint-controller"
controllers = ["partner"]
# no arrangement
)",
        .fix = "Agree the Art. 26 arrangement, reference it in `arrangement`, and say in "
               "`arrangement_essence` where data subjects find its essence.",
    },
    check_joint_arrangement_missing};

} // namespace privmap::rules::processor
