// How findings name things: ids in backticks, lists of them joined with commas.
#pragma once

#include <privmap/model.h>
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

/// "`a`, `b`, `c`"
inline std::string ticked_list(const std::vector<std::string>& ids) {
    std::vector<std::string> ticked_ids;
    for (const std::string& id : ids)
        ticked_ids.push_back(ticked(id));
    return listed(ticked_ids);
}

inline std::vector<std::string> ids_of(const std::vector<Ref>& refs) {
    std::vector<std::string> ids;
    for (const Ref& ref : refs)
        ids.push_back(ref.id);
    return ids;
}

} // namespace privmap::rules
