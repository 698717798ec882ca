// The organisation.* rules (GDPR Art. 12-22, 27, 37).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::organisation {

extern const Rule contact_missing;
extern const Rule dpo_missing;
extern const Rule representative_missing;
extern const Rule rights_procedure;

} // namespace privmap::rules::organisation
