// The security.* rules (Art. 32).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::security {

extern const Rule none;
extern const Rule special_data;

} // namespace privmap::rules::security
