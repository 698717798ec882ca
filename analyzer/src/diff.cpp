#include "rules/retention/retention.h"
#include "rules/wording.h"

#include <algorithm>
#include <map>
#include <optional>
#include <privmap/countries.h>
#include <privmap/diff.h>
#include <privmap/vocabulary.h>
#include <set>
#include <tuple>

namespace privmap {

bool removes(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::finding_fixed:
    case ChangeKind::activity_removed:
    case ChangeKind::category_removed:
    case ChangeKind::processing_removed:
    case ChangeKind::recipient_removed:
    case ChangeKind::transfer_removed:
    case ChangeKind::sensitive_removed:
        return true;
    default:
        return false;
    }
}

std::string_view to_string(ChangeKind kind) {
    static constexpr std::string_view names[] = {
        "finding-introduced", "finding-fixed",     "finding-waived",    "activity-added",
        "activity-removed",   "category-added",    "category-removed",  "processing-added",
        "processing-removed", "recipient-added",   "recipient-removed", "transfer-added",
        "transfer-removed",   "transfer-changed",  "sensitive-added",   "sensitive-removed",
        "basis-changed",      "retention-changed", "dpia-changed"};
    return names[static_cast<std::size_t>(kind)];
}

namespace {

template <class T> std::map<std::string, const T*> by_id(const std::vector<T>& entities) {
    std::map<std::string, const T*> map;
    for (const T& entity : entities)
        map.emplace(entity.id, &entity);
    return map;
}

std::set<std::string> ids_of(const std::vector<Ref>& refs) {
    std::set<std::string> ids;
    for (const Ref& ref : refs)
        ids.insert(ref.id);
    return ids;
}

std::string describe(const RetentionRule& rule) {
    std::string text;
    for (const Ref& category : rule.categories)
        text += (text.empty() ? "" : ",") + category.id;
    text += (text.empty() ? "" : ": ") + retention_period(rule);
    if (!rule.from.empty())
        text += " from " + rule.from;
    return text;
}

std::string describe(const std::vector<RetentionRule>& rules) {
    std::string text;
    for (const RetentionRule& rule : rules)
        text += (text.empty() ? "" : "; ") + describe(rule);
    return text.empty() ? "none" : text;
}

/// "contract", or "consent; Art. 9(2): explicit-consent" when a special condition is declared.
std::string describe_basis(const Activity& activity) {
    std::string text =
        activity.lawful_basis ? std::string(to_name(*activity.lawful_basis)) : "none";
    if (activity.special_condition)
        text += "; Art. 9(2): " + std::string(to_name(*activity.special_condition));
    return text;
}

/// The Art. 9/10 kinds of the categories `ids` of `model` ("health, criminal"), "" for none.
std::string special_kinds(const Model& model, const std::set<std::string>& ids) {
    std::set<std::string> kinds;
    for (const std::string& id : ids) {
        auto handle = model.find(id, EntityKind::category);
        if (handle)
            if (auto special = model.categories[handle->index].effective_special)
                kinds.emplace(to_name(*special));
    }
    return rules::listed(kinds);
}

/// How a transfer is covered, as the diff names it: "scc", "adequacy", "none", "not-recorded".
std::string safeguard_name(const TransferFact& transfer) {
    if (transfer.covered == Answer::not_recorded)
        return "not-recorded";
    if (transfer.safeguard && *transfer.safeguard != Safeguard::adequacy)
        return std::string(to_name(*transfer.safeguard));
    return transfer.adequacy.empty() ? "none" : "adequacy";
}

struct TransferView {
    std::string country, safeguard, path;
    bool operator==(const TransferView& other) const {
        return country == other.country && safeguard == other.safeguard;
    }
};

/// A sensitive category reaching an activity: its kind ("health", "criminal", "national-id")
/// and, when it flows in, the way.
struct SensitiveView {
    std::string kind, path;
};

/// How long an activity keeps a category: the period (and the system whose rule it is), and
/// its bound for telling a shortening from a lengthening.
struct RetentionView {
    std::string text;
    std::optional<Duration> bound;
};

/// One side of the comparison, and what its analysis derived about each activity.
struct Side {
    const Model& model;
    const Analysis& analysis;

    const ActivityFacts& facts_of(const Activity& activity) const {
        return analysis.facts
            .activities[static_cast<std::size_t>(&activity - model.activities.data())];
    }
    std::string path(const LineagePath& path) const {
        return path.empty() ? "" : "via " + analysis.graph.describe_path(path);
    }

    std::map<std::string, std::string> recipients(const Activity& activity) const {
        std::map<std::string, std::string> recipients;
        for (const RecipientFact& r : facts_of(activity).recipients)
            recipients.emplace(model.parties[r.party].id, r.declared ? "" : path(r.path));
        return recipients;
    }
    std::map<std::string, TransferView> transfers(const Activity& activity) const {
        std::map<std::string, TransferView> transfers;
        for (const TransferFact& t : facts_of(activity).transfers)
            transfers.emplace(t.destination,
                              TransferView{t.country, safeguard_name(t), path(t.path)});
        return transfers;
    }
    std::map<std::string, SensitiveView> sensitive(const Activity& activity) const {
        std::map<std::string, SensitiveView> sensitive;
        for (const SensitiveFact& fact : facts_of(activity).sensitive) {
            const Category& category = model.categories[fact.category];
            std::string kind = fact.kind == Sensitivity::national_id
                                   ? "national-id"
                                   : std::string(to_name(*category.effective_special));
            sensitive.emplace(category.id + " " + kind, SensitiveView{kind, path(fact.path)});
        }
        return sensitive;
    }
    std::map<std::string, RetentionView> retention(const Activity& activity) const {
        std::map<std::string, RetentionView> retention;
        for (const RetentionFact& fact : facts_of(activity).retention) {
            RetentionView view{"not recorded", std::nullopt};
            if (fact.rule) {
                view.text = describe(*fact.rule);
                if (fact.owner != activity.id)
                    view.text += " (system " + fact.owner + ")";
                view.bound = rules::retention::bound(*fact.rule);
            }
            retention.emplace(model.categories[fact.category].id, view);
        }
        return retention;
    }
    std::string dpia(const Activity& activity) const {
        const ActivityFacts& facts = facts_of(activity);
        return facts.dpia_waiver && facts.dpia == DpiaState::missing
                   ? "accepted"
                   : std::string(to_string(facts.dpia));
    }
};

class Differ {
public:
    Differ(Side before, Side after) : before_(before), after_(after) {}

    ModelDiff run() && {
        compare_activities();
        compare_categories();
        compare_systems();
        compare_findings();
        std::sort(diff_.changes.begin(), diff_.changes.end(), [](const Change& a, const Change& b) {
            return std::tie(a.kind, b.severity, a.entity, a.detail, a.destination, a.before,
                            a.after, a.message) < std::tie(b.kind, a.severity, b.entity, b.detail,
                                                           b.destination, b.before, b.after,
                                                           b.message);
        });
        return std::move(diff_);
    }

private:
    Change& add(ChangeKind kind, std::string entity, std::string detail = {}) {
        Change change;
        change.kind = kind;
        change.entity = std::move(entity);
        change.detail = std::move(detail);
        return diff_.changes.emplace_back(std::move(change));
    }

    /// Reports what `now` has and `old` had not as `added`, and the reverse as `removed`.
    template <class Set, class Report>
    void compare_sets(const Set& old, const Set& now, ChangeKind added, ChangeKind removed,
                      Report report) {
        for (const auto& item : now)
            if (!old.count(key_of(item)))
                report(added, item);
        for (const auto& item : old)
            if (!now.count(key_of(item)))
                report(removed, item);
    }
    static const std::string& key_of(const std::string& item) { return item; }
    template <class Value>
    static const std::string& key_of(const std::pair<const std::string, Value>& item) {
        return item.first;
    }

    /// Reports a `kind` change of `id` when the two descriptions differ.
    void compare_descriptions(ChangeKind kind, const std::string& id, std::string before,
                              std::string after) {
        if (before == after)
            return;
        Change& change = add(kind, id);
        change.before = std::move(before);
        change.after = std::move(after);
    }

    void compare_activities() {
        auto old_activities = by_id(before_.model.activities);
        auto new_activities = by_id(after_.model.activities);
        for (const auto& [id, activity] : new_activities) {
            auto old = old_activities.find(id);
            if (old == old_activities.end()) {
                Change& change = add(ChangeKind::activity_added, id);
                change.after = activity->name;
                change.special = special_kinds(after_.model, ids_of(activity->categories));
            }
            compare_activity(old == old_activities.end() ? nullptr : old->second, *activity);
        }
        for (const auto& [id, activity] : old_activities)
            if (!new_activities.count(id))
                add(ChangeKind::activity_removed, id).before = activity->name;
    }

    /// A new activity (`old` null) is compared with nothing: all it processes, every
    /// recipient, transfer and sensitive category is new.
    void compare_activity(const Activity* old, const Activity& now) {
        if (old) {
            compare_descriptions(ChangeKind::basis_changed, now.id, describe_basis(*old),
                                 describe_basis(now));
            compare_retention(*old, now);
            compare_descriptions(ChangeKind::dpia_changed, now.id, before_.dpia(*old),
                                 after_.dpia(now));
        }
        std::set<std::string> relisted; // categories listed or unlisted by the activity itself
        compare_sets(old ? ids_of(old->categories) : std::set<std::string>{},
                     ids_of(now.categories), ChangeKind::processing_added,
                     ChangeKind::processing_removed,
                     [&](ChangeKind kind, const std::string& category) {
                         bool added = kind == ChangeKind::processing_added;
                         relisted.insert(category);
                         add(kind, now.id, category).special =
                             special_kinds(added ? after_.model : before_.model, {category});
                     });
        compare_sets(old ? before_.sensitive(*old) : std::map<std::string, SensitiveView>{},
                     after_.sensitive(now), ChangeKind::sensitive_added,
                     ChangeKind::sensitive_removed, [&](ChangeKind kind, const auto& item) {
                         std::string category = item.first.substr(0, item.first.find(' '));
                         bool added = kind == ChangeKind::sensitive_added;
                         if (relisted.count(category))
                             return; // processing_added or _removed names it, with its kind
                         Change& change = add(kind, now.id, category);
                         change.special = item.second.kind;
                         (added ? change.after : change.before) = item.second.path;
                     });
        compare_sets(old ? before_.recipients(*old) : std::map<std::string, std::string>{},
                     after_.recipients(now), ChangeKind::recipient_added,
                     ChangeKind::recipient_removed, [&](ChangeKind kind, const auto& party) {
                         Change& change = add(kind, now.id, party.first);
                         (kind == ChangeKind::recipient_added ? change.after : change.before) =
                             party.second;
                     });
        compare_transfers(old, now);
    }

    void compare_transfers(const Activity* old, const Activity& now) {
        auto old_transfers = old ? before_.transfers(*old) : std::map<std::string, TransferView>{};
        auto new_transfers = after_.transfers(now);
        auto report = [&](ChangeKind kind, const std::string& destination,
                          const TransferView& view) -> Change& {
            Change& change = add(kind, now.id, view.country);
            change.destination = destination;
            change.safeguard = view.safeguard;
            (kind == ChangeKind::transfer_removed ? change.before : change.after) = view.path;
            return change;
        };
        compare_sets(old_transfers, new_transfers, ChangeKind::transfer_added,
                     ChangeKind::transfer_removed,
                     [&](ChangeKind kind, const auto& t) { report(kind, t.first, t.second); });
        for (const auto& [destination, view] : new_transfers) {
            auto before = old_transfers.find(destination);
            if (before == old_transfers.end() || before->second == view)
                continue;
            Change& change = report(ChangeKind::transfer_changed, destination, view);
            change.before = before->second.country;
            change.safeguard_before = before->second.safeguard;
        }
    }

    void compare_retention(const Activity& old, const Activity& now) {
        auto before = before_.retention(old);
        for (const auto& [category, view] : after_.retention(now)) {
            auto was = before.find(category);
            if (was == before.end() || was->second.text == view.text)
                continue;
            Change& change = add(ChangeKind::retention_changed, now.id, category);
            change.before = was->second.text;
            change.after = view.text;
            if (was->second.bound && view.bound) {
                auto order = *view.bound <=> *was->second.bound;
                change.trend = order < 0 ? "shortened" : order > 0 ? "lengthened" : "";
            }
        }
    }

    void compare_categories() {
        compare_sets(by_id(before_.model.categories), by_id(after_.model.categories),
                     ChangeKind::category_added, ChangeKind::category_removed,
                     [&](ChangeKind kind, const auto& category) {
                         bool added = kind == ChangeKind::category_added;
                         Change& change = add(kind, category.first);
                         (added ? change.after : change.before) = category.second->name;
                         change.special =
                             special_kinds(added ? after_.model : before_.model, {category.first});
                     });
    }

    void compare_systems() {
        auto old_systems = by_id(before_.model.systems);
        for (const System& system : after_.model.systems) {
            auto old = old_systems.find(system.id);
            if (old != old_systems.end())
                compare_descriptions(ChangeKind::retention_changed, system.id,
                                     describe(old->second->retention), describe(system.retention));
        }
    }

    // A finding is the same finding in both versions when its rule, entity and message are:
    // its line may move without it being new.
    using FindingKey = std::tuple<std::string, std::string, Message>;
    static std::map<FindingKey, const Diagnostic*> findings_of(const Analysis& analysis,
                                                               bool waived) {
        std::map<FindingKey, const Diagnostic*> findings;
        for (const Diagnostic& finding : analysis.findings)
            if (finding.waiver.has_value() == waived)
                findings.emplace(FindingKey{finding.rule, finding.entity, finding.message},
                                 &finding);
        return findings;
    }

    void compare_findings() {
        auto old_findings = findings_of(before_.analysis, false);
        auto new_findings = findings_of(after_.analysis, false);
        auto new_waived = findings_of(after_.analysis, true);
        auto report = [&](ChangeKind kind, const Diagnostic& finding) {
            Change& change = add(kind, finding.entity, finding.rule);
            change.message = finding.message;
            change.severity = finding.severity;
            if (kind == ChangeKind::finding_introduced)
                change.where = finding.where;
        };
        for (const auto& [key, finding] : new_findings)
            if (!old_findings.count(key))
                report(ChangeKind::finding_introduced, *finding);
        for (const auto& [key, finding] : old_findings) {
            auto waived = new_waived.find(key);
            if (waived != new_waived.end()) {
                report(ChangeKind::finding_waived, *finding);
                diff_.changes.back().waiver = *waived->second->waiver;
            } else if (!new_findings.count(key)) {
                report(ChangeKind::finding_fixed, *finding);
            }
        }
    }

    Side before_;
    Side after_;
    ModelDiff diff_;
};

} // namespace

ModelDiff diff_models(const Model& before, const Analysis& before_analysis, const Model& after,
                      const Analysis& after_analysis) {
    return Differ({before, before_analysis}, {after, after_analysis}).run();
}

} // namespace privmap
