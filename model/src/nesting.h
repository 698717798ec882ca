// A bound on how deep a TOML file nests, checked before toml++ reads it.
#pragma once

#include <cstddef>
#include <string_view>

namespace privmap {

/// How deep a model file may nest tables, dotted keys and arrays; a model needs about six.
inline constexpr std::size_t max_nesting = 64;

/// The byte offset in `toml` of the key, table header or bracket that first nests deeper than
/// `limit`, or npos. toml++ recurses once per level and runs out of stack tens of thousands of
/// levels deep, and its own bound covers arrays and inline tables but not dotted keys and
/// table headers (`a.b.c… = 1`, `[a.b.c…]`). This scan reads only the structure (strings and
/// comments are skipped), in one pass and without recursion; what is not TOML it leaves to
/// toml++ to report.
std::size_t first_nesting_beyond(std::string_view toml, std::size_t limit = max_nesting);

} // namespace privmap
