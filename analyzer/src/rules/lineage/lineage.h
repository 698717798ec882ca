// The lineage.* rules: the graph against the register.
#pragma once

#include "rules/rule.h"

namespace privmap::rules::lineage {

extern const Rule undeclared_category;
extern const Rule shadow_data;
extern const Rule flow_without_activity;

} // namespace privmap::rules::lineage
