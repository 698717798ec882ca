#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> lawfulness_rules() {
    return {};
}

} // namespace privmap::rules
