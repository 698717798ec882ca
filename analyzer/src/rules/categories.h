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

/// A category that a list of category references stands for, and the first reference that
/// names it or one of its ancestors (an index into the list).
struct Covered {
    std::size_t category = 0;
    std::size_t ref = 0;
};

/// The categories `refs` stand for: those they name (Ref::target) with all their descendants
/// (the graph's category tree), each with the first reference that reaches it; sorted by category.
std::vector<Covered> covered_by(const LineageGraph&, const std::vector<Ref>& refs);

/// The categories `refs` stand for, as covered_by finds them, without the references.
CategorySet expanded(const LineageGraph&, const std::vector<Ref>& refs);

/// What an activity declares in `categories`, expanded (precomputed by the graph).
CategorySet declared_categories(const LineageGraph&, std::size_t activity);

/// declared_categories as marks: sets `marks[c]` to `mark` for each of them. For a rule that
/// asks of many categories whether one is declared, without gathering and sorting them.
void mark_declared(const LineageGraph&, std::size_t activity, std::vector<bool>& marks,
                   bool mark = true);

/// `set` named compactly: the categories of `set` whose parent is not in `set`, as ids.
std::vector<std::string> top_ids(const Model&, const CategorySet&);

} // namespace privmap::rules
