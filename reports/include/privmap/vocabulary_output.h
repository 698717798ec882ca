// The standard vocabulary (privmap vocabulary) as a table for people, as JSON for tools, and as
// the Markdown of its docs page in one language (docs/vocabulary/<lang>.md).
#pragma once

#include <string>
#include <string_view>

namespace privmap {

enum class VocabularyFormat { text, json, markdown };

/// `language` chooses the names and descriptions of text and markdown (`nl` or `en`); JSON holds
/// both.
std::string format_vocabulary(VocabularyFormat, std::string_view language);

} // namespace privmap
