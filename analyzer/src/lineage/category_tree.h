// The category tree numbered depth-first, so that a category's subtree is one interval of
// numbers: "is `c` a kind of `a`" is two comparisons, and a subtree is a slice of one array.
#pragma once

#include <cstddef>
#include <privmap/model.h>
#include <span>
#include <vector>

namespace privmap {

class CategoryTree {
public:
    CategoryTree() = default;
    /// Numbers the categories of a resolved model, roots in model order, each subtree
    /// depth-first with the children in model order.
    explicit CategoryTree(const Model&);

    /// The number of categories.
    std::size_t size() const { return order_.size(); }
    /// Whether `category` is `ancestor` or one of its descendants.
    bool within(std::size_t category, std::size_t ancestor) const {
        return first_[ancestor] <= first_[category] && first_[category] < end_[ancestor];
    }
    /// `category` and all its descendants, in tree order.
    std::span<const std::size_t> subtree(std::size_t category) const {
        return std::span(order_).subspan(first_[category], end_[category] - first_[category]);
    }
    /// Every category, in tree order.
    std::span<const std::size_t> in_order() const { return order_; }
    /// `categories` with all their descendants: sorted, unique.
    std::vector<std::size_t> expanded(std::span<const std::size_t> categories) const;
    /// `categories` (sorted) without those within another of them: the fewest categories that
    /// stand for the same subtrees, sorted.
    std::vector<std::size_t> tops(std::span<const std::size_t> categories) const;
    /// The top-level category `category` belongs to (itself when it has no broader one).
    std::size_t root(std::size_t category) const { return root_[category]; }

private:
    std::vector<std::size_t> first_; // per category: its number, the first of its subtree
    std::vector<std::size_t> end_;   // per category: one past the last number of its subtree
    std::vector<std::size_t> order_; // per number: the category
    std::vector<std::size_t> root_;  // per category: the root of its tree
};

} // namespace privmap
