#include <algorithm>
#include <array>
#include <privmap/countries.h>

namespace privmap {

bool in_eea(std::string_view country) {
    static constexpr std::array<std::string_view, 30> eea{
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", // EU 27
        "IS", "LI", "NO"}; // EEA agreement
    return std::find(eea.begin(), eea.end(), country) != eea.end();
}

} // namespace privmap
