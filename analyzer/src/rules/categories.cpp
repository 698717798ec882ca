#include "rules/categories.h"

#include <algorithm>

namespace privmap::rules {

bool contains(const CategorySet& set, std::size_t category) {
    return std::binary_search(set.begin(), set.end(), category);
}

namespace {
/// A reference's subtree, as the stretch of the tree order it spans.
struct Span {
    const std::size_t* first;
    const std::size_t* end;
    std::size_t ref;
};
} // namespace

std::vector<Covered> covered_by(const LineageGraph& graph, const std::vector<Ref>& refs) {
    // Subtrees are nested or apart, so one sweep over them in tree order gives each category
    // the first reference whose subtree holds it, visiting each category once: expanding every
    // reference on its own is quadratic when a list names every level of a deep tree.
    std::vector<Span> spans;
    for (std::size_t r = 0; r < refs.size(); ++r)
        if (auto handle = refs[r].target(EntityKind::category)) {
            std::span<const std::size_t> subtree = graph.subtree(handle->index);
            spans.push_back({subtree.data(), subtree.data() + subtree.size(), r});
        }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.first != b.first ? a.first < b.first
               : a.end != b.end   ? a.end > b.end
                                  : a.ref < b.ref;
    });
    std::vector<Covered> covered;
    const std::size_t* cursor = nullptr; // everything before it is covered
    auto cover_to = [&](const std::size_t* end, std::size_t ref) {
        for (; cursor < end; ++cursor)
            covered.push_back({*cursor, ref});
    };
    std::vector<std::pair<const std::size_t*, std::size_t>> open; // enclosing spans: end, ref
    for (const Span& span : spans) {
        while (!open.empty() && open.back().first <= span.first) {
            cover_to(open.back().first, open.back().second);
            open.pop_back();
        }
        if (open.empty())
            cursor = span.first; // what came before is covered, or in no subtree named
        else
            cover_to(span.first, open.back().second);
        open.push_back(
            {span.end, open.empty() ? span.ref : std::min(span.ref, open.back().second)});
    }
    for (; !open.empty(); open.pop_back())
        cover_to(open.back().first, open.back().second);
    std::sort(covered.begin(), covered.end(),
              [](const Covered& a, const Covered& b) { return a.category < b.category; });
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

void mark_declared(const LineageGraph& graph, std::size_t activity, std::vector<bool>& marks,
                   bool mark) {
    for (const auto& processed : graph.categories_processed(activity))
        if (processed.declared)
            marks[processed.category] = mark;
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
