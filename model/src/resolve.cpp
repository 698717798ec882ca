// resolve(): the id index, references, the category tree and the model-wide checks.
#include "problems.h"
#include "rules/rules.h"
#include "text.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <privmap/schema.h>
#include <privmap/standard_vocabulary.h>
#include <privmap/vocabulary.h>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace privmap {
namespace {

std::string kind_name(EntityKind kind) {
    return std::string(to_name(kind));
}

/// The note "the activity `crm` is declared here".
Message declared_here(EntityKind kind, const std::string& id) {
    return {"model.declared-here", {{"kind", kind_name(kind)}, {"id", id}}};
}

/// The kinds a key takes, as the catalogue names them: `form` "model.kinds" ("a subject,
/// system, party or activity"), "model.kinds-bare" ("subject, system, party or activity") or
/// "model.kinds-and" ("a system and an activity"); nine kinds are any entity.
Message kinds_phrase(std::span<const EntityKind> kinds, const char* form = "model.kinds") {
    Message::Args args{{"count", static_cast<long long>(kinds.size())}};
    for (std::size_t i = 0; i < 4; ++i)
        args.emplace_back("k" + std::to_string(i + 1),
                          i < kinds.size() && kinds.size() != 9 ? kind_name(kinds[i]) : "");
    return {form, std::move(args)};
}

/// One kind with its article: "an activity".
Message with_article(EntityKind kind) {
    return kinds_phrase(std::span<const EntityKind>(&kind, 1));
}

/// The ids a dangling reference may have meant. A typo keeps the start or the end of the
/// word, so only the ids nearest to it in spelling order, read forwards and backwards, are
/// compared: a guess costs the same in a model of any size (8,000 unknown ids among 8,000
/// took minutes when every id was compared with every other).
class Suggestions {
public:
    explicit Suggestions(std::vector<std::string_view> ids) : forward_(std::move(ids)) {
        std::sort(forward_.begin(), forward_.end());
        for (std::string_view id : forward_)
            backward_.emplace_back(std::string(id.rbegin(), id.rend()), id);
        std::sort(backward_.begin(), backward_.end());
    }

    std::string_view guess(std::string_view word) const {
        std::vector<std::string_view> nearby;
        auto add_around = [&](const auto& sorted, const auto& key, auto id_of) {
            auto at = std::lower_bound(sorted.begin(), sorted.end(), key);
            auto from = at - std::min<std::ptrdiff_t>(neighbours, at - sorted.begin());
            auto to = at + std::min<std::ptrdiff_t>(neighbours, sorted.end() - at);
            for (auto it = from; it != to; ++it)
                nearby.push_back(id_of(*it));
        };
        add_around(forward_, word, [](std::string_view id) { return id; });
        add_around(backward_, std::make_pair(std::string(word.rbegin(), word.rend()), word),
                   [](const auto& entry) { return entry.second; });
        // In spelling order, as a scan of every id would meet them: ties go to the first.
        std::sort(nearby.begin(), nearby.end());
        nearby.erase(std::unique(nearby.begin(), nearby.end()), nearby.end());
        return likely_meant(word, nearby);
    }

private:
    static constexpr std::ptrdiff_t neighbours = 32; // on each side, in each order
    std::vector<std::string_view> forward_;
    std::vector<std::pair<std::string, std::string_view>> backward_;
};

/// The entities declared with each id that references name, found by the address of the id's
/// interned text: a register's references name the same ids over and over (350,000 references
/// to 12,000 ids at 10,000 activities), so the model's index is looked up once per id. An
/// open-addressing table of 16-byte slots that hold the one entity an id names (nearly every
/// id names one): a reference costs the read of one slot, where a node-based map read a bucket,
/// a node and then the list of entities.
class DeclaredIds {
public:
    /// What an id names: `one`, or the index's list when it names several.
    struct Found {
        EntityHandle one;
        std::span<const EntityHandle> several;
        std::size_t count = 0;

        std::span<const EntityHandle> handles() const {
            return count > 1 ? several : std::span<const EntityHandle>(&one, count);
        }
    };

    explicit DeclaredIds(const Model& model) : model_(model) {}

    Found find(const Symbol& id) {
        const std::string* key = &id.str();
        for (std::size_t at = hash(key) & mask();; at = (at + 1) & mask()) {
            Slot& slot = slots_[at];
            if (slot.state == State::free)
                return found(add(slot, key));
            if (slot.id == key)
                return found(slot);
        }
    }

private:
    enum class State : std::uint8_t { free, none, one, several };
    struct Slot {
        const std::string* id = nullptr;
        std::uint32_t index = 0; // of the one entity
        EntityKind kind = EntityKind::organisation;
        State state = State::free;
    };

    std::size_t mask() const { return slots_.size() - 1; }

    /// The address's bits above the alignment of a string, mixed (Fibonacci hashing).
    static std::size_t hash(const std::string* key) {
        return static_cast<std::size_t>(
            ((reinterpret_cast<std::uintptr_t>(key) >> 3) * 0x9E3779B97F4A7C15ull) >> 20);
    }

    Found found(const Slot& slot) const {
        switch (slot.state) {
        case State::one:
            return {{slot.kind, slot.index}, {}, 1};
        case State::several: {
            const std::vector<EntityHandle>& all = model_.index.find(*slot.id)->second;
            return {{}, all, all.size()};
        }
        default:
            return {};
        }
    }

    Slot add(Slot& slot, const std::string* key) {
        slot.id = key;
        slot.state = State::none;
        if (auto entry = model_.index.find(*key); entry != model_.index.end()) {
            const std::vector<EntityHandle>& all = entry->second;
            slot.state = all.size() == 1 ? State::one : State::several;
            slot.kind = all.front().kind;
            slot.index = static_cast<std::uint32_t>(all.front().index);
        }
        const Slot added = slot;
        if (++used_ * 2 > slots_.size())
            grow();
        return added;
    }

    /// Twice the slots, so that at most half are used and a probe ends soon.
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& slot : old) {
            if (slot.state == State::free)
                continue;
            std::size_t at = hash(slot.id) & mask();
            while (slots_[at].state != State::free)
                at = (at + 1) & mask();
            slots_[at] = slot;
        }
    }

    const Model& model_;
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t used_ = 0;
};

class Resolver {
public:
    explicit Resolver(Model& model) : model_(model) {}

    Diagnostics run() {
        build_index();
        // A file with a syntax error hides its own entities, not the other files' mistakes.
        if (model_.complete || !model_.unparsed.empty()) {
            add_standard_terms();
            check_references();
        }
        build_category_tree();
        check_organisation();
        return std::move(diagnostics_);
    }

private:
    // ---- the index ----
    void declare(const Entity& entity, EntityKind kind, std::size_t index) {
        if (entity.id.empty())
            return;
        std::vector<EntityHandle>& declared = model_.index[entity.id];
        auto same_kind = std::find_if(declared.begin(), declared.end(),
                                      [&](EntityHandle handle) { return handle.kind == kind; });
        if (same_kind == declared.end()) {
            declared.push_back({kind, index});
            return;
        }
        EntityHandle first = *same_kind;
        Diagnostic duplicate =
            problem(model_rule::duplicate_id, entity.id, entity.where,
                    {"model.duplicate-id", {{"id", entity.id}, {"kind", kind_name(kind)}}},
                    {"model.duplicate-id.help", {}});
        duplicate.notes.push_back(
            {declared_here(first.kind, entity.id), model_.entity(first).where});
        diagnostics_.push_back(std::move(duplicate));
    }

    template <class Entities> void declare_all(const Entities& entities, EntityKind kind) {
        for (std::size_t i = 0; i < entities.size(); ++i)
            declare(entities[i], kind, i);
    }

    void build_index() {
        model_.index.clear();
        if (model_.organisation)
            declare(*model_.organisation, EntityKind::organisation, 0);
        declare_all(model_.subjects, EntityKind::subject);
        declare_all(model_.categories, EntityKind::category);
        declare_all(model_.purposes, EntityKind::purpose);
        declare_all(model_.parties, EntityKind::party);
        declare_all(model_.systems, EntityKind::system);
        declare_all(model_.measures, EntityKind::measure);
        declare_all(model_.activities, EntityKind::activity);
        declare_all(model_.dpias, EntityKind::dpia);
    }

    // ---- the standard vocabulary: the `std:` terms the model refers to become entities ----
    void add_standard_terms() {
        collecting_ = true; // check_references() only notes the `std:` ids it meets
        check_references();
        collecting_ = false;
        for (const std::string& id : wanted_)
            if (const StandardTerm* term = find_standard_term(id))
                add_standard_term(*term);
    }

    void add_standard_term(const StandardTerm& term) {
        std::string id = std::string(standard_prefix) + std::string(term.id);
        if (model_.index.count(id))
            return;
        std::string_view language = model_.info.language;
        switch (term.kind) {
        case EntityKind::subject:
            model_.subjects.push_back(standard_subject(term, language));
            declare(model_.subjects.back(), term.kind, model_.subjects.size() - 1);
            break;
        case EntityKind::category:
            model_.categories.push_back(standard_category(term, language));
            declare(model_.categories.back(), term.kind, model_.categories.size() - 1);
            if (const StandardTerm* parent = find_standard_term(term.parent))
                add_standard_term(*parent);
            break;
        default:
            model_.purposes.push_back(standard_purpose(term, language));
            declare(model_.purposes.back(), term.kind, model_.purposes.size() - 1);
            break;
        }
    }

    /// The standard terms of `kinds`, with their prefix: what a mistyped `std:` id may mean.
    static std::vector<std::string> standard_ids(std::span<const EntityKind> kinds) {
        std::vector<std::string> ids;
        for (const StandardTerm& term : standard_terms())
            if (std::find(kinds.begin(), kinds.end(), term.kind) != kinds.end())
                ids.push_back(std::string(standard_prefix) + std::string(term.id));
        return ids;
    }

    // ---- references ----

    /// What holds references. How messages name it ("activity `crm`", model.owner.*) is put
    /// together only for a message: nearly every one of a register's references is fine.
    struct Owner {
        /// The message's text arguments (unused ones without a name).
        using Args = std::array<std::pair<const char*, std::string_view>, 2>;

        /// `table` is the schema name of the table holding the references; `of` the owner of
        /// this owner, the message's argument `owner` (a retention rule's activity).
        Owner(std::string_view table, std::string_view entity_, const char* message_,
              Args args_ = {}, const Owner* of_ = nullptr)
            : schema(*find_table_schema(table)), entity(entity_), message(message_), args(args_),
              of(of_) {}

        const TableSchema& schema; // looked up once for all the table's references
        std::string_view entity;   // the id diagnostics are about
        const char* message;       // model.owner.*
        Args args;
        const Owner* of;

        Message what() const {
            Message::Args named;
            for (const auto& [name, value] : args)
                if (name)
                    named.emplace_back(name, std::string(value));
            if (of)
                named.emplace_back("owner", std::vector{of->what()});
            return {message, std::move(named)};
        }
    };

    /// The arguments every reference message starts with: the key, its owner and the id.
    static Message::Args about(std::string_view key, const Owner& owner, const std::string& id) {
        return {{"key", std::string(key)}, {"owner", std::vector{owner.what()}}, {"id", id}};
    }

    std::vector<std::string_view> ids_of(std::span<const EntityKind> kinds) const {
        std::vector<std::string_view> ids;
        for (const auto& [id, handles] : model_.index)
            if (std::any_of(handles.begin(), handles.end(), [&](EntityHandle handle) {
                    return std::find(kinds.begin(), kinds.end(), handle.kind) != kinds.end();
                }))
                ids.push_back(id);
        return ids;
    }

    /// Another key of the same table that takes `kind`: where the id was probably meant to go.
    static std::string_view key_for(const TableSchema& table, EntityKind kind) {
        for (const KeySchema& key : table.keys)
            if (key.name != "id" &&
                std::find(key.refers_to.begin(), key.refers_to.end(), kind) != key.refers_to.end())
                return key.name;
        return {};
    }

    /// Checks that `ref` names one entity of the kinds its key takes and resolves it to that
    /// one.
    void check(Ref& ref, const Owner& owner, const KeySchema& schema) {
        if (collecting_) {
            if (is_standard_id(ref.id))
                wanted_.insert(ref.id);
            return;
        }
        if (ref.id.empty() ||
            std::find(schema.values.begin(), schema.values.end(), ref.id) != schema.values.end())
            return;
        const DeclaredIds::Found found = declared_.find(ref.id);
        const std::span<const EntityHandle> declared = found.handles();
        if (declared.empty())
            return dangling(ref, owner, schema);
        auto takes = [&](EntityKind kind) {
            return std::find(schema.refers_to.begin(), schema.refers_to.end(), kind) !=
                   schema.refers_to.end();
        };
        auto matches = [&](EntityHandle handle) {
            return takes(handle.kind) && (!ref.kind || handle.kind == *ref.kind);
        };
        const std::string_view key = schema.name;
        // Nearly every id names one entity: the list of matches is made only when it does not.
        auto match = std::find_if(declared.begin(), declared.end(), matches);
        if (match != declared.end() && std::none_of(match + 1, declared.end(), matches))
            return ref.resolve_to(*match);
        if (match != declared.end()) {
            std::vector<EntityHandle> matching;
            std::copy_if(match, declared.end(), std::back_inserter(matching), matches);
            return ambiguous(ref, owner, key, matching);
        }
        if (ref.kind && takes(*ref.kind))
            return dangling(ref, owner, schema);
        EntityKind kind = ref.kind.value_or(declared.front().kind);
        EntityHandle other = declared.front();
        for (EntityHandle handle : declared)
            if (handle.kind == kind)
                other = handle;
        if (kind == EntityKind::subject && !schema.values.empty())
            return subject_as_source(ref, owner, key);
        std::string_view better = key_for(owner.schema, kind);
        Message::Args args = about(key, owner, ref.id);
        args.emplace_back("kinds", std::vector{kinds_phrase(schema.refers_to)});
        args.emplace_back("kind", std::vector{with_article(kind)});
        Message::Args help{{"kinds", std::vector{kinds_phrase(schema.refers_to)}}, {"id", ref.id}};
        if (!better.empty())
            help.emplace_back("better", std::string(better));
        Diagnostic wrong =
            problem(model_rule::wrong_kind, std::string(owner.entity), ref.where,
                    {"model.wrong-kind", std::move(args)},
                    {better.empty() ? "model.wrong-kind.help" : "model.wrong-kind.help.better",
                     std::move(help)});
        wrong.notes.push_back({declared_here(kind, ref.id), model_.entity(other).where});
        diagnostics_.push_back(std::move(wrong));
    }

    /// `to = "crm"` where both a system and an activity are `crm`: the kind must be written.
    void ambiguous(const Ref& ref, const Owner& owner, std::string_view key,
                   const std::vector<EntityHandle>& matching) {
        std::vector<EntityKind> kinds;
        Message::Args qualified{{"count", static_cast<long long>(matching.size())}};
        for (std::size_t i = 0; i < 4; ++i)
            qualified.emplace_back("q" + std::to_string(i + 1),
                                   i < matching.size() ? kind_name(matching[i].kind) + ":" + ref.id
                                                       : std::string());
        for (EntityHandle handle : matching)
            kinds.push_back(handle.kind);
        Message::Args args = about(key, owner, ref.id);
        args.emplace_back("kinds", std::vector{kinds_phrase(kinds, "model.kinds-and")});
        Diagnostic d = problem(model_rule::ambiguous_ref, std::string(owner.entity), ref.where,
                               {"model.ambiguous-ref", std::move(args)},
                               {"model.ambiguous-ref.help", std::move(qualified)});
        for (EntityHandle handle : matching)
            d.notes.push_back({declared_here(handle.kind, ref.id), model_.entity(handle).where});
        diagnostics_.push_back(std::move(d));
    }

    // `source = ["customers"]`: the data subjects themselves are written as the keyword `subject`.
    void subject_as_source(const Ref& ref, const Owner& owner, std::string_view key) {
        diagnostics_.push_back(problem(model_rule::wrong_kind, std::string(owner.entity), ref.where,
                                       {"model.wrong-kind.source", about(key, owner, ref.id)},
                                       {"model.wrong-kind.source.help", {}}));
    }

    /// Whether a file that did not parse names `id` in quotes: it may declare it. The quoted
    /// words of those files are gathered once, so each reference costs a look-up.
    bool maybe_in_unparsed_file(std::string_view id) {
        if (!unparsed_words_) {
            unparsed_words_.emplace();
            for (const SourceFile& file : model_.sources)
                if (std::find(model_.unparsed.begin(), model_.unparsed.end(), file.name.path()) !=
                    model_.unparsed.end())
                    add_quoted_words(file.text);
        }
        return unparsed_words_->count(std::string(id)) > 0;
    }

    /// Every text between two consecutive `"` short enough to be an id.
    void add_quoted_words(std::string_view text) {
        for (std::size_t open = text.find('"'); open != std::string_view::npos;) {
            std::size_t close = text.find('"', open + 1);
            if (close == std::string_view::npos)
                break;
            if (close - open - 1 <= 64)
                unparsed_words_->emplace(text.substr(open + 1, close - open - 1));
            open = close;
        }
    }

    const Suggestions& suggestions_for(std::span<const EntityKind> kinds) {
        std::vector<EntityKind> key(kinds.begin(), kinds.end());
        auto found = suggestions_.find(key);
        if (found == suggestions_.end())
            found = suggestions_.emplace(std::move(key), Suggestions(ids_of(kinds))).first;
        return found->second;
    }

    /// "; did you mean `x`?" as a sentence part, or none without a guess.
    static std::vector<Message> did_you_mean(std::string_view guess) {
        if (guess.empty())
            return {};
        return {Message{"model.did-you-mean", {{"guess", std::string(guess)}}}};
    }

    void dangling(const Ref& ref, const Owner& owner, const KeySchema& schema) {
        if (!model_.complete && maybe_in_unparsed_file(ref.id))
            return;
        if (is_standard_id(ref.id))
            return unknown_standard_term(ref, owner, schema);
        std::string_view guess = suggestions_for(schema.refers_to).guess(ref.id);
        Message::Args args = about(schema.name, owner, ref.id);
        args.emplace_back("kinds", std::vector{kinds_phrase(schema.refers_to, "model.kinds-bare")});
        args.emplace_back("guess", did_you_mean(guess));
        diagnostics_.push_back(
            problem(model_rule::dangling_ref, std::string(owner.entity), ref.where,
                    {"model.dangling-ref", std::move(args)},
                    {guess.empty() ? "model.dangling-ref.help" : "model.dangling-ref.help.guess",
                     {{"id", ref.id}, {"guess", std::string(guess)}}}));
    }

    void unknown_standard_term(const Ref& ref, const Owner& owner, const KeySchema& schema) {
        std::vector<std::string> ids = standard_ids(schema.refers_to);
        std::string_view guess =
            likely_meant(ref.id, std::vector<std::string_view>(ids.begin(), ids.end()));
        Message::Args args = about(schema.name, owner, ref.id);
        args.emplace_back("guess", did_you_mean(guess));
        diagnostics_.push_back(problem(model_rule::dangling_ref, std::string(owner.entity),
                                       ref.where, {"model.dangling-ref.standard", std::move(args)},
                                       {"model.dangling-ref.standard.help", {}}));
    }

    void check(Ref& ref, const Owner& owner, std::string_view key) {
        check(ref, owner, *owner.schema.find(key));
    }
    void check(std::optional<Ref>& ref, const Owner& owner, std::string_view key) {
        if (ref)
            check(*ref, owner, key);
    }
    void check(std::vector<Ref>& refs, const Owner& owner, std::string_view key) {
        const KeySchema& schema = *owner.schema.find(key);
        for (Ref& ref : refs)
            check(ref, owner, schema);
    }
    void check_retention(std::vector<RetentionRule>& rules, const Owner& owner) {
        Owner rule_owner{"retention", owner.entity, "model.owner.retention", {}, &owner};
        for (RetentionRule& rule : rules)
            check(rule.categories, rule_owner, "categories");
    }

    static Owner owner_of(std::string_view table, const Entity& entity) {
        return {table, entity.id, "model.owner", {{{"kind", table}, {"id", entity.id}}}};
    }

    void check_references() {
        for (Category& category : model_.categories) {
            check(category.parent, owner_of("category", category), "parent");
            if (category.statutory_retention)
                check(category.statutory_retention->record,
                      {"statutory_retention",
                       category.id,
                       "model.owner.statutory",
                       {{{"category", category.id}}}},
                      "record");
        }
        for (Purpose& purpose : model_.purposes) {
            check(purpose.compatible_with, owner_of("purpose", purpose), "compatible_with");
            check(purpose.safeguards, owner_of("purpose", purpose), "safeguards");
        }
        for (Party& party : model_.parties) {
            check(party.authorised_by, owner_of("party", party), "authorised_by");
            check(party.sub_processor_of, owner_of("party", party), "sub_processor_of");
        }
        for (System& system : model_.systems)
            check_system(system);
        for (Activity& activity : model_.activities)
            check_activity(activity);
        for (Flow& flow : model_.flows)
            check_flow(flow);
        for (Dpia& dpia : model_.dpias)
            check_dpia(dpia);
        for (const Waiver& waiver : model_.waivers) {
            Ref target{waiver.target, waiver.keys.at_or("target", waiver.where)};
            check(target,
                  {"waiver", waiver.target, "model.owner.waiver", {{{"rule", waiver.rule}}}},
                  "target");
        }
    }

    void check_system(System& system) {
        Owner owner = owner_of("system", system);
        check(system.operated_by, owner, "operated_by");
        check(system.measures, owner, "measures");
        check_retention(system.retention, owner);
    }

    void check_activity(Activity& activity) {
        Owner owner = owner_of("activity", activity);
        for (std::string_view key : {"controllers", "purposes", "subjects", "categories", "source",
                                     "systems", "recipients", "measures"})
            check(refs_of(activity, key), owner, key);
        check(activity.dpia, owner, "dpia");
        check_retention(activity.retention, owner);
    }

    static std::vector<Ref>& refs_of(Activity& activity, std::string_view key) {
        const std::array<std::pair<std::string_view, std::vector<Ref>*>, 8> lists{{
            {"controllers", &activity.controllers},
            {"purposes", &activity.purposes},
            {"subjects", &activity.subjects},
            {"categories", &activity.categories},
            {"source", &activity.source},
            {"systems", &activity.systems},
            {"recipients", &activity.recipients},
            {"measures", &activity.measures},
        }};
        for (const auto& [name, list] : lists)
            if (name == key)
                return *list;
        return activity.measures;
    }

    void check_flow(Flow& flow) {
        Owner owner{"flow",
                    flow.activity ? std::string_view(flow.activity->id) : std::string_view(),
                    "model.owner.flow",
                    {{{"from", flow.from.id}, {"to", flow.to.id}}}};
        check(flow.from, owner, "from");
        check(flow.to, owner, "to");
        check(flow.categories, owner, "categories");
        check(flow.activity, owner, "activity");
    }

    void check_dpia(Dpia& dpia) {
        Owner owner = owner_of("dpia", dpia);
        check(dpia.activities, owner, "activities");
        for (Risk& risk : dpia.risks)
            check(risk.measures,
                  {"dpia.risk", dpia.id, "model.owner.risk", {{{"risk", risk.id}}}, &owner},
                  "measures");
        for (DpiaAction& action : dpia.actions)
            check(action.measure,
                  {"dpia.action",
                   dpia.id,
                   "model.owner.action",
                   {{{"measure", action.measure.id}}},
                   &owner},
                  "measure");
    }

    // ---- the category tree ----
    void link_parents() {
        for (Category& category : model_.categories) {
            category.parent_index.reset();
            category.children.clear();
        }
        for (std::size_t i = 0; i < model_.categories.size(); ++i) {
            Category& category = model_.categories[i];
            if (!category.parent)
                continue;
            auto found = model_.find(category.parent->id, EntityKind::category);
            if (found) {
                category.parent_index = found->index;
                model_.categories[found->index].children.push_back(i);
            }
        }
    }

    void inherit(Category& category, const Category* parent) {
        category.effective_special = category.special;
        category.special_from = category.special ? category.id : std::string();
        category.effective_national_id = category.national_id;
        category.effective_highly_personal = category.highly_personal;
        category.effective_statutory_retention = category.statutory_retention;
        if (!parent)
            return;
        if (!category.special && parent->effective_special) {
            category.effective_special = parent->effective_special;
            category.special_from = parent->special_from;
        }
        category.effective_national_id |= parent->effective_national_id;
        category.effective_highly_personal |= parent->effective_highly_personal;
        if (!category.statutory_retention)
            category.effective_statutory_retention = parent->effective_statutory_retention;
    }

    void report_cycle(const std::vector<std::size_t>& members) {
        const Category& first = model_.categories[members.front()];
        std::string chain;
        for (std::size_t member : members)
            chain += code(model_.categories[member].id) + " → ";
        chain += code(first.id);
        Diagnostic cycle = problem(model_rule::cycle, first.id, first.at("parent"),
                                   {"model.cycle", {{"chain", chain}}}, {"model.cycle.help", {}});
        for (std::size_t i = 1; i < members.size(); ++i) {
            const Category& member = model_.categories[members[i]];
            cycle.notes.push_back(
                {{"model.cycle.parent", {{"category", member.id}}}, member.at("parent")});
        }
        diagnostics_.push_back(std::move(cycle));
    }

    // Walks each chain of parents once, iteratively (a hostile model may nest very deeply).
    void build_category_tree() {
        link_parents();
        enum State : char { fresh, on_path, done };
        std::vector<State> state(model_.categories.size(), fresh);
        for (std::size_t start = 0; start < model_.categories.size(); ++start) {
            std::vector<std::size_t> path;
            std::optional<std::size_t> next = start;
            while (next && state[*next] == fresh) {
                state[*next] = on_path;
                path.push_back(*next);
                next = model_.categories[*next].parent_index;
            }
            std::size_t end = path.size();
            if (next && state[*next] == on_path) {
                auto begin = std::find(path.begin(), path.end(), *next);
                std::vector<std::size_t> members(begin, path.end());
                report_cycle(members);
                for (std::size_t member : members) {
                    inherit(model_.categories[member], nullptr);
                    state[member] = done;
                }
                end = static_cast<std::size_t>(begin - path.begin());
            }
            for (std::size_t i = end; i-- > 0;) {
                Category& category = model_.categories[path[i]];
                inherit(category, category.parent_index ? &model_.categories[*category.parent_index]
                                                        : nullptr);
                state[path[i]] = done;
            }
        }
    }

    // ---- the organisation ----
    void check_organisation() {
        if (model_.organisation || !model_.complete)
            return;
        Location where = model_.info.where;
        if (!where.known() && !model_.sources.empty())
            where = Location{model_.sources.front().name, 1, 1, 1};
        diagnostics_.push_back(problem(model_rule::organisation, "", where,
                                       {"model.organisation", {}},
                                       {"model.organisation.help", {}}));
    }

    Model& model_;
    Diagnostics diagnostics_;
    bool collecting_ = false;
    std::set<std::string> wanted_; // the `std:` ids the model refers to
    std::map<std::vector<EntityKind>, Suggestions> suggestions_; // by the kinds a key takes
    std::optional<std::unordered_set<std::string>> unparsed_words_;
    DeclaredIds declared_{model_}; // made after the index is built, used after the std: terms
};

} // namespace

Diagnostics resolve(Model& model) {
    return Resolver(model).run();
}

const std::vector<RuleInfo>& model_rules() {
    static const std::vector<RuleInfo> rules{
        model_rule::syntax,       model_rule::format,        model_rule::unknown_key,
        model_rule::type,         model_rule::missing,       model_rule::duplicate_id,
        model_rule::dangling_ref, model_rule::ambiguous_ref, model_rule::wrong_kind,
        model_rule::cycle,        model_rule::organisation,  model_rule::limit};
    return rules;
}

} // namespace privmap
