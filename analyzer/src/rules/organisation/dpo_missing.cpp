#include "rules/organisation/organisation.h"
#include "rules/reach.h"
#include "rules/wording.h"

#include <algorithm>
#include <privmap/vocabulary.h>

namespace privmap::rules::organisation {
namespace {

const CriterionHit* hit(const ActivityScreening& screening, Criterion criterion) {
    auto found = std::find_if(screening.hits.begin(), screening.hits.end(),
                              [&](const CriterionHit& h) { return h.criterion == criterion; });
    return found == screening.hits.end() ? nullptr : &*found;
}

/// Why Art. 37(1)(b) or (c) applies to an activity screened as large-scale, if it does.
std::optional<Note> large_scale_reason(const Context& context, const ActivityScreening& screening) {
    const CriterionHit* large = hit(screening, Criterion::large_scale);
    if (!large)
        return std::nullopt;
    const Activity& activity = context.model.activities[screening.activity];
    std::vector<Reach> sensitive = reaching(context, screening.activity, special_or_criminal);
    if (!sensitive.empty())
        return Note{{"organisation.dpo-missing.large-special",
                     {{"activity", activity.id},
                      {"category", context.model.categories[sensitive.front().origin].id},
                      {"large", std::vector<Message>{because(*large)}}}},
                    sensitive.front().where};
    if (const CriterionHit* monitoring = hit(screening, Criterion::systematic_monitoring))
        return Note{{"organisation.dpo-missing.large-monitoring",
                     {{"activity", activity.id},
                      {"monitoring", std::vector<Message>{because(*monitoring)}},
                      {"large", std::vector<Message>{because(*large)}}}},
                    monitoring->where};
    return std::nullopt;
}

/// The reasons Art. 37(1) makes a DPO mandatory; empty when it does not.
std::vector<Note> art37_reasons(const Context& context, const Organisation& organisation) {
    std::vector<Note> reasons;
    if (organisation.public_body)
        reasons.push_back(
            {{"organisation.dpo-missing.public-body", {{"organisation", organisation.id}}},
             organisation.at("public_body")});
    for (const ActivityScreening& screening : context.screenings)
        if (screening.activity < context.model.activities.size())
            if (auto reason = large_scale_reason(context, screening))
                reasons.push_back(std::move(*reason));
    return reasons;
}

void check_dpo_missing(const Context& context, Findings& findings) {
    const auto& organisation = context.model.organisation;
    if (!organisation || organisation->dpo)
        return;
    std::vector<Note> reasons = art37_reasons(context, *organisation);
    bool mandatory = !reasons.empty();
    auto& finding = findings.add(
        dpo_missing.info, organisation->id, organisation->where,
        {mandatory ? "organisation.dpo-missing.mandatory" : "organisation.dpo-missing",
         {{"organisation", organisation->id}}},
        {mandatory ? "organisation.dpo-missing.help-mandatory" : "organisation.dpo-missing.help",
         {}});
    if (mandatory)
        finding.severity = Severity::error;
    finding.notes = std::move(reasons);
}

} // namespace

const Rule dpo_missing{
    {
        .id = "organisation.dpo-missing",
        .severity = Severity::warning,
        .summary = "no data protection officer designated",
        .what =
            "Reports an `[organisation]` without `dpo`. It is an error where Art. 37(1) makes a "
            "DPO mandatory: the organisation is a `public_body`; or an activity screened as "
            "large-scale processes special-category or criminal data (Art. 37(1)(c)); or an "
            "activity screened as large-scale monitors people systematically (Art. 37(1)(b)). "
            "privmap cannot tell a core activity from an ancillary one (WP243: payroll and HR "
            "are ancillary); waive the finding where the large-scale activity is not a core "
            "activity. Otherwise it is a warning: a DPO is good practice for anyone keeping a "
            "register like this.",
        .why =
            "Public authorities, and organisations whose core activities consist of large-scale "
            "regular and systematic monitoring or large-scale processing of special or criminal "
            "data, must designate a DPO, publish the contact details and communicate them to the "
            "supervisory authority. The DPO's contact details belong in the privacy notice and the "
            "register.",
        .legal = "GDPR Art. 37(1), 37(7), 38, 39, 13(1)(b), 30(1)(a); WP243 rev.01",
        .example = R"([organisation]
id = "gemeente"
name = "Gemeente"
country = "NL"
public_body = true
contact = { email = "privacy@gemeente.nl" }
)",
        .fix = "Designate a DPO and record `dpo = { name = \"...\", email = \"...\" }` in "
               "`[organisation]`; where a DPO is not mandatory, document that conclusion and waive "
               "the finding.",
    },
    check_dpo_missing};

} // namespace privmap::rules::organisation
