// The processor.* rules (GDPR Art. 28, 30(2)).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::processor {

extern const Rule controller_missing;
extern const Rule dpa_missing;
extern const Rule subprocessor_unauthorised;

} // namespace privmap::rules::processor
