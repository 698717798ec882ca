// What the model configures about checking: `[checks.severity]` and `[[waiver]]`s, applied
// to the findings after every rule has run.
#pragma once

#include <privmap/analyzer.h>

namespace privmap {

/// `[checks.severity]` entries and waivers that name a rule privmap does not know
/// (model.dangling-ref, with the nearest rule id).
Diagnostics check_rule_references(const Model&);

/// Whether `[checks.severity]` leaves the rule on.
bool rule_enabled(const Model&, std::string_view rule);

/// Marks findings accepted by a valid waiver, and reports waiver.expired (a waiver whose expiry
/// is overdue on the agenda) and waiver.unused.
void apply_waivers(const Model&, const std::vector<Obligation>& agenda, Diagnostics& findings);

/// Sets the severity `[checks.severity]` gives each rule, and drops the rules turned off.
void apply_severities(const Model&, Diagnostics& findings);

} // namespace privmap
