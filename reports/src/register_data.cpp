// One register entry: an activity with everything Art. 30(1) a–g or 30(2) a–d asks for,
// plus the columns DPOs and authorities expect (ICO template).
#include "report_parts.h"

#include <algorithm>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {
namespace {

/// The data-subject rights the analyzer found apply, in the report's language.
json rights_json(const Builder& b, const ActivityFacts& facts) {
    json rights = json::array();
    for (std::string_view right : facts.rights)
        rights.push_back({{"key", right}, {"text", b.t.vocabulary("right", right)}});
    return rights;
}

json basis_json(const Builder& b, const Activity& activity) {
    if (!activity.lawful_basis)
        return false;
    std::string name(to_name(*activity.lawful_basis));
    // What basis_reference documents depends on the basis: the law, the LIA or the consent record.
    std::string reference_label =
        *activity.lawful_basis == LawfulBasis::legitimate_interests ? "lia_reference"
        : *activity.lawful_basis == LawfulBasis::consent            ? "consent_reference"
                                                                    : "law_reference";
    return {{"code", name},
            {"text", b.t.vocabulary("basis", name)},
            {"article", b.t.vocabulary("basis_article", name)},
            {"reference", activity.basis_reference},
            {"reference_label", b.t.label(reference_label)}};
}

json special_condition_json(const Builder& b, const Activity& activity) {
    if (!activity.special_condition)
        return false;
    std::string name(to_name(*activity.special_condition));
    return {{"code", name},
            {"text", b.t.vocabulary("special_condition", name)},
            {"article", b.t.vocabulary("special_condition_article", name)}};
}

/// The special, criminal and national-id data the activity processes that its `categories`
/// list does not show as such: a narrower category of one it lists, or data flowing in.
json sensitive_reached_json(const Builder& b, const ActivityFacts& facts) {
    json found = json::array();
    for (const SensitiveFact& sensitive : facts.sensitive) {
        const Category& category = b.model.categories[sensitive.category];
        if (sensitive.path.empty() && sensitive.via == category.id)
            continue; // listed itself, marked in `categories`
        found.push_back({{"id", category.id},
                         {"name", category.name},
                         {"special", b.sensitivity_text(sensitive.kind, category)},
                         {"via", sensitive.via == category.id ? "" : b.name_of(sensitive.via)},
                         {"path", b.path_text(sensitive.path)}});
    }
    return found;
}

json sources_json(const Builder& b, const Activity& activity) {
    json sources = json::array();
    for (const Ref& ref : activity.source) {
        if (ref.id == "subject")
            sources.push_back(
                {{"name", b.t.label("source_subject")}, {"article", "13"}, {"anchor", ""}});
        else
            sources.push_back({{"name", b.name_of(ref.id)},
                               {"article", "14"},
                               {"anchor", anchor_of("party", ref.id)}});
    }
    return sources;
}

/// How a transfer is covered, in words: the importer's safeguard, or the adequacy decision.
std::string safeguard_text(const Builder& b, const TransferFact& transfer) {
    if (transfer.safeguard && *transfer.safeguard != Safeguard::adequacy)
        return b.t.vocabulary("safeguard", to_name(*transfer.safeguard)) +
               (transfer.derogation.empty() ? "" : " (" + transfer.derogation + ")");
    if (transfer.covered == Answer::not_recorded)
        return b.t.label("transfer_country_unknown");
    if (transfer.adequacy.empty())
        return "";
    return transfer.country == "US" ? b.t.label("safeguard_dpf")
                                    : b.t.vocabulary("safeguard", "adequacy");
}

/// The Chapter V transfers of the activity, as the `transfer.*` rules see them.
json transfers_json(const Builder& b, const ActivityFacts& facts) {
    json transfers = json::array();
    for (const TransferFact& transfer : facts.transfers) {
        const Party& importer = b.model.parties[transfer.importer];
        transfers.push_back({{"id", transfer.destination},
                             {"name", b.name_of(transfer.destination)},
                             {"importer", importer.id == transfer.destination ? "" : importer.name},
                             {"country", b.country_json(transfer.country)},
                             {"safeguard", safeguard_text(b, transfer)},
                             {"covered", to_string(transfer.covered)},
                             {"tia", transfer.tia},
                             {"path", b.path_text(transfer.path)}});
    }
    return transfers;
}

/// Every party the activity's data reaches: declared ones, and those the graph finds.
json recipients_json(const Builder& b, const ActivityFacts& facts) {
    json recipients = json::array();
    for (const RecipientFact& recipient : facts.recipients) {
        json party = b.party_json(b.model.parties[recipient.party]);
        party["declared"] = recipient.declared;
        party["path"] = recipient.declared ? "" : b.path_text(recipient.path);
        recipients.push_back(std::move(party));
    }
    b.sort_by(recipients);
    return recipients;
}

/// How long each category the activity lists is kept, categories sharing a rule together;
/// a category no rule covers says so.
json retention_list(const Builder& b, const ActivityFacts& facts) {
    const Activity& activity = b.model.activities[facts.activity];
    json rules = json::array();
    std::vector<std::pair<const RetentionRule*, std::string>> shown; // one row each
    for (const RetentionFact& fact : facts.retention) {
        const std::string& name = b.model.categories[fact.category].name;
        auto row = std::find(shown.begin(), shown.end(), std::pair(fact.rule, fact.owner));
        if (row != shown.end()) {
            json& categories = rules[static_cast<std::size_t>(row - shown.begin())]["categories"];
            categories = categories.get<std::string>() + ", " + name;
            continue;
        }
        shown.emplace_back(fact.rule, fact.owner);
        json entry = fact.rule
                         ? b.retention_json(*fact.rule,
                                            fact.owner == activity.id ? "" : b.name_of(fact.owner))
                         : b.retention_unrecorded();
        entry["categories"] = name;
        rules.push_back(std::move(entry));
    }
    return rules;
}

json measures_json(const Builder& b, const Activity& activity) {
    json measures = json::array();
    std::set<std::string> seen;
    auto add = [&](const Ref& ref, std::string_view via) {
        if (const Measure* measure = b.measure(ref.id); measure && seen.insert(measure->id).second)
            measures.push_back(b.measure_json(*measure, via));
    };
    for (const Ref& ref : activity.measures)
        add(ref, "");
    for (const Ref& ref : activity.systems)
        if (const System* system = b.system(ref.id))
            for (const Ref& measure : system->measures)
                add(measure, system->name);
    b.sort_by(measures);
    return measures;
}

json screening_json(const Builder& b, std::size_t index) {
    const ActivityScreening* screening = b.screening_of(index);
    json criteria = json::array();
    if (screening)
        for (const CriterionHit& hit : screening->hits)
            criteria.push_back({{"code", to_name(hit.criterion)},
                                {"text", b.t.vocabulary("criterion", to_name(hit.criterion))},
                                {"because", b.reason_text(hit)},
                                {"location", hit.where.str()}});
    const Activity& activity = b.model.activities[index];
    json documented = false;
    if (activity.screening)
        documented = {
            {"date", b.t.date(activity.screening->date)},
            {"outcome", b.t.vocabulary("screening_outcome", to_name(activity.screening->outcome))},
            {"reason", activity.screening->reason}};
    return {{"criteria", criteria},
            {"count",
             b.t.message("criteria_count", {{"count", static_cast<long long>(criteria.size())}})},
            {"art35_3", screening && screening->art35_3},
            {"required", screening && screening->dpia_required()},
            {"documented", documented}};
}

json dpia_status_json(const Builder& b, const ActivityFacts& facts) {
    std::string state(to_string(facts.dpia));
    json status = {{"state", state},
                   {"text", b.t.vocabulary("dpia_state", state)},
                   {"title", ""},
                   {"anchor", ""},
                   {"accepted", false}};
    if (facts.covering_dpia) {
        const Dpia& dpia = b.model.dpias[*facts.covering_dpia];
        status["title"] = dpia.name;
        status["anchor"] = status["file"] = anchor_of("dpia", dpia.id);
    }
    if (facts.dpia_waiver && facts.dpia == DpiaState::missing) {
        status["state"] = "accepted";
        status["text"] = b.t.vocabulary("dpia_state", "accepted");
        status["accepted"] = b.waiver_json(*facts.dpia_waiver);
    }
    return status;
}

template <class T, class Lookup, class ToJson>
json referenced(const std::vector<Ref>& refs, Lookup lookup, ToJson to_json) {
    json list = json::array();
    for (const Ref& ref : refs)
        if (const T* entity = lookup(ref.id))
            list.push_back(to_json(*entity));
    return list;
}
} // namespace

json activity_entry(const Builder& b, std::size_t index) {
    const Activity& activity = b.model.activities[index];
    const ActivityFacts& facts = b.analysis.facts.activities[index];
    json entry = {{"id", activity.id},
                  {"anchor", anchor_of("activity", activity.id)},
                  {"name", activity.name},
                  {"description", activity.description},
                  // An auditor needs a key for every row; the model id is one when the DPO has not
                  // numbered the register.
                  {"reference", activity.reference.empty() ? activity.id : activity.reference},
                  {"department", activity.department},
                  {"owner", activity.owner},
                  {"updated", b.date_json(activity.updated)},
                  {"review", b.date_json(activity.review)},
                  {"planned", activity.status == ActivityStatus::planned},
                  {"status", b.t.vocabulary("activity_status", to_name(activity.status))},
                  {"role", to_name(activity.role)},
                  {"role_text", b.t.vocabulary("activity_role", to_name(activity.role))},
                  {"is_processor", activity.role == ActivityRole::processor},
                  {"joint", activity.role == ActivityRole::joint_controller},
                  {"basis", basis_json(b, activity)},
                  {"special_condition", special_condition_json(b, activity)},
                  {"automated_decision", facts.automated_decision == Answer::yes},
                  {"automated_decision_text", b.answer_text(facts.automated_decision)},
                  {"parental_consent", activity.parental_consent},
                  {"diagram", false}};
    json controllers = json::array();
    for (const Ref& ref : activity.controllers)
        controllers.push_back(b.party_ref_json(ref.id));
    entry["controllers"] = controllers;
    entry["purposes"] = referenced<Purpose>(
        activity.purposes, [&](auto id) { return b.purpose(id); },
        [](const Purpose& p) {
            return json{{"id", p.id}, {"name", p.name}, {"description", p.description}};
        });
    entry["subjects"] = referenced<Subject>(
        activity.subjects, [&](auto id) { return b.subject(id); },
        [&](const Subject& s) { return b.subject_json(s); });
    json categories = referenced<Category>(
        activity.categories, [&](auto id) { return b.category(id); },
        [&](const Category& c) { return b.category_json(c); });
    json sensitive = sensitive_reached_json(b, facts);
    bool has_special =
        std::any_of(facts.sensitive.begin(), facts.sensitive.end(),
                    [](const SensitiveFact& s) { return s.kind != Sensitivity::national_id; });
    b.sort_by(entry["subjects"]);
    b.sort_by(categories);
    entry["categories"] = categories;
    entry["sensitive_reached"] = sensitive;
    entry["has_special"] = has_special;
    entry["sources"] = sources_json(b, activity);
    entry["recipients"] = recipients_json(b, facts);
    entry["recipients_recorded"] = facts.recipients_recorded;
    entry["transfers"] = transfers_json(b, facts);
    entry["retention"] = retention_list(b, facts);
    entry["measures"] = measures_json(b, activity);
    entry["systems"] = referenced<System>(
        activity.systems, [&](auto id) { return b.system(id); },
        [&](const System& s) { return b.system_json(s); });
    entry["rights"] = rights_json(b, facts);
    entry["rights_unrecorded"] = !facts.rights_recorded && activity.role != ActivityRole::processor;
    entry["screening"] = screening_json(b, index);
    entry["dpia"] = dpia_status_json(b, facts);
    b.add_findings(entry, activity.id);
    return entry;
}

} // namespace privmap::reports
