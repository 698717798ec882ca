#include "entity_headers.h"

#include <algorithm>

namespace privmap {
namespace {

bool blank(char c) {
    return c == ' ' || c == '\t';
}

bool bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/// Whether only blanks stand between the start of its line and `at`.
bool opens_line(std::string_view toml, std::size_t at) {
    while (at > 0 && blank(toml[at - 1]))
        --at;
    return at == 0 || toml[at - 1] == '\n';
}

std::size_t skip_blanks(std::string_view toml, std::size_t at) {
    while (at < toml.size() && blank(toml[at]))
        ++at;
    return at;
}

/// The bare key of the header whose `[[` is at `at`, or "" when it names a dotted or quoted
/// key (`[[activity.retention]]`), or is no header.
std::string_view header_name(std::string_view toml, std::size_t at) {
    const std::size_t begin = skip_blanks(toml, at + 2);
    std::size_t end = begin;
    while (end < toml.size() && bare_key_char(toml[end]))
        ++end;
    if (toml.substr(skip_blanks(toml, end), 2) != "]]")
        return {};
    return toml.substr(begin, end - begin);
}

} // namespace

void count_entity_headers(std::string_view toml, EntityCounts& counts) {
    // `[[` is rare outside headers (arrays of arrays), so each is checked where it stands
    // rather than every line's start.
    for (std::size_t at = toml.find("[["); at != std::string_view::npos;
         at = toml.find("[[", at + 2)) {
        if (!opens_line(toml, at))
            continue;
        const auto* kind =
            std::find(entity_kinds.begin(), entity_kinds.end(), header_name(toml, at));
        if (kind != entity_kinds.end())
            ++counts[static_cast<std::size_t>(kind - entity_kinds.begin())];
    }
}

} // namespace privmap
