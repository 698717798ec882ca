#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> model_rules() {
    return {};
}

} // namespace privmap::rules
