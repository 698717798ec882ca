#include "rules/rule.h"

namespace privmap::rules {

std::vector<const Rule*> lineage_rules() { return {}; }

} // namespace privmap::rules
