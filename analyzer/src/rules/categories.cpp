#include "rules/categories.h"

#include <algorithm>

namespace privmap::rules {

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
