// The processor.* rules (GDPR Art. 28, 30(2)).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::processor {

extern const Rule controller_missing;
extern const Rule dpa_missing;
extern const Rule dpa_expired;
extern const Rule subprocessor_unauthorised;
extern const Rule own_purpose;
extern const Rule joint_arrangement_missing;

} // namespace privmap::rules::processor
