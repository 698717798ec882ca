// One register entry: an activity with everything Art. 30(1) a–g or 30(2) a–d asks for,
// plus the columns DPOs and authorities expect (ICO template).
#include "report_parts.h"

#include <privmap/countries.h>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {
namespace {

/// The data subject rights that apply given the lawful basis (Art. 15-22; ICO's table).
json rights_json(const Builder& b, const Activity& activity) {
    json rights = json::array();
    auto add = [&](const char* key) {
        rights.push_back({{"key", key}, {"text", b.t.vocabulary("right", key)}});
    };
    std::optional<LawfulBasis> basis = activity.lawful_basis;
    add("access");
    add("rectification");
    if (basis != LawfulBasis::legal_obligation && basis != LawfulBasis::public_task)
        add("erasure"); // Art. 17(3)(b)
    add("restriction");
    if (basis == LawfulBasis::consent || basis == LawfulBasis::contract)
        add("portability"); // Art. 20(1)(a)
    if (basis == LawfulBasis::public_task || basis == LawfulBasis::legitimate_interests)
        add("objection"); // Art. 21(1)
    if (basis == LawfulBasis::consent)
        add("withdraw-consent"); // Art. 7(3)
    if (activity.automated_decision)
        add("human-intervention"); // Art. 22(3)
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

/// Special categories an activity reaches through the children of the categories it declares.
void add_special_descendants(const Builder& b, const Category& category,
                             std::set<std::string>& seen, json& found) {
    for (std::size_t child : category.children) {
        if (child >= b.model.categories.size())
            continue;
        const Category& descendant = b.model.categories[child];
        if (!seen.insert(descendant.id).second)
            continue;
        if (descendant.effective_special && !category.effective_special)
            found.push_back(
                {{"name", descendant.name},
                 {"special", b.t.vocabulary("special", to_name(*descendant.effective_special))}});
        add_special_descendants(b, descendant, seen, found);
    }
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

json transfer_json(const Builder& b, const std::string& name, const std::string& country,
                   const Party* party) {
    std::string safeguard;
    if (party && party->safeguard) {
        safeguard = b.t.vocabulary("safeguard", to_name(*party->safeguard));
        if (!party->derogation.empty())
            safeguard += " (" + party->derogation + ")";
    } else if (party && party->dpf_certified && country == "US") {
        safeguard = b.t.label("safeguard_dpf");
    } else if (!adequacy_decision(country, nullptr).empty()) {
        safeguard = b.t.vocabulary("safeguard", "adequacy");
    }
    return {{"name", name},
            {"country", b.country_json(country)},
            {"safeguard", safeguard},
            {"tia", party ? party->tia : ""}};
}

/// Recipients, systems and system operators outside the EEA: the Chapter V transfers.
json transfers_json(const Builder& b, const Activity& activity) {
    json transfers = json::array();
    std::set<std::string> seen;
    auto add_party = [&](std::string_view id) {
        const Party* party = b.party(id);
        if (party && !party->country.empty() && !in_eea(party->country) &&
            seen.insert(party->id).second)
            transfers.push_back(transfer_json(b, party->name, party->country, party));
    };
    for (const Ref& ref : activity.recipients)
        add_party(ref.id);
    for (const Ref& ref : activity.systems) {
        const System* system = b.system(ref.id);
        if (!system)
            continue;
        const Party* operator_ = system->operated_by ? b.party(system->operated_by->id) : nullptr;
        if (!system->country.empty() && !in_eea(system->country) && seen.insert(system->id).second)
            transfers.push_back(transfer_json(b, system->name, system->country, operator_));
        if (operator_)
            add_party(operator_->id);
    }
    return transfers;
}

json retention_list(const Builder& b, const Activity& activity) {
    json rules = json::array();
    for (const RetentionRule& rule : activity.retention)
        rules.push_back(b.retention_json(rule, ""));
    for (const Ref& ref : activity.systems)
        if (const System* system = b.system(ref.id))
            for (const RetentionRule& rule : system->retention)
                rules.push_back(b.retention_json(rule, system->name));
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

json dpia_status_json(const Builder& b, const Activity& activity, const json& screening) {
    if (activity.dpia) {
        const Dpia* dpia = b.dpia(activity.dpia->id);
        std::string status = dpia ? std::string(to_name(dpia->status)) : "draft";
        return {{"state", status},
                {"text", b.t.vocabulary("dpia_state", status)},
                {"title", dpia ? dpia->name : activity.dpia->id},
                {"anchor", anchor_of("dpia", activity.dpia->id)},
                {"file", anchor_of("dpia", activity.dpia->id)}};
    }
    std::string state = screening["required"].get<bool>() ? "missing" : "not-required";
    return {{"state", state},
            {"text", b.t.vocabulary("dpia_state", state)},
            {"title", ""},
            {"anchor", ""}};
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
    json entry = {
        {"id", activity.id},
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
        {"automated_decision", activity.automated_decision},
        {"automated_decision_text", b.t.label(activity.automated_decision ? "yes" : "no")},
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
    json descendants = json::array();
    std::set<std::string> seen;
    for (const Ref& ref : activity.categories)
        if (const Category* category = b.category(ref.id))
            add_special_descendants(b, *category, seen, descendants);
    bool has_special = !descendants.empty();
    for (const json& category : categories)
        has_special = has_special || category["special"] != "";
    b.sort_by(entry["subjects"]);
    b.sort_by(categories);
    entry["categories"] = categories;
    entry["special_descendants"] = descendants;
    entry["has_special"] = has_special;
    entry["sources"] = sources_json(b, activity);
    json recipients = json::array();
    for (const Ref& ref : activity.recipients)
        recipients.push_back(b.party_ref_json(ref.id));
    b.sort_by(recipients);
    entry["recipients"] = recipients;
    entry["transfers"] = transfers_json(b, activity);
    entry["retention"] = retention_list(b, activity);
    entry["measures"] = measures_json(b, activity);
    entry["systems"] = referenced<System>(
        activity.systems, [&](auto id) { return b.system(id); },
        [&](const System& s) { return b.system_json(s); });
    entry["rights"] =
        activity.role == ActivityRole::processor ? json::array() : rights_json(b, activity);
    entry["screening"] = screening_json(b, index);
    entry["dpia"] = dpia_status_json(b, activity, entry["screening"]);
    b.add_findings(entry, activity.id);
    return entry;
}

} // namespace privmap::reports
