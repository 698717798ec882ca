#include "rules/rule.h"
#include "rules/wording.h"

#include <string_view>
#include <unordered_set>

namespace privmap::rules::model_family {

extern const Rule unused;

namespace {

/// Views of the references' ids, which the model outlives the check with: hashed, not copied.
using Ids = std::unordered_set<std::string_view>;
/// The ids as references hold them: each distinct id is one interned text (a Symbol), and a
/// register of 10,000 activities writes 350,000 references to 12,000 ids, so they are told
/// apart by address before any text is hashed.
using Symbols = std::unordered_set<const std::string*>;

void add(Symbols& symbols, const Ref& ref) {
    symbols.insert(&ref.id.str());
}

void add_refs(Symbols& symbols, const std::vector<Ref>& refs) {
    for (const Ref& ref : refs)
        add(symbols, ref);
}

/// Every id that an activity, flow, system, party, purpose or DPIA refers to. One set serves
/// every kind: where entities of two kinds share an id, a reference to one counts for both (an
/// unused twin is then not reported, a rare miss rather than a false alarm).
Ids referenced_ids(const Model& model) {
    Symbols symbols;
    for (const Activity& activity : model.activities) {
        for (const auto* refs :
             {&activity.subjects, &activity.categories, &activity.purposes, &activity.source,
              &activity.systems, &activity.recipients, &activity.measures, &activity.controllers})
            add_refs(symbols, *refs);
    }
    for (const Flow& flow : model.flows) {
        add(symbols, flow.from);
        add(symbols, flow.to);
        add_refs(symbols, flow.categories);
    }
    for (const System& system : model.systems) {
        add_refs(symbols, system.measures);
        if (system.operated_by)
            add(symbols, *system.operated_by);
    }
    for (const Party& party : model.parties)
        add_refs(symbols, party.authorised_by);
    for (const Purpose& purpose : model.purposes)
        add_refs(symbols, purpose.safeguards);
    for (const Dpia& dpia : model.dpias)
        for (const Risk& risk : dpia.risks)
            add_refs(symbols, risk.measures);
    Ids ids;
    ids.reserve(symbols.size());
    for (const std::string* id : symbols)
        ids.insert(*id);
    return ids;
}

/// Marks `category` and every narrower one as covered; a subtree already covered is skipped,
/// so each category is visited once however many references reach it.
void cover_subtree(const Model& model, std::size_t category, std::vector<bool>& covered) {
    std::vector<std::size_t> pending{category};
    while (!pending.empty()) {
        std::size_t next = pending.back();
        pending.pop_back();
        if (covered[next])
            continue;
        covered[next] = true;
        for (std::size_t child : model.categories[next].children)
            pending.push_back(child);
    }
}

/// Marks every broader category of `category` as used, stopping where an earlier climb already
/// went: each category is climbed from once, so a 20,000-deep chain costs 20,000 steps, not
/// 200 million (and a cycle, which resolve() reports, cannot make it loop).
void mark_ancestors(const Model& model, std::size_t category, std::vector<bool>& used,
                    std::vector<bool>& climbed) {
    for (std::size_t at = category; !climbed[at];) {
        climbed[at] = true;
        auto up = model.categories[at].parent_index;
        if (!up)
            break;
        used[*up] = true;
        at = *up;
    }
}

/// A category is in use when it, a broader one or a narrower one is processed: declaring a
/// category covers its descendants, and a broader category is what they inherit from.
std::vector<bool> categories_in_use(const Model& model, const Ids& ids) {
    std::size_t count = model.categories.size();
    std::vector<bool> used(count, false), covered(count, false), climbed(count, false);
    for (std::size_t i = 0; i < count; ++i) {
        if (!ids.contains(model.categories[i].id))
            continue;
        cover_subtree(model, i, covered);
        mark_ancestors(model, i, used, climbed);
    }
    for (std::size_t i = 0; i < count; ++i)
        used[i] = used[i] || covered[i];
    return used;
}

/// `kind` names the message: "model.unused.<kind>" says what would use such an entity.
void report(Findings& findings, const Entity& entity, std::string_view kind) {
    findings.add(unused.info, entity.id, entity.where,
                 {"model.unused." + std::string(kind), {{"entity", entity.id}}},
                 {"model.unused.help", {}});
}

template <class Kind>
void report_unreferenced(Findings& findings, const std::vector<Kind>& entities, const Ids& ids,
                         std::string_view kind) {
    for (const Kind& entity : entities)
        if (!ids.contains(entity.id))
            report(findings, entity, kind);
}

void check_unused(const Context& context, Findings& findings) {
    const Model& model = context.model;
    Ids ids = referenced_ids(model);
    report_unreferenced(findings, model.subjects, ids, "subject");
    report_unreferenced(findings, model.purposes, ids, "purpose");
    report_unreferenced(findings, model.systems, ids, "system");
    report_unreferenced(findings, model.parties, ids, "party");
    report_unreferenced(findings, model.measures, ids, "measure");
    std::vector<bool> used = categories_in_use(model, ids);
    for (std::size_t i = 0; i < model.categories.size(); ++i)
        if (!used[i])
            report(findings, model.categories[i], "category");
}

} // namespace

const Rule unused{
    {
        .id = "model.unused",
        .severity = Severity::warning,
        .summary = "a declared entity that nothing uses",
        .what =
            "Reports a subject, category, purpose, system, party or measure that nothing refers "
            "to. "
            "Used means: a subject, category, purpose, system, party or measure listed by an "
            "activity; a subject, system, party or category named by a flow; a party operating a "
            "system or authorising a sub-processor; a measure of a system, a DPIA risk or a "
            "research "
            "purpose's `safeguards`. A "
            "category counts as used when it, a broader category (its ancestors) or a narrower one "
            "(its descendants) is used, since declaring a category covers its descendants and they "
            "inherit from it. A purpose named only in another purpose's `compatible_with` is "
            "unused: no activity pursues it.",
        .why =
            "The register must be accurate (Art. 5(2), 30): an entry nobody uses is either a "
            "leftover that overstates the processing, or a sign that an activity forgot to list it "
            "- a gap the other rules then cannot see.",
        .legal = "GDPR Art. 5(2), 30(1)",
        .example = R"([[subject]]
id = "visitors"
name = "Website visitors"
)",
        .fix = "Refer to the entity where it is used (for example in an activity's `subjects`), or "
               "remove it.",
    },
    check_unused};

} // namespace privmap::rules::model_family
