// toml++'s parse errors, told as the fix a person writing a model needs ("text needs double
// quotes") rather than as the parser's state ("could not determine value type").
#pragma once

#include <cstdint>
#include <privmap/diagnostic.h>
#include <string>
#include <string_view>

namespace privmap {

/// The messages of model.syntax that say what is wrong and how to write it instead.
struct SyntaxMistake {
    Message message;
    Message help;
};

/// `description` is toml++'s error description; `line` the source line it points into, and
/// `column` (1-based) the position on it.
SyntaxMistake explain_toml_error(std::string_view description, std::string_view line,
                                 std::uint32_t column);

} // namespace privmap
