#include "rules/reach.h"

#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules {

const CategoryProperty art9_special{[](const Category& c) { return c.special.has_value(); },
                                    [](const Category& c) {
                                        return c.effective_special &&
                                               *c.effective_special != Special::criminal;
                                    }};
const CategoryProperty criminal{
    [](const Category& c) { return c.special.has_value(); },
    [](const Category& c) { return c.effective_special == Special::criminal; }};
const CategoryProperty special_or_criminal{
    [](const Category& c) { return c.special.has_value(); },
    [](const Category& c) { return c.effective_special.has_value(); }};
const CategoryProperty national_identifier{
    [](const Category& c) { return c.national_id; },
    [](const Category& c) { return c.effective_national_id; }};

namespace {

/// The first of `category` and its ancestors, nearest first, that `wanted` accepts (bounded:
/// the tree is acyclic after resolve()). Walked without gathering the chain: the rules ask
/// for every category of every activity.
template <class Wanted>
std::optional<std::size_t> first_in_lineage(const Model& model, std::size_t category,
                                            Wanted wanted) {
    std::optional<std::size_t> at = category;
    for (std::size_t steps = 0; at && steps <= model.categories.size(); ++steps) {
        if (wanted(*at))
            return at;
        at = model.categories[*at].parent_index;
    }
    return std::nullopt;
}

bool is_kind_of(const Model& model, std::size_t category, std::size_t ancestor) {
    return first_in_lineage(model, category, [&](std::size_t c) { return c == ancestor; })
        .has_value();
}

std::size_t origin_of(const Model& model, std::size_t category, const CategoryProperty& property) {
    return first_in_lineage(model, category,
                            [&](std::size_t c) { return property.declares(model.categories[c]); })
        .value_or(category);
}

/// The entry of `categories` that covers `category` (itself or an ancestor).
const Ref* listing(const Model& model, const Activity& activity, std::size_t category) {
    for (const Ref& ref : activity.categories) {
        auto handle = ref.target(EntityKind::category);
        if (handle && is_kind_of(model, category, handle->index))
            return &ref;
    }
    return nullptr;
}

Note kind_of_note(const Category& narrower, const Category& broader) {
    return {{"reach.kind-of", {{"narrower", narrower.id}, {"broader", broader.id}}}, broader.where};
}

std::optional<Reach> listed_reach(const Model& model, const Activity& activity,
                                  std::size_t category, std::size_t origin) {
    const Ref* ref = listing(model, activity, category);
    if (!ref)
        return std::nullopt;
    std::size_t listed_index = ref->target(EntityKind::category)->index;
    Reach reach{origin, listed_index, ref->id, {}, ref->where, {}};
    const Category& listed = model.categories[listed_index];
    const Category& declaring = model.categories[origin];
    if (listed.id == declaring.id)
        return reach;
    if (is_kind_of(model, listed_index, origin))
        reach.notes.push_back(kind_of_note(listed, declaring));
    else
        reach.notes.push_back(
            {{"reach.covers", {{"listed", listed.id}, {"narrower", declaring.id}}},
             declaring.where});
    return reach;
}

Reach flowing_reach(const Context& context, std::size_t activity, std::size_t category,
                    std::size_t origin, EdgeId via) {
    const Model& model = context.model;
    const LineageGraph& graph = context.graph;
    Reach reach{origin,
                category,
                model.categories[category].id,
                graph.describe_path(graph.path_to(graph.activity_vertex(activity), category)),
                graph.edge(via).where,
                {}};
    if (category != origin)
        reach.notes.push_back(kind_of_note(model.categories[category], model.categories[origin]));
    return reach;
}

} // namespace

std::vector<Reach> reaching(const Context& context, std::size_t activity,
                            const CategoryProperty& property) {
    const Model& model = context.model;
    std::vector<Reach> listed;
    std::vector<Reach> flowing;
    auto known = [](const std::vector<Reach>& reaches, std::size_t origin) {
        return std::any_of(reaches.begin(), reaches.end(),
                           [&](const Reach& r) { return r.origin == origin; });
    };
    for (const auto& processed : context.graph.categories_processed(activity)) {
        if (!property.holds(model.categories[processed.category]))
            continue;
        std::size_t origin = origin_of(model, processed.category, property);
        if (processed.declared && !known(listed, origin)) {
            if (auto reach =
                    listed_reach(model, model.activities[activity], processed.category, origin))
                listed.push_back(std::move(*reach));
        } else if (!processed.declared && processed.via() && !known(flowing, origin)) {
            flowing.push_back(
                flowing_reach(context, activity, processed.category, origin, *processed.via()));
        }
    }
    std::erase_if(flowing, [&](const Reach& r) { return known(listed, r.origin); });
    auto position = [&](const Reach& r) {
        auto ref = std::find_if(model.activities[activity].categories.begin(),
                                model.activities[activity].categories.end(),
                                [&](const Ref& c) { return c.id == r.via; });
        return ref - model.activities[activity].categories.begin();
    };
    std::stable_sort(listed.begin(), listed.end(),
                     [&](const Reach& a, const Reach& b) { return position(a) < position(b); });
    listed.insert(listed.end(), std::make_move_iterator(flowing.begin()),
                  std::make_move_iterator(flowing.end()));
    return listed;
}

Message describe_reach(std::string_view label, const Reach& reach) {
    std::vector<Message> via, along; // each a sentence part only when it adds something
    if (reach.via != label)
        via.push_back({"reach.via", {{"category", reach.via}}});
    if (!reach.path.empty())
        along.push_back({"reach.along", {{"path", reach.path}}});
    return {"reach",
            {{"label", std::string(label)}, {"via", std::move(via)}, {"along", std::move(along)}}};
}

void add_reach_notes(Diagnostic& finding, const std::vector<Reach>& reaches,
                     const std::function<Message(const Reach&)>& describe) {
    for (std::size_t i = 0; i < reaches.size(); ++i) {
        if (i > 0)
            finding.notes.push_back(
                {{"reach.also", {{"data", std::vector<Message>{describe(reaches[i])}}}},
                 reaches[i].where});
        finding.notes.insert(finding.notes.end(), reaches[i].notes.begin(), reaches[i].notes.end());
    }
}

} // namespace privmap::rules
