// Category sets as the rules use them: declared references expanded through the category
// tree, and sets named back compactly (a parent stands for its whole subtree).
#pragma once

#include <privmap/lineage.h>
#include <string>
#include <vector>

namespace privmap::rules {

/// Sorted, unique indices into Model::categories.
using CategorySet = std::vector<std::size_t>;

bool contains(const CategorySet&, std::size_t category);

/// What an activity declares in `categories`, expanded (precomputed by the graph).
CategorySet declared_categories(const LineageGraph&, std::size_t activity);

/// `set` named compactly: the categories of `set` whose parent is not in `set`, as ids.
std::vector<std::string> top_ids(const Model&, const CategorySet&);

} // namespace privmap::rules
