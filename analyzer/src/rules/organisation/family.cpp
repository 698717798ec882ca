#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> organisation_rules() {
    return {};
}

} // namespace privmap::rules
