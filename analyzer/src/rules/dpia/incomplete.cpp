#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

void check_incomplete(const Context& context, Findings& findings) {
    for (const Dpia& dpia : context.model.dpias) {
        if (!is_approved(dpia))
            continue;
        std::vector<Message> missing;
        for (DpiaPart part : missing_parts(dpia))
            missing.emplace_back("dpia.incomplete." + std::string(to_string(part)),
                                 Message::Args{});
        if (missing.empty())
            continue;
        findings.add(incomplete.info, dpia.id, approval_at(dpia),
                     {"dpia.incomplete", {{"dpia", dpia.id}, {"missing", std::move(missing)}}},
                     {"dpia.incomplete.help", {}});
    }
}

} // namespace

const Rule incomplete{
    {
        .id = "dpia.incomplete",
        .severity = Severity::error,
        .summary = "An approved DPIA lacks a part that Art. 35(7) or the DPO's advice requires",
        .what = "Every approved `[[dpia]]` (`status = \"approved\"`, or a `decision` to approve) "
                "that has (a) neither `activities` nor a `description`, (b) no `necessity`, (c) "
                "no `[[dpia.risk]]`, (d) no risk with `measures`, or no `dpo_advice`. One "
                "finding per DPIA, naming every missing part.",
        .why = "A DPIA contains at least a systematic description of the processing and its "
               "purposes, an assessment of necessity and proportionality, an assessment of the "
               "risks to the rights and freedoms of data subjects and the measures envisaged to "
               "address them (Art. 35(7)(a)-(d)); the controller seeks the DPO's advice when "
               "carrying it out (Art. 35(2)). Approved without them, the document looks finished "
               "while the assessment was never made.",
        .legal = "GDPR Art. 35(2), 35(7)",
        .example = "[[dpia]]\nid = \"dpia-crm\"\ntitle = \"CRM\"\nactivities = [\"sales\"]\n"
                   "status = \"approved\"\napproved = 2026-01-10\n# no necessity, no risks, no "
                   "dpo_advice\n",
        .fix = "Fill in the missing parts (`necessity`, `[[dpia.risk]]` with `measures`, "
               "`dpo_advice`), or set `status = \"draft\"` until the assessment is complete.",
    },
    check_incomplete};

} // namespace privmap::rules::dpia
