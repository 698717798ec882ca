#include "rules/dpia/dpia.h"

#include <privmap/vocabulary.h>

namespace privmap::rules::dpia {

std::vector<const Dpia*> covering_dpias(const Model& model) {
    std::vector<const Dpia*> covering(model.activities.size(), nullptr);
    for (const Dpia& dpia : model.dpias)
        for (const Ref& ref : dpia.activities)
            if (auto handle = model.find(ref.id, EntityKind::activity); handle)
                covering[handle->index] = &dpia;
    for (std::size_t a = 0; a < model.activities.size(); ++a)
        if (const auto& ref = model.activities[a].dpia)
            if (auto handle = model.find(ref->id, EntityKind::dpia); handle)
                covering[a] = &model.dpias[handle->index];
    return covering;
}

std::string describe_criteria(const ActivityScreening& screening) {
    std::string text;
    for (const CriterionHit& hit : screening.hits)
        text += (text.empty() ? "" : "; ") + std::string(to_name(hit.criterion)) + " (" +
                hit.because + ")";
    return text;
}

} // namespace privmap::rules::dpia
