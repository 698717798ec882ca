// Facts about countries that several rules need. Country codes are ISO 3166-1 alpha-2.
#pragma once

#include <string_view>

namespace privmap {

/// Is `country` in the European Economic Area (EU 27 + IS, LI, NO)? Where the GDPR applies
/// directly. The Dutch Caribbean (AW, CW, SX, BQ) and other overseas countries are not.
bool in_eea(std::string_view country);

} // namespace privmap
