#include "lineage/category_expander.h"

#include <algorithm>

namespace privmap {

std::vector<CategoryExpander::Reached> CategoryExpander::reached_by(const std::vector<Ref>& refs) {
    ++call_;
    std::vector<Reached> found;
    for (std::size_t r = 0; r < refs.size(); ++r) {
        auto handle = refs[r].target(EntityKind::category);
        if (!handle)
            continue;
        auto reach = [&](std::size_t category) {
            if (mark_[category] == call_)
                return;
            mark_[category] = call_;
            found.push_back({category, r});
        };
        std::size_t first = found.size();
        reach(handle->index);
        for (std::size_t next = first; next < found.size(); ++next)
            for (std::size_t child : model_.categories[found[next].category].children)
                reach(child);
    }
    std::sort(found.begin(), found.end(),
              [](const Reached& a, const Reached& b) { return a.category < b.category; });
    return found;
}

std::vector<std::size_t> CategoryExpander::operator()(const std::vector<Ref>& refs) {
    std::vector<std::size_t> categories;
    for (const Reached& reached : reached_by(refs))
        categories.push_back(reached.category);
    return categories;
}

} // namespace privmap
