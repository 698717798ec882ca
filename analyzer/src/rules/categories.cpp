#include "rules/categories.h"

#include <algorithm>

namespace privmap::rules {

bool contains(const CategorySet& set, std::size_t category) {
    return std::binary_search(set.begin(), set.end(), category);
}

std::vector<Covered> covered_by(const LineageGraph& graph, const std::vector<Ref>& refs) {
    std::vector<Covered> covered;
    for (std::size_t r = 0; r < refs.size(); ++r) {
        auto handle = refs[r].target(EntityKind::category);
        if (!handle)
            continue;
        for (std::size_t category : graph.subtree(handle->index))
            covered.push_back({category, r});
    }
    // By category, and of the references reaching one, the first.
    std::stable_sort(covered.begin(), covered.end(),
                     [](const Covered& a, const Covered& b) { return a.category < b.category; });
    covered.erase(
        std::unique(covered.begin(), covered.end(),
                    [](const Covered& a, const Covered& b) { return a.category == b.category; }),
        covered.end());
    return covered;
}

CategorySet expanded(const LineageGraph& graph, const std::vector<Ref>& refs) {
    CategorySet categories;
    for (const Covered& covered : covered_by(graph, refs))
        categories.push_back(covered.category);
    return categories;
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
