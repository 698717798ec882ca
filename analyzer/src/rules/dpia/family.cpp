#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> dpia_rules() { return {}; }

} // namespace privmap::rules
