#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> transfer_rules() { return {}; }

} // namespace privmap::rules
