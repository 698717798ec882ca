#include "rules/lineage/lineage.h"

namespace privmap::rules {

std::vector<const Rule*> lineage_rules() {
    using namespace lineage;
    return {&undeclared_category, &shadow_data, &flow_without_activity};
}

} // namespace privmap::rules
