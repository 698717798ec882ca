// Category references expanded through the category tree: what the graph's edges carry and
// what the retention rules cover.
#pragma once

#include <privmap/model.h>
#include <vector>

namespace privmap {

/// Expands category references to the categories they stand for. It keeps one mark per
/// category between calls, so a call costs only what it returns: a parent listed with its
/// children, or a chain of parents 100,000 deep, is expanded in linear time.
class CategoryExpander {
public:
    explicit CategoryExpander(const Model& model)
        : model_(model), mark_(model.categories.size(), 0) {}

    /// The categories `refs` name, with all their descendants: sorted, unique indices into
    /// Model::categories (a cycle in a broken tree is cut).
    std::vector<std::size_t> operator()(const std::vector<Ref>& refs);

    struct Reached {
        std::size_t category = 0;
        std::size_t ref = 0; // the first of `refs` that stands for it
    };
    /// The same categories, each with the reference that first reaches it; sorted by category.
    std::vector<Reached> reached_by(const std::vector<Ref>& refs);

private:
    const Model& model_;
    std::vector<std::size_t> mark_; // the call that last reached each category
    std::size_t call_ = 0;
};

} // namespace privmap
