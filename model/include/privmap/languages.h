// The languages privmap speaks, in one table. Each has a catalogue templates/i18n/<code>.json
// (labels, messages, findings, rule summaries), a starter model templates/init/<code>/ and names
// for the standard vocabulary. The --lang choices of check, report, init and vocabulary, the
// JSON Schema and the tests of the shell completion and the docs read this table.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace privmap {

/// ISO 639-1 codes; English first: it is the reference catalogue and the fallback.
inline constexpr std::array<std::string_view, 4> languages = {"en", "nl", "de", "fr"};

/// The position in `languages` of the primary language of the BCP 47 tag `tag` ("nl-BE": that
/// of "nl"), or nullopt when privmap does not speak it.
std::optional<std::size_t> language_index(std::string_view tag);

/// The codes for a help text: "en, nl, de or fr".
std::string language_choices();

} // namespace privmap
