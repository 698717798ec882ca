// Values as registers write them, in Dutch and English: lawful bases, retention periods,
// safeguards. Every importer reads them the same way, so a DPO sees one set of rules in
// docs/import.md.
#include "draft.h"

#include <array>
#include <privmap/types.h>

namespace privmap::importing {

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

/// Art. 6(1) as registers write it, in Dutch and English; the first word found decides.
std::string lawful_basis(std::string_view written) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> words{{
        {"toestemming", "consent"},
        {"consent", "consent"},
        {"overeenkomst", "contract"},
        {"contract", "contract"},
        {"wettelijke verplichting", "legal-obligation"},
        {"legal obligation", "legal-obligation"},
        {"vitaal", "vital-interests"},
        {"vital", "vital-interests"},
        {"algemeen belang", "public-task"},
        {"openbaar gezag", "public-task"},
        {"public task", "public-task"},
        {"public interest", "public-task"},
        {"gerechtvaardigd", "legitimate-interests"},
        {"legitimate", "legitimate-interests"},
    }};
    std::string text = lower(std::string(written));
    for (const auto& [word, basis] : words)
        if (text.find(word) != std::string::npos)
            return std::string(basis);
    return {};
}

/// "7 jaar", "6 maanden", "4 weken", "30 dagen", "P7Y": an ISO 8601 duration, or "".
std::string retention_period(std::string_view written) {
    if (Duration::parse(written))
        return std::string(written);
    std::string text = lower(std::string(written));
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 4)
        return {};
    std::string unit = text.substr(digits);
    while (!unit.empty() && unit.front() == ' ')
        unit.erase(0, 1);
    static constexpr std::array<std::pair<std::string_view, char>, 8> units{{
        {"jaar", 'Y'},
        {"year", 'Y'},
        {"maand", 'M'},
        {"month", 'M'},
        {"week", 'W'},
        {"weken", 'W'},
        {"dag", 'D'},
        {"day", 'D'},
    }};
    for (const auto& [word, letter] : units)
        if (unit.rfind(word, 0) == 0 && unit.find_first_of("0123456789") == std::string::npos &&
            unit.size() <= word.size() + 3) // "jaar", "jaren", "maanden", "years"
            return "P" + text.substr(0, digits) + letter;
    return {};
}

std::string party_role(std::string_view written) {
    std::string text = lower(std::string(written));
    if (text.find("subverwerker") != std::string::npos ||
        text.find("sub-processor") != std::string::npos)
        return "sub-processor";
    if (text.find("verwerker") != std::string::npos || text.find("processor") != std::string::npos)
        return "processor";
    if (text.find("toezicht") != std::string::npos || text.find("overheid") != std::string::npos ||
        text.find("authority") != std::string::npos)
        return "authority";
    return {};
}

std::string safeguard(std::string_view written) {
    std::string text = lower(std::string(written));
    if (text.find("adequa") != std::string::npos)
        return "adequacy";
    if (text.find("modelcontract") != std::string::npos ||
        text.find("standaardcontract") != std::string::npos ||
        text.find("scc") != std::string::npos ||
        text.find("standard contractual") != std::string::npos)
        return "scc";
    if (text.find("bcr") != std::string::npos ||
        text.find("bindende bedrijfsvoorschriften") != std::string::npos)
        return "bcr";
    return {};
}

bool is_country(std::string_view code) {
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

} // namespace privmap::importing
