#include "rules/categories.h"

#include <algorithm>

namespace privmap::rules {

CategorySet expand_categories(const Model& model, const std::vector<Ref>& refs) {
    CategorySet set;
    for (const Ref& ref : refs) {
        auto handle = model.find(ref.id);
        if (!handle || handle->kind != EntityKind::category)
            continue;
        std::size_t first = set.size();
        set.push_back(handle->index);
        for (std::size_t next = first; next < set.size(); ++next)
            for (std::size_t child : model.categories[set[next]].children)
                if (std::find(set.begin() + static_cast<long>(first), set.end(), child) ==
                    set.end())
                    set.push_back(child);
    }
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
}

bool contains(const CategorySet& set, std::size_t category) {
    return std::binary_search(set.begin(), set.end(), category);
}

CategorySet declared_categories(const LineageGraph& graph, std::size_t activity) {
    CategorySet declared;
    for (const auto& processed : graph.categories_processed(activity))
        if (processed.declared)
            declared.push_back(processed.category);
    return declared;
}

std::vector<std::string> top_ids(const Model& model, const CategorySet& set) {
    std::vector<std::string> ids;
    for (std::size_t c : set) {
        const auto& parent = model.categories[c].parent_index;
        if (!parent || !contains(set, *parent))
            ids.push_back(model.categories[c].id);
    }
    return ids;
}

} // namespace privmap::rules
