#include <algorithm>
#include <privmap/languages.h>
#include <privmap/types.h>

namespace privmap {

std::optional<std::size_t> language_index(std::string_view tag) {
    std::optional<std::string> primary = primary_language(tag);
    if (!primary)
        return std::nullopt;
    auto found = std::find(languages.begin(), languages.end(), *primary);
    if (found == languages.end())
        return std::nullopt;
    return static_cast<std::size_t>(found - languages.begin());
}

std::string language_choices() {
    std::string text;
    for (std::size_t i = 0; i < languages.size(); ++i)
        text.append(i == 0 ? "" : i + 1 == languages.size() ? " or " : ", ").append(languages[i]);
    return text;
}

} // namespace privmap
