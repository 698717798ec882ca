// The organisation.* rules (GDPR Art. 5(2), 12-22, 24, 27, 37): what the organisation as a
// whole owes, its register kept up to date included.
#pragma once

#include "rules/rule.h"

namespace privmap::rules::organisation {

extern const Rule contact_missing;
extern const Rule dpo_missing;
extern const Rule representative_missing;
extern const Rule rights_procedure;
extern const Rule review_overdue;
extern const Rule due_soon;

} // namespace privmap::rules::organisation
