#include "rules/dpia/dpia.h"

namespace privmap::rules {

std::vector<const Rule*> dpia_rules() {
    using namespace dpia;
    return {&required,           &screening_undocumented, &review_overdue, &risk_unmitigated,
            &prior_consultation, &not_approved,           &incomplete,     &advice_not_followed,
            &views_not_sought,   &screening_outdated,     &action_overdue, &activity_changed};
}

} // namespace privmap::rules
