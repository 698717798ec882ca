#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> waiver_rules() { return {}; }

} // namespace privmap::rules
