#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> security_rules() { return {}; }

} // namespace privmap::rules
