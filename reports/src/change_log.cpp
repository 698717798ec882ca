// The change log since an earlier revision of the model (`privmap report --since REV`): the
// semantic diff (privmap/diff.h) said in register terms and in the report's language.
#include "report_parts.h"

#include <privmap/diff.h>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {
namespace {

using Args = std::vector<std::pair<std::string, std::string>>;

/// The two versions being compared, each with a builder that speaks the report's language.
struct Versions {
    const Builder& then;
    const Builder& now;

    /// The builder of the version that has `change`'s subject: the old one for what is gone.
    const Builder& holding(const Change& change) const { return removes(change.kind) ? then : now; }
};

std::string say(const Builder& b, std::string_view key, const Args& args) {
    return b.t.sentence(key, args).value_or(std::string(key));
}

/// "health, criminal" (the diff's kinds) in the report's words.
std::string sensitivity_words(const Builder& b, std::string_view kinds) {
    std::string words;
    std::size_t start = 0;
    while (start < kinds.size()) {
        std::size_t end = std::min(kinds.find(", ", start), kinds.size());
        std::string_view kind = kinds.substr(start, end - start);
        words +=
            (words.empty() ? "" : ", ") +
            (kind == "national-id" ? b.t.label("national_id") : b.t.vocabulary("special", kind));
        start = end + 2;
    }
    return words;
}

/// How the diff names a transfer's cover ("scc", "adequacy", "none", "not-recorded"), in words.
std::string safeguard_words(const Builder& b, std::string_view safeguard) {
    if (safeguard == "none")
        return b.t.label("no_safeguard");
    if (safeguard == "not-recorded")
        return b.t.label("transfer_country_unknown");
    return b.t.vocabulary("safeguard", safeguard);
}

/// "United States, standard contractual clauses" for the diff's country and safeguard codes.
std::string transfer_words(const Builder& b, std::string_view country, std::string_view safeguard) {
    return b.country_view(country).name + ", " + safeguard_words(b, safeguard);
}

std::string basis_words(const Builder& b, const Activity* activity) {
    if (!activity || !activity->lawful_basis)
        return b.t.label("not_recorded");
    std::string words = b.t.vocabulary("basis", to_name(*activity->lawful_basis));
    if (activity->special_condition)
        words += "; " + b.t.vocabulary("special_condition", to_name(*activity->special_condition));
    return words;
}

/// How long `activity` keeps `category`, as its register entry says it.
std::string retention_words(const Builder& b, const std::string& activity,
                            const std::string& category) {
    auto handle = b.model.find(activity, EntityKind::activity);
    if (!handle)
        return b.t.label("not_recorded");
    for (const RetentionFact& fact : b.analysis.facts.activities[handle->index].retention) {
        if (b.model.categories[fact.category].id != category)
            continue;
        if (!fact.rule)
            break;
        RetentionView view =
            b.retention_view(*fact.rule, fact.owner == activity ? "" : b.name_of(fact.owner));
        return view.period +
               (view.max.empty() ? "" : " (" + b.t.label("at_most") + " " + view.max + ")") +
               (view.from.empty() ? "" : ", " + b.t.label("from") + " " + view.from) +
               (view.owner.empty() ? "" : ", " + b.t.label("in_system") + " " + view.owner);
    }
    return b.t.label("not_recorded");
}

/// A system's retention rules, one "categories: period" a rule.
std::string system_retention_words(const Builder& b, std::string_view id) {
    const System* system = b.system(id);
    if (!system)
        return b.t.label("not_recorded");
    std::string words;
    for (const RetentionRule& rule : system->retention) {
        RetentionView view = b.retention_view(rule, "");
        words += (words.empty() ? "" : "; ") + view.categories + ": " + view.period +
                 (view.from.empty() ? "" : ", " + b.t.label("from") + " " + view.from);
    }
    return words.empty() ? b.t.label("not_recorded") : words;
}

std::string dpia_words(const Builder& b, std::string_view state) {
    return b.t.vocabulary("dpia_state", state);
}

/// One line of an entry's change log: what changed about the activity.
std::string entry_line(const Versions& v, const Change& change) {
    const Builder& b = v.holding(change);
    const Builder& now = v.now;
    switch (change.kind) {
    case ChangeKind::activity_added:
        return change.special.empty() ? say(now, "change_entry_added", {})
                                      : say(now, "change_entry_added_special",
                                            {{"special", sensitivity_words(now, change.special)}});
    case ChangeKind::activity_removed:
        return say(now, "change_entry_removed", {});
    case ChangeKind::processing_added:
    case ChangeKind::processing_removed:
        return say(now,
                   change.kind == ChangeKind::processing_added ? "change_processing_added"
                                                               : "change_processing_removed",
                   {{"category", b.name_of(change.detail)}});
    case ChangeKind::recipient_added:
    case ChangeKind::recipient_removed:
        return say(now,
                   change.kind == ChangeKind::recipient_added ? "change_recipient_added"
                                                              : "change_recipient_removed",
                   {{"party", b.name_of(change.detail)}});
    case ChangeKind::transfer_added:
    case ChangeKind::transfer_removed:
        return say(now,
                   change.kind == ChangeKind::transfer_added ? "change_transfer_added"
                                                             : "change_transfer_removed",
                   {{"destination", b.name_of(change.destination)},
                    {"transfer", transfer_words(now, change.detail, change.safeguard)}});
    case ChangeKind::transfer_changed:
        return say(now, "change_transfer_changed",
                   {{"destination", now.name_of(change.destination)},
                    {"before", transfer_words(now, change.before, change.safeguard_before)},
                    {"after", transfer_words(now, change.detail, change.safeguard)}});
    case ChangeKind::sensitive_added:
    case ChangeKind::sensitive_removed: {
        std::string category = change.detail.substr(0, change.detail.find(' '));
        return say(now,
                   change.kind == ChangeKind::sensitive_added ? "change_sensitive_added"
                                                              : "change_sensitive_removed",
                   {{"category", b.name_of(category)},
                    {"special", sensitivity_words(now, change.special)}});
    }
    case ChangeKind::basis_changed:
        return say(now, "change_basis",
                   {{"before", basis_words(v.then, v.then.activity(change.entity))},
                    {"after", basis_words(now, now.activity(change.entity))}});
    case ChangeKind::retention_changed:
        return say(now, "change_retention",
                   {{"category", now.name_of(change.detail)},
                    {"before", retention_words(v.then, change.entity, change.detail)},
                    {"after", retention_words(now, change.entity, change.detail)}});
    case ChangeKind::dpia_changed:
        return say(
            now, "change_dpia",
            {{"before", dpia_words(now, change.before)}, {"after", dpia_words(now, change.after)}});
    default:
        return "";
    }
}

/// A change not about one register entry: a category of the model, a system's retention.
std::string model_line(const Versions& v, const Change& change) {
    const Builder& now = v.now;
    switch (change.kind) {
    case ChangeKind::category_added:
    case ChangeKind::category_removed: {
        std::string category = v.holding(change).name_of(change.entity);
        if (!change.special.empty())
            category += " (" + sensitivity_words(now, change.special) + ")";
        return say(now,
                   change.kind == ChangeKind::category_added ? "change_category_added"
                                                             : "change_category_removed",
                   {{"category", category}});
    }
    case ChangeKind::retention_changed:
        return say(now, "change_system_retention",
                   {{"system", now.name_of(change.entity)},
                    {"before", system_retention_words(v.then, change.entity)},
                    {"after", system_retention_words(now, change.entity)}});
    default:
        return "";
    }
}

bool about_findings(ChangeKind kind) {
    return kind == ChangeKind::finding_introduced || kind == ChangeKind::finding_fixed ||
           kind == ChangeKind::finding_waived;
}

std::string_view finding_change_label(ChangeKind kind) {
    return kind == ChangeKind::finding_introduced ? "change_finding_introduced"
           : kind == ChangeKind::finding_fixed    ? "change_finding_fixed"
                                                  : "change_finding_waived";
}

/// The finding a change is about, as the version that reports it says it; null when the
/// version no longer holds it (it cannot: the diff came from these analyses).
const Diagnostic* finding_of(const Builder& b, const Change& change) {
    bool waived = change.kind == ChangeKind::finding_waived;
    for (const Diagnostic& finding : b.analysis.findings)
        if (finding.rule == change.detail && finding.entity == change.entity &&
            finding.message == change.message && finding.waiver.has_value() == waived)
            return &finding;
    return nullptr;
}

json findings_changes(const Versions& v, const ModelDiff& diff) {
    json findings = json::array();
    for (const Change& change : diff.changes) {
        if (!about_findings(change.kind))
            continue;
        const Builder& b = v.holding(change);
        const Diagnostic* finding = finding_of(b, change);
        if (!finding)
            continue;
        json view = b.finding_view(*finding);
        view["change"] = v.now.t.label(finding_change_label(change.kind));
        findings.push_back(std::move(view));
    }
    return findings;
}

/// The register's entries that changed, in the register's order, then those removed.
json entries_changes(const Versions& v, const ModelDiff& diff, const json& data) {
    std::map<std::string, std::vector<std::string>> lines; // activity id → lines
    std::set<std::string> added;
    for (const Change& change : diff.changes)
        if (change.kind == ChangeKind::activity_added)
            added.insert(change.entity);
    for (const Change& change : diff.changes) {
        bool about_entry = change.kind == ChangeKind::activity_removed
                               ? v.then.activity(change.entity) != nullptr
                               : v.now.activity(change.entity) != nullptr;
        if (about_findings(change.kind) || !about_entry)
            continue;
        // A new entry is new in everything; the register shows what it holds.
        if (added.contains(change.entity) && change.kind != ChangeKind::activity_added)
            continue;
        lines[change.entity].push_back(entry_line(v, change));
    }
    json entries = json::array();
    auto add = [&](const std::string& id, const json& reference, const json& name,
                   const json& anchor) {
        auto found = lines.find(id);
        if (found == lines.end())
            return;
        json changes = json::array();
        for (const std::string& line : found->second)
            changes.push_back({{"text", line}});
        entries.push_back(
            {{"reference", reference}, {"name", name}, {"anchor", anchor}, {"changes", changes}});
        lines.erase(found);
    };
    for (const char* section : {"controller_register", "processor_register"})
        for (const json& entry : data[section]["entries"])
            add(entry["id"], entry["reference"], entry["name"], entry["anchor"]);
    json removed = json::array();
    for (const auto& [id, _] : lines)
        if (const Activity* activity = v.then.activity(id))
            // Listed under its id when it has no reference, as the register lists it.
            removed.push_back(
                {{"id", id},
                 {"reference", activity->reference.empty() ? id : activity->reference},
                 {"name", v.then.name_of(id)}});
    v.now.sort_by(removed);
    for (const json& entry : removed)
        add(entry["id"], entry["reference"], entry["name"], "");
    return entries;
}

json model_changes(const Versions& v, const ModelDiff& diff) {
    json changes = json::array();
    for (const Change& change : diff.changes) {
        bool about_system = change.kind == ChangeKind::retention_changed &&
                            v.now.system(change.entity) && !v.now.activity(change.entity);
        if (change.kind == ChangeKind::category_added ||
            change.kind == ChangeKind::category_removed || about_system)
            changes.push_back({{"text", model_line(v, change)}});
    }
    return changes;
}

} // namespace

json change_log_json(const Builder& now, const EarlierRevision& since, const json& data) {
    Builder then(*since.model, *since.analysis, now.t, now.today);
    Versions versions{then, now};
    ModelDiff diff = diff_models(*since.model, *since.analysis, now.model, now.analysis);
    json entries = entries_changes(versions, diff, data);
    json model = model_changes(versions, diff);
    json findings = findings_changes(versions, diff);
    return {{"revision", since.revision},
            {"commit", since.commit},
            {"heading", say(now, "changes_since", {{"revision", since.revision}})},
            {"entries", entries},
            {"model", model},
            {"findings", findings},
            {"has_entries", !entries.empty()},
            {"has_model", !model.empty()},
            {"has_findings", !findings.empty()},
            {"register_unchanged", entries.empty() && model.empty()}};
}

} // namespace privmap::reports
