#include "rules/processor/processor.h"

namespace privmap::rules {

std::vector<const Rule*> processor_rules() {
    using namespace processor;
    return {&controller_missing,        &dpa_missing, &dpa_expired,
            &subprocessor_unauthorised, &own_purpose, &joint_arrangement_missing};
}

} // namespace privmap::rules
