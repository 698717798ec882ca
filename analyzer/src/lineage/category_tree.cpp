#include "lineage/category_tree.h"

#include <algorithm>

namespace privmap {

CategoryTree::CategoryTree(const Model& model)
    : first_(model.categories.size()), end_(model.categories.size()),
      root_(model.categories.size()) {
    const std::size_t count = model.categories.size();
    std::vector<bool> numbered(count, false);
    std::vector<std::pair<std::size_t, std::size_t>> stack; // (category, next child to visit)
    auto number_from = [&](std::size_t root) {
        numbered[root] = true;
        root_[root] = root;
        first_[root] = order_.size();
        order_.push_back(root);
        stack.assign(1, {root, 0});
        while (!stack.empty()) {
            auto& [category, next] = stack.back();
            const auto& children = model.categories[category].children;
            if (next == children.size()) {
                end_[category] = order_.size();
                stack.pop_back();
                continue;
            }
            std::size_t child = children[next++];
            if (numbered[child])
                continue; // a cycle in a broken tree (model.cycle) is cut
            numbered[child] = true;
            root_[child] = root;
            first_[child] = order_.size();
            order_.push_back(child);
            stack.emplace_back(child, 0);
        }
    };
    for (std::size_t c = 0; c < count; ++c)
        if (!model.categories[c].parent_index)
            number_from(c);
    // Only a cycle, which the model reports as an error, leaves categories without a root.
    for (std::size_t c = 0; c < count; ++c)
        if (!numbered[c])
            number_from(c);
}

std::vector<std::size_t> CategoryTree::expanded(std::span<const std::size_t> categories) const {
    // The subtrees of the tops are apart, so each category is listed once: expanding every
    // category on its own is quadratic when a list names every level of a deep tree.
    std::vector<std::size_t> all;
    for (std::size_t category : tops(categories)) {
        auto below = subtree(category);
        all.insert(all.end(), below.begin(), below.end());
    }
    std::sort(all.begin(), all.end());
    return all;
}

std::vector<std::size_t> CategoryTree::tops(std::span<const std::size_t> categories) const {
    std::vector<std::size_t> by_number(categories.begin(), categories.end());
    std::sort(by_number.begin(), by_number.end(),
              [&](std::size_t a, std::size_t b) { return first_[a] < first_[b]; });
    std::vector<std::size_t> kept;
    for (std::size_t c : by_number)
        if (kept.empty() || !within(c, kept.back()))
            kept.push_back(c);
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace privmap
