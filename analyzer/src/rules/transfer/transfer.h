// Chapter V facts: which destinations need a transfer safeguard. The adequacy table is
// built in and dated; a model cannot change what the Commission decided.
#pragma once

#include "rules/rule.h"

#include <privmap/countries.h>
#include <string_view>

namespace privmap::rules::transfer {

/// Outside the EEA and a real country code (not empty, not `unknown`).
bool third_country(std::string_view country);

/// Data sent to `country` (to `party`, or a system it operates) needs an Art. 46 safeguard
/// or an Art. 49 derogation.
bool needs_safeguard(std::string_view country, const Party* party);

/// The party has a safeguard of its own (SCC, BCR or a derogation; `adequacy` is a claim,
/// checked against the table, not a safeguard).
bool has_safeguard(const Party&);

/// The operator party of a system, when it names one.
const Party* operator_of(const Model&, const System&);

extern const Rule no_safeguard;
extern const Rule unknown_destination;
extern const Rule tia_missing;
extern const Rule undeclared_recipient;

} // namespace privmap::rules::transfer
