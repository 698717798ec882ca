// How many entities of each kind a model's files declare, counted in their text before any is
// parsed, so that the loader sizes the model's tables once.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace privmap {

/// The kinds a file declares as arrays of tables, in the order of the Model's tables.
inline constexpr std::array<std::string_view, 10> entity_kinds{
    "subject", "category", "purpose", "party", "system",
    "measure", "activity", "flow",    "dpia",  "waiver"};

/// How many tables of each of entity_kinds, index for index.
using EntityCounts = std::array<std::size_t, entity_kinds.size()>;

/// Adds to `counts` each header `[[kind]]` that opens a line of `toml` (after blanks, with
/// blanks inside the brackets). A hint, not a count: it misses the tables of an inline array
/// (`activity = [{ … }]`) and a quoted name, and counts a header written inside a multi-line
/// string, or in a file that does not parse.
void count_entity_headers(std::string_view toml, EntityCounts& counts);

} // namespace privmap
