// The model.* rules the loader and resolve() report; one file per rule holds its documentation.
#pragma once

#include <privmap/diagnostic.h>

namespace privmap::model_rule {

extern const RuleInfo syntax;
extern const RuleInfo format;
extern const RuleInfo unknown_key;
extern const RuleInfo type;
extern const RuleInfo missing;
extern const RuleInfo duplicate_id;
extern const RuleInfo dangling_ref;
extern const RuleInfo ambiguous_ref;
extern const RuleInfo wrong_kind;
extern const RuleInfo cycle;
extern const RuleInfo organisation;
extern const RuleInfo limit;

} // namespace privmap::model_rule
