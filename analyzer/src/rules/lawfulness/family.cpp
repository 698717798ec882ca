#include "rules/lawfulness/lawfulness.h"

namespace privmap::rules {

std::vector<const Rule*> lawfulness_rules() {
    using namespace lawfulness;
    return {&basis_missing,
            &purpose_missing,
            &public_body_consent,
            &basis_undocumented,
            &special_condition,
            &criminal_data,
            &national_id,
            &children_consent,
            &purpose_compatibility,
            &processor_basis,
            &employee_consent,
            &public_body_legitimate_interests,
            &automated_decision_exception,
            &automated_decision_special};
}

} // namespace privmap::rules
