#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> processor_rules() {
    return {};
}

} // namespace privmap::rules
