// How findings name things: ids in backticks, lists of them joined with commas.
#pragma once

#include <privmap/model.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::rules {

/// `id` in backticks, as every message writes an id.
inline std::string ticked(std::string_view id) {
    return "`" + std::string(id) + "`";
}

/// "a, b, c": the items of any container of strings, in its order.
template <class Strings> std::string listed(const Strings& items) {
    std::string text;
    for (const std::string& item : items)
        text.append(text.empty() ? "" : ", ").append(item);
    return text;
}

/// Appends `id` in backticks to a list being written: "`a`", then ", `b`".
inline void append_ticked(std::string& list, std::string_view id) {
    list.append(list.empty() ? "`" : ", `").append(id).append("`");
}

/// "`a`, `b`, `c`"
inline std::string ticked_list(std::span<const std::string> ids) {
    std::string text;
    for (const std::string& id : ids)
        append_ticked(text, id);
    return text;
}

/// "`a`, `b`, `c`": the ids the references name, as written.
inline std::string ticked_list(const std::vector<Ref>& refs) {
    std::string text;
    for (const Ref& ref : refs)
        append_ticked(text, ref.id);
    return text;
}

} // namespace privmap::rules
