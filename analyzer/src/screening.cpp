#include "screening.h"

#include "rules/wording.h"

#include <algorithm>
#include <privmap/standard_vocabulary.h>
#include <privmap/vocabulary.h>

namespace privmap {
namespace {

using rules::ticked;

class Screener {
public:
    Screener(const Model& model, const LineageGraph& graph)
        : model_(model), graph_(graph), camera_(camera_categories(model)),
          purposes_(purposes_of_each(model)) {}

    ActivityScreening screen(std::size_t index) {
        const Activity& activity = model_.activities[index];
        ActivityScreening screening{index, {}, false};
        hits_ = &screening.hits;
        declared(activity, Criterion::evaluation_scoring);
        automated_decision(activity);
        systematic_monitoring(activity);
        camera_monitoring(activity, index);
        bool special = sensitive_data(activity, index);
        bool large = large_scale(activity);
        matching_datasets(activity, index);
        vulnerable_subjects(activity);
        declared(activity, Criterion::innovative_technology);
        declared(activity, Criterion::prevents_rights);
        // Art. 35(3)(a): evaluation with automated decisions of legal effect; (b) special or
        // criminal data on a large scale; (c) systematic monitoring of a publicly accessible
        // area on a large scale.
        std::sort(
            screening.hits.begin(), screening.hits.end(),
            [](const CriterionHit& a, const CriterionHit& b) { return a.criterion < b.criterion; });
        screening.art35_3 =
            (has(activity, Criterion::evaluation_scoring) && activity.automated_decision) ||
            (special && large) || (activity.public_area && large);
        return screening;
    }

private:
    const Model& model_;
    const LineageGraph& graph_;
    std::vector<bool> camera_;          // per category: camera images, or a kind of them
    std::vector<std::string> purposes_; // per activity: purposes_of(activity)
    std::vector<CriterionHit>* hits_ = nullptr;

    /// `std:camera-images` and every category below it, marked once for the whole model (a
    /// walk up each category's parents could be quadratic in a deep tree).
    static std::vector<bool> camera_categories(const Model& model) {
        std::vector<bool> camera(model.categories.size(), false);
        auto root = model.find(std::string(standard_prefix) + "camera-images");
        if (!root || root->kind != EntityKind::category)
            return camera;
        std::vector<std::size_t> pending{root->index};
        while (!pending.empty()) {
            std::size_t category = pending.back();
            pending.pop_back();
            if (camera[category])
                continue;
            camera[category] = true;
            for (std::size_t child : model.categories[category].children)
                pending.push_back(child);
        }
        return camera;
    }

    /// WP248 gives CCTV as its example of systematic monitoring: whoever processes camera
    /// images observes the people filmed.
    void camera_monitoring(const Activity& activity, std::size_t index) {
        for (const auto& processed : graph_.categories_processed(index)) {
            if (!camera_[processed.category])
                continue;
            const Category& category = model_.categories[processed.category];
            add(Criterion::systematic_monitoring,
                processed.declared ? declared_location(activity, processed.category)
                                   : activity.at("categories"),
                {"camera-images", {{"category", ticked(category.id)}}});
            return;
        }
    }

    static bool has(const Activity& activity, Criterion criterion) {
        return std::find(activity.criteria.begin(), activity.criteria.end(), criterion) !=
               activity.criteria.end();
    }

    bool hit(Criterion criterion) const {
        return std::any_of(hits_->begin(), hits_->end(),
                           [&](const CriterionHit& h) { return h.criterion == criterion; });
    }

    void add(Criterion criterion, Location where, Reason reason) {
        if (!hit(criterion))
            hits_->push_back({criterion, where, std::move(reason)});
    }

    void declared(const Activity& activity, Criterion criterion) {
        if (has(activity, criterion))
            add(criterion, activity.at("criteria"), {"declared", {}});
    }

    void automated_decision(const Activity& activity) {
        if (activity.automated_decision)
            add(Criterion::automated_decision, activity.at("automated_decision"),
                {"automated-decision", {}});
        declared(activity, Criterion::automated_decision);
    }

    void systematic_monitoring(const Activity& activity) {
        if (activity.public_area)
            add(Criterion::systematic_monitoring, activity.at("public_area"), {"public-area", {}});
        declared(activity, Criterion::systematic_monitoring);
    }

    /// Why a category is sensitive, naming the ancestor it inherits that from.
    Reason sensitivity(std::size_t index) const {
        const Category& category = model_.categories[index];
        if (!category.effective_special)
            return {"highly-personal", {{"category", ticked(category.id)}}};
        bool criminal = *category.effective_special == Special::criminal;
        Reason reason{criminal ? "criminal" : "special", {{"category", ticked(category.id)}}};
        if (!criminal)
            reason.args.emplace_back("special", to_name(*category.effective_special));
        if (category.special_from.empty() || category.special_from == category.id)
            return reason;
        reason.key += "-inherited";
        reason.args.emplace_back("parent", ticked(category.special_from));
        return reason;
    }

    static bool sensitive(const Category& category) {
        return category.effective_special || category.effective_highly_personal;
    }

    /// Returns whether special or criminal data (not merely highly personal) is processed.
    bool sensitive_data(const Activity& activity, std::size_t index) {
        bool special = false;
        for (const auto& processed : graph_.categories_processed(index)) {
            const Category& category = model_.categories[processed.category];
            if (!sensitive(category))
                continue;
            special = special || category.effective_special.has_value();
            if (hit(Criterion::sensitive_data))
                continue;
            Reason why = sensitivity(processed.category);
            if (processed.declared) {
                add(Criterion::sensitive_data, declared_location(activity, processed.category),
                    std::move(why));
            } else {
                // The reports render a reason with a `path` as "<reason>, reached along <path>".
                std::string path = graph_.describe_path(
                    graph_.path_to(graph_.activity_vertex(index), processed.category));
                why.args.emplace_back("path", std::move(path));
                add(Criterion::sensitive_data, graph_.edge(*processed.via()).where, std::move(why));
            }
        }
        return special;
    }

    /// The `categories` value that covers `category` (itself or an ancestor).
    Location declared_location(const Activity& activity, std::size_t category) const {
        for (std::optional<std::size_t> c = category; c; c = model_.categories[*c].parent_index)
            for (const Ref& ref : activity.categories)
                if (ref.id == model_.categories[*c].id)
                    return ref.where;
        return activity.at("categories");
    }

    bool large_scale(const Activity& activity) {
        declared(activity, Criterion::large_scale);
        for (const Ref& ref : activity.subjects) {
            auto handle = ref.target(EntityKind::subject);
            if (!handle)
                continue;
            const Subject& subject = model_.subjects[handle->index];
            if (subject.count && *subject.count >= model_.checks.large_scale_subjects)
                add(Criterion::large_scale, subject.at("count"),
                    {"large-scale",
                     {{"subject", ticked(subject.id)},
                      {"count", std::to_string(*subject.count)},
                      {"threshold", std::to_string(model_.checks.large_scale_subjects)}}});
        }
        return hit(Criterion::large_scale);
    }

    /// The activity's purpose ids, sorted, one each, joined by commas.
    static std::string purposes_of(const Activity& activity) {
        std::vector<std::string_view> ids;
        for (const Ref& ref : activity.purposes)
            ids.push_back(ref.id);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::string text;
        for (std::string_view id : ids) {
            if (!text.empty())
                text += ',';
            text += id;
        }
        return text;
    }

    /// Each activity's purposes_of, once: an activity is fed by hundreds of others in a large
    /// register, and each feeds many.
    static std::vector<std::string> purposes_of_each(const Model& model) {
        std::vector<std::string> purposes;
        purposes.reserve(model.activities.size());
        for (const Activity& activity : model.activities)
            purposes.push_back(purposes_of(activity));
        return purposes;
    }

    // Data arriving through flows from two or more other activities (or parties, each its own
    // controller with its own purposes) whose purposes differ: datasets are being combined.
    void matching_datasets(const Activity& activity, std::size_t index) {
        // Whether the feeding activities pursue two or more different sets of purposes is all
        // that counts of them; the texts that name the origins are made only for an activity
        // that meets the criterion.
        auto feeders = graph_.feeding_activities(index);
        bool purposes_differ = std::any_of(feeders.begin(), feeders.end(), [&](const Feeder& f) {
            return purposes_[f.activity] != purposes_[feeders.front().activity];
        });
        std::size_t purpose_sets = feeders.empty() ? 0 : purposes_differ ? 2 : 1;
        std::vector<VertexId> parties; // the parties sending data by flows, one each, in order
        Location where;
        for (const Feeder& feeder : feeders)
            if (!where.known())
                where = graph_.edge(feeder.via).where;
        for (EdgeId e : graph_.in_edges(graph_.activity_vertex(index))) {
            const LineageEdge& edge = graph_.edge(e);
            if (edge.origin != EdgeOrigin::flow || !edge.personal() ||
                graph_.vertex(edge.from).kind != VertexKind::party)
                continue;
            if (std::find(parties.begin(), parties.end(), edge.from) == parties.end())
                parties.push_back(edge.from);
            if (!where.known())
                where = edge.where;
        }
        if (feeders.size() + parties.size() < 2 || purpose_sets + parties.size() < 2)
            return;
        std::vector<std::string> origin_ids;
        for (const Feeder& feeder : feeders)
            origin_ids.push_back(model_.activities[feeder.activity].id);
        for (VertexId party : parties)
            origin_ids.push_back(graph_.vertex(party).id);
        add(Criterion::matching_datasets, where.known() ? where : activity.where,
            {"matching-datasets", {{"origins", rules::ticked_list(origin_ids)}}});
    }

    void vulnerable_subjects(const Activity& activity) {
        for (const Ref& ref : activity.subjects) {
            auto handle = ref.target(EntityKind::subject);
            if (!handle)
                continue;
            const Subject& subject = model_.subjects[handle->index];
            if (subject.children)
                add(Criterion::vulnerable_subjects, ref.where,
                    {"children", {{"subject", ticked(subject.id)}}});
            else if (subject.vulnerable)
                add(Criterion::vulnerable_subjects, ref.where,
                    {"vulnerable", {{"subject", ticked(subject.id)}}});
        }
        declared(activity, Criterion::vulnerable_subjects);
    }
};

} // namespace

std::vector<ActivityScreening> screen_activities(const Model& model, const LineageGraph& graph) {
    Screener screener(model, graph);
    std::vector<ActivityScreening> screenings;
    screenings.reserve(model.activities.size());
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        screenings.push_back(screener.screen(i));
    return screenings;
}

Message because(const CriterionHit& hit) {
    Message::Args args;
    std::string path;
    for (const auto& [name, value] : hit.reason.args)
        if (name == "path")
            path = value;
        else if (name == "special") // a vocabulary name: the catalogue has it in each language
            args.emplace_back(name, std::vector<Message>{{"special." + value, {}}});
        else
            args.emplace_back(name, value);
    Message reason{"screening." + hit.reason.key, std::move(args)};
    if (path.empty())
        return reason;
    return {"screening.reached", {{"reason", std::vector<Message>{reason}}, {"path", path}}};
}

} // namespace privmap
