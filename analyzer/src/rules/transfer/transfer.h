// Chapter V facts: which destinations need a transfer safeguard. The adequacy table is
// built in and dated; a model cannot change what the Commission decided.
#pragma once

#include "rules/rule.h"

#include <privmap/countries.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::rules::transfer {

/// Outside the EEA and a real country code (not empty, not `unknown`).
bool third_country(std::string_view country);

/// Why data reaching `destination` in `country` (a party, or a system `party` operates) is not
/// covered by an adequacy decision: the country has none, or the recipient falls outside its
/// scope (PIPEDA, APPI, the Data Privacy Framework and its HR data), as a note's message
/// (`transfer.gap.*`). Empty when covered, or when `country` is no third country.
Message adequacy_gap(const Context&, std::string_view country, const Party* party,
                     VertexId destination);

/// Per vertex, whether data about the organisation's own staff (HR data) reaches it: an
/// incoming edge under, or from, an activity about them; from a staff subject; or from a
/// system such an activity uses. Computed once (Context::staff_data): the Data Privacy
/// Framework covers HR data only for the US importers certified for it.
std::vector<bool> staff_data_reaching(const Model&, const LineageGraph&);

/// Data reaching `destination` in `country` needs an Art. 46 safeguard or an Art. 49
/// derogation.
bool needs_safeguard(const Context&, std::string_view country, const Party* party,
                     VertexId destination);

/// The systems `party` operates that personal data reaches: it receives their data
/// systematically (hosting is never an occasional transfer).
std::vector<std::string> hosted_systems(const Context&, const Party&);

/// Why `party`'s Art. 49 derogation cannot carry its transfers: they are systematic (it says
/// so, or it hosts a system). Empty when it has no derogation or its transfers are occasional.
Message derogation_gap(const Context&, const Party&);

/// The party has a safeguard of its own (SCC, BCR, or a derogation for occasional transfers;
/// `adequacy` is a claim, checked against the table, not a safeguard).
bool has_safeguard(const Context&, const Party&);

/// The operator party of a system, when it names one.
const Party* operator_of(const Model&, const System&);

extern const Rule no_safeguard;
extern const Rule unknown_destination;
extern const Rule tia_missing;
extern const Rule undeclared_recipient;

} // namespace privmap::rules::transfer
