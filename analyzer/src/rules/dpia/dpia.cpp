#include "rules/dpia/dpia.h"

#include <algorithm>
#include <privmap/vocabulary.h>

namespace privmap::rules::dpia {

std::vector<const Dpia*> covering_dpias(const Model& model) {
    std::vector<const Dpia*> covering(model.activities.size(), nullptr);
    for (const Dpia& dpia : model.dpias)
        for (const Ref& ref : dpia.activities)
            if (auto handle = ref.target(EntityKind::activity))
                covering[handle->index] = &dpia;
    for (std::size_t a = 0; a < model.activities.size(); ++a)
        if (const auto& ref = model.activities[a].dpia)
            if (const Dpia* dpia = model.target<Dpia>(*ref))
                covering[a] = dpia;
    return covering;
}

bool is_approved(const Dpia& dpia) {
    if (dpia.decision && dpia.decision->outcome)
        return *dpia.decision->outcome != DpiaOutcome::rejected;
    return dpia.status == DpiaStatus::approved;
}

namespace {
/// The parts of (b) the DPIA fills in, joined: empty when it says nothing on (b) at all.
std::string necessity_assessment(const Dpia& dpia) {
    return dpia.purpose_limitation + dpia.necessity + dpia.proportionality + dpia.subsidiarity +
           dpia.data_minimisation + dpia.retention_justification;
}
} // namespace

std::vector<DpiaPart> missing_parts(const Dpia& dpia) {
    std::vector<DpiaPart> missing;
    // The covered activities' register entries are the systematic description (a).
    if (dpia.activities.empty() && dpia.description.empty())
        missing.push_back(DpiaPart::description);
    if (necessity_assessment(dpia).empty())
        missing.push_back(DpiaPart::necessity);
    if (dpia.risks.empty())
        missing.push_back(DpiaPart::risks);
    if (std::none_of(dpia.risks.begin(), dpia.risks.end(),
                     [](const Risk& risk) { return !risk.measures.empty(); }))
        missing.push_back(DpiaPart::measures);
    if (!dpia.dpo_advice || dpia.dpo_advice->advice.empty())
        missing.push_back(DpiaPart::dpo_advice);
    return missing;
}

Location approval_at(const Dpia& dpia) {
    if (dpia.has("status") || !dpia.decision)
        return dpia.at("status");
    return dpia.decision->where;
}

Message criterion_name(Criterion criterion) {
    return {"criterion." + std::string(to_name(criterion)), {}};
}

std::vector<Message> describe_criteria(const ActivityScreening& screening) {
    std::vector<Message> criteria;
    for (const CriterionHit& hit : screening.hits)
        criteria.push_back({"dpia.criterion",
                            {{"criterion", std::vector<Message>{criterion_name(hit.criterion)}},
                             {"because", std::vector<Message>{because(hit)}}}});
    return criteria;
}

Note criterion_note(const CriterionHit& hit) {
    return {{"dpia.criterion-note",
             {{"criterion", std::vector<Message>{criterion_name(hit.criterion)}},
              {"because", std::vector<Message>{because(hit)}}}},
            hit.where};
}

} // namespace privmap::rules::dpia
