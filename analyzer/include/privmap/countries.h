// Facts about countries that the rules and the reports share. Country codes are ISO 3166-1
// alpha-2. One table each, so a register and the findings never disagree about a transfer.
#pragma once

#include <privmap/model.h>
#include <string_view>

namespace privmap {

/// Is `country` in the European Economic Area (EU 27 + IS, LI, NO)? Where the GDPR applies
/// directly. The Dutch Caribbean (AW, CW, SX, BQ) and other overseas countries are not.
bool in_eea(std::string_view country);

/// The date up to which the adequacy table follows the Commission's decisions.
inline constexpr std::string_view adequacy_as_of = "2025-09-03";

/// The adequacy decision for `country` ("Commission Decision 2019/419 (Japan)"), or empty.
/// The United States only count for a party certified under the Data Privacy Framework.
std::string_view adequacy_decision(std::string_view country, const Party* party);

} // namespace privmap
