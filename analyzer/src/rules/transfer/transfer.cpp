#include "rules/transfer/transfer.h"

#include <algorithm>
#include <array>
#include <privmap/countries.h>
#include <utility>

namespace privmap {

std::string_view adequacy_decision(std::string_view country, const Party* party) {
    // Commission adequacy decisions in force on adequacy_as_of (Art. 45(3); Directive
    // 95/46/EC decisions continue under Art. 45(9)).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> decisions{{
        {"AD", "Commission Decision 2010/625/EU (Andorra)"},
        {"AR", "Commission Decision 2003/490/EC (Argentina)"},
        {"CA", "Commission Decision 2002/2/EC (Canada, commercial organisations under PIPEDA)"},
        {"CH", "Commission Decision 2000/518/EC (Switzerland)"},
        {"FO", "Commission Decision 2010/146/EU (Faroe Islands)"},
        {"GB", "Commission Implementing Decision C(2021) 4800 (United Kingdom)"},
        {"GG", "Commission Decision 2003/821/EC (Guernsey)"},
        {"IL", "Commission Decision 2011/61/EU (Israel)"},
        {"IM", "Commission Decision 2004/411/EC (Isle of Man)"},
        {"JE", "Commission Decision 2008/393/EC (Jersey)"},
        {"JP", "Commission Implementing Decision (EU) 2019/419 (Japan)"},
        {"KR", "Commission Implementing Decision (EU) 2022/254 (Republic of Korea)"},
        {"NZ", "Commission Decision 2013/65/EU (New Zealand)"},
        {"UY", "Commission Decision 2012/484/EU (Uruguay)"},
    }};
    if (country == "US")
        return party && party->dpf_certified ? "Commission Implementing Decision (EU) 2023/1795 "
                                               "(EU-US Data Privacy Framework)"
                                             : "";
    auto found = std::find_if(decisions.begin(), decisions.end(),
                              [&](const auto& d) { return d.first == country; });
    return found == decisions.end() ? "" : found->second;
}

} // namespace privmap

namespace privmap::rules::transfer {

bool third_country(std::string_view country) {
    return !country.empty() && country != "unknown" && !in_eea(country);
}

bool needs_safeguard(std::string_view country, const Party* party) {
    return third_country(country) && adequacy_decision(country, party).empty();
}

bool has_safeguard(const Party& party) {
    return party.safeguard && *party.safeguard != Safeguard::adequacy;
}

const Party* operator_of(const Model& model, const System& system) {
    if (!system.operated_by)
        return nullptr;
    auto handle = model.find(system.operated_by->id);
    if (!handle || handle->kind != EntityKind::party)
        return nullptr;
    return &model.parties[handle->index];
}

} // namespace privmap::rules::transfer
