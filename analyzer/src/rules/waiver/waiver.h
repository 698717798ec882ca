// The waiver.* rules: documented like every rule, applied by the analyzer itself after all
// other rules have run (see waivers.cpp).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::waiver {

extern const Rule expired;
extern const Rule unused;

} // namespace privmap::rules::waiver
