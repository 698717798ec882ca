// The spelling of every enumerated value, as written in TOML and shown in messages.
// One table per vocabulary; the loader, the JSON Schema and the reports all read these.
#pragma once

#include <optional>
#include <privmap/model.h>
#include <span>
#include <string_view>

namespace privmap {

template <class E> std::span<const std::string_view> names_of();
template <> std::span<const std::string_view> names_of<EntityKind>();
template <> std::span<const std::string_view> names_of<Special>();
template <> std::span<const std::string_view> names_of<PartyRole>();
template <> std::span<const std::string_view> names_of<Safeguard>();
template <> std::span<const std::string_view> names_of<AdequacyScope>();
template <> std::span<const std::string_view> names_of<TransferPattern>();
template <> std::span<const std::string_view> names_of<AutomatedException>();
template <> std::span<const std::string_view> names_of<ResearchKind>();
template <> std::span<const std::string_view> names_of<ActivityRole>();
template <> std::span<const std::string_view> names_of<LawfulBasis>();
template <> std::span<const std::string_view> names_of<SpecialCondition>();
template <> std::span<const std::string_view> names_of<MeasureKind>();
template <> std::span<const std::string_view> names_of<PeriodKind>();
template <> std::span<const std::string_view> names_of<Deletion>();
template <> std::span<const std::string_view> names_of<Criterion>();
template <> std::span<const std::string_view> names_of<ScreeningOutcome>();
template <> std::span<const std::string_view> names_of<ActivityStatus>();
template <> std::span<const std::string_view> names_of<Transform>();
template <> std::span<const std::string_view> names_of<DpiaStatus>();
template <> std::span<const std::string_view> names_of<DpiaOutcome>();
template <> std::span<const std::string_view> names_of<RiskEvent>();
template <> std::span<const std::string_view> names_of<ActionState>();
template <> std::span<const std::string_view> names_of<Level>();

/// The TOML spelling of a value: to_name(LawfulBasis::legal_obligation) == "legal-obligation".
template <class E> std::string_view to_name(E value) {
    return names_of<E>()[static_cast<std::size_t>(value)];
}

/// The value spelled `name`, or nullopt.
template <class E> std::optional<E> from_name(std::string_view name) {
    auto names = names_of<E>();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace privmap
