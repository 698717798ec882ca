// The lawfulness.* rules (GDPR Art. 5, 6, 8, 9, 10; UAVG) and what they share.
#pragma once

#include "rules/rule.h"

namespace privmap::rules::lawfulness {

extern const Rule basis_missing;
extern const Rule purpose_missing;
extern const Rule public_body_consent;
extern const Rule basis_undocumented;
extern const Rule special_condition;
extern const Rule criminal_data;
extern const Rule national_id;
extern const Rule children_consent;
extern const Rule purpose_compatibility;
extern const Rule processor_basis;

/// Controllers and joint controllers answer for an activity's lawfulness; a processor
/// activity borrows its controller's basis (that is `lawfulness.processor-basis`'s concern).
inline bool answers_for_lawfulness(const Activity& activity) {
    return activity.role != ActivityRole::processor;
}

} // namespace privmap::rules::lawfulness
