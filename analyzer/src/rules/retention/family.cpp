#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> retention_rules() { return {}; }

} // namespace privmap::rules
