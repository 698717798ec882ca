// One register entry: an activity with everything Art. 30(1) a–g or 30(2) a–d asks for,
// plus the columns DPOs and authorities expect (ICO template).
#include "report_parts.h"

#include <algorithm>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {

// How a transfer is covered, in words: the importer's safeguard, or the adequacy decision.
std::string safeguard_text(const Builder& b, const TransferFact& transfer) {
    if (transfer.safeguard && *transfer.safeguard != Safeguard::adequacy)
        return b.t.vocabulary("safeguard", to_name(*transfer.safeguard)) +
               (transfer.derogation.empty() ? "" : " (" + transfer.derogation + ")");
    if (transfer.covered == Answer::not_recorded)
        return b.t.label("transfer_country_unknown");
    if (transfer.adequacy.empty())
        return "";
    return transfer.data_privacy_framework ? b.t.label("safeguard_dpf")
                                           : b.t.vocabulary("safeguard", "adequacy");
}

namespace {

/// The data-subject rights the analyzer found apply, in the report's language.
std::vector<RightView> rights_of(const Builder& b, const ActivityFacts& facts) {
    std::vector<RightView> rights;
    for (std::string_view right : facts.rights)
        rights.push_back({std::string(right), b.t.vocabulary("right", right)});
    return rights;
}

std::optional<BasisView> basis_of(const Builder& b, const Activity& activity) {
    if (!activity.lawful_basis)
        return std::nullopt;
    std::string name(to_name(*activity.lawful_basis));
    // What basis_reference documents depends on the basis: the law, the LIA or the consent record.
    std::string reference_label =
        *activity.lawful_basis == LawfulBasis::legitimate_interests ? "lia_reference"
        : *activity.lawful_basis == LawfulBasis::consent            ? "consent_reference"
                                                                    : "law_reference";
    return BasisView{name, b.t.vocabulary("basis", name), b.t.vocabulary("basis_article", name),
                     activity.basis_reference, b.t.label(reference_label)};
}

std::optional<ConditionView> special_condition_of(const Builder& b, const Activity& activity) {
    if (!activity.special_condition)
        return std::nullopt;
    std::string name(to_name(*activity.special_condition));
    return ConditionView{name, b.t.vocabulary("special_condition", name),
                         b.t.vocabulary("special_condition_article", name)};
}

/// The special, criminal and national-id data the activity processes that its `categories`
/// list does not show as such: a narrower category of one it lists, or data flowing in.
std::vector<SensitiveView> sensitive_reached(const Builder& b, const ActivityFacts& facts) {
    std::vector<SensitiveView> found;
    for (const SensitiveFact& sensitive : facts.sensitive) {
        const Category& category = b.model.categories[sensitive.category];
        if (sensitive.path.empty() && sensitive.via == category.id)
            continue; // listed itself, marked in `categories`
        found.push_back({category.id, category.name, b.sensitivity_text(sensitive.kind, category),
                         sensitive.via == category.id ? "" : b.name_of(sensitive.via),
                         b.path_text(sensitive.path)});
    }
    return found;
}

std::vector<SourceView> sources_of(const Builder& b, const Activity& activity) {
    std::vector<SourceView> sources;
    for (const Ref& ref : activity.source) {
        if (ref.id == "subject")
            sources.push_back({b.t.label("source_subject"), "13", ""});
        else
            sources.push_back({b.name_of(ref.id), "14", anchor_of("party", ref.id)});
    }
    return sources;
}

/// The Chapter V transfers of the activity, as the `transfer.*` rules see them.
std::vector<TransferView> transfers_of(const Builder& b, const ActivityFacts& facts) {
    std::vector<TransferView> transfers;
    for (const TransferFact& transfer : facts.transfers) {
        const Party& importer = b.model.parties[transfer.importer];
        transfers.push_back({transfer.destination, b.name_of(transfer.destination),
                             importer.id == transfer.destination ? "" : importer.name,
                             b.country_view(transfer.country), safeguard_text(b, transfer),
                             std::string(to_string(transfer.covered)), transfer.tia,
                             b.path_text(transfer.path)});
    }
    return transfers;
}

/// Every party the activity's data reaches: declared ones, and those the graph finds.
std::vector<RecipientView> recipients_of(const Builder& b, const ActivityFacts& facts) {
    std::vector<RecipientView> recipients;
    for (const RecipientFact& recipient : facts.recipients)
        recipients.push_back({b.party_view(b.model.parties[recipient.party]), recipient.declared,
                              recipient.declared ? "" : b.path_text(recipient.path)});
    b.sort_by_name(recipients, [](const RecipientView& r) { return r.party.name; });
    return recipients;
}

/// One line per rule that decides how long some of the activity's categories are kept (the
/// analyzer's grouping), in the report's words.
std::vector<RetentionView> retention_of(const Builder& b, const ActivityFacts& facts) {
    const Activity& activity = b.model.activities[facts.activity];
    std::vector<RetentionView> lines;
    for (const RetentionLine& line : retention_lines(facts)) {
        RetentionView view;
        if (line.rule) {
            view = b.retention_view(*line.rule,
                                    line.owner == activity.id ? "" : b.name_of(line.owner));
        } else {
            view.period = b.t.label("not_recorded");
            view.unrecorded = true;
        }
        view.categories.clear();
        for (std::size_t category : line.categories)
            view.categories +=
                (view.categories.empty() ? "" : ", ") + b.model.categories[category].name;
        lines.push_back(std::move(view));
    }
    return lines;
}

std::vector<MeasureView> measures_of(const Builder& b, const Activity& activity) {
    std::vector<MeasureView> measures;
    std::set<std::string> seen;
    auto add = [&](const Ref& ref, std::string_view via) {
        if (const Measure* measure = b.model.target<Measure>(ref);
            measure && seen.insert(measure->id).second)
            measures.push_back(b.measure_view(*measure, via));
    };
    for (const Ref& ref : activity.measures)
        add(ref, "");
    for (const Ref& ref : activity.systems)
        if (const System* system = b.model.target<System>(ref))
            for (const Ref& measure : system->measures)
                add(measure, system->name);
    b.sort_by_name(measures);
    return measures;
}

/// The processors a processor activity engages (Art. 30(2) with Art. 28(2), (4)): the
/// processors and sub-processors its data reaches, and those operating its systems.
std::vector<PartyView> sub_processors_of(const Builder& b, const ActivityFacts& facts) {
    const Activity& activity = b.model.activities[facts.activity];
    std::vector<PartyView> engaged;
    if (activity.role != ActivityRole::processor)
        return engaged;
    std::set<std::string> seen;
    auto add = [&](const Party& party) {
        if (needs_dpa(party) && seen.insert(party.id).second)
            engaged.push_back(b.party_view(party));
    };
    for (const RecipientFact& recipient : facts.recipients)
        add(b.model.parties[recipient.party]);
    for (const Ref& ref : activity.systems)
        if (const System* system = b.model.target<System>(ref); system && system->operated_by)
            if (const Party* operator_ = b.model.target<Party>(*system->operated_by))
                add(*operator_);
    b.sort_by_name(engaged);
    return engaged;
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

DpiaStatusView dpia_status(const Builder& b, const ActivityFacts& facts) {
    std::string state(to_string(facts.dpia));
    DpiaStatusView status{state, b.t.vocabulary("dpia_state", state), "", "", {}, {}};
    if (facts.covering_dpia) {
        const Dpia& dpia = b.model.dpias[*facts.covering_dpia];
        status.title = dpia.name;
        status.anchor = anchor_of("dpia", dpia.id);
        status.file = b.dpia_file(dpia.id);
    }
    if (facts.dpia_accepted()) {
        status.state = "accepted";
        status.text = b.t.vocabulary("dpia_state", "accepted");
        status.accepted = b.waiver_view(*facts.dpia_waiver);
    }
    return status;
}

/// The entities `refs` names that exist as a `T`, each as `view` shows it.
template <class T, class View>
auto referenced(const Model& model, const std::vector<Ref>& refs, View view) {
    std::vector<decltype(view(std::declval<const T&>()))> list;
    for (const Ref& ref : refs)
        if (const T* entity = model.target<T>(ref))
            list.push_back(view(*entity));
    return list;
}
} // namespace

RegisterEntry register_entry(const Builder& b, std::size_t index) {
    const Activity& activity = b.model.activities[index];
    const ActivityFacts& facts = b.analysis.facts.activities[index];
    RegisterEntry entry;
    entry.id = activity.id;
    entry.anchor = anchor_of("activity", activity.id);
    entry.name = activity.name;
    entry.description = activity.description;
    // An auditor needs a key for every row; the model id is one when the DPO has not numbered
    // the register.
    entry.reference = activity.reference.empty() ? activity.id : activity.reference;
    entry.department = activity.department;
    entry.owner = activity.owner;
    entry.updated = b.date_text(activity.updated);
    entry.review = b.date_text(activity.review);
    entry.updated_on = activity.updated;
    entry.review_on = activity.review;
    entry.planned = activity.status == ActivityStatus::planned;
    entry.status = b.t.vocabulary("activity_status", to_name(activity.status));
    entry.role = to_name(activity.role);
    entry.role_text = b.t.vocabulary("activity_role", to_name(activity.role));
    entry.is_processor = activity.role == ActivityRole::processor;
    entry.joint = activity.role == ActivityRole::joint_controller;
    entry.basis = basis_of(b, activity);
    entry.special_condition = special_condition_of(b, activity);
    entry.automated_decision = facts.automated_decision == Answer::yes;
    entry.automated_decision_text = b.answer_text(facts.automated_decision);
    entry.parental_consent = activity.parental_consent;
    for (const Ref& ref : activity.controllers)
        entry.controllers.push_back(b.party_ref_view(ref.id));
    entry.sub_processors = sub_processors_of(b, facts);
    entry.purposes = referenced<Purpose>(b.model, activity.purposes, [](const Purpose& p) {
        return PurposeView{p.id, p.name, p.description};
    });
    entry.subjects = referenced<Subject>(b.model, activity.subjects,
                                         [&](const Subject& s) { return b.subject_view(s); });
    b.sort_by_name(entry.subjects);
    entry.categories = referenced<Category>(b.model, activity.categories,
                                            [&](const Category& c) { return b.category_view(c); });
    b.sort_by_name(entry.categories);
    entry.sensitive_reached = sensitive_reached(b, facts);
    entry.has_special =
        std::any_of(facts.sensitive.begin(), facts.sensitive.end(),
                    [](const SensitiveFact& s) { return s.kind != Sensitivity::national_id; });
    entry.national_id =
        std::any_of(facts.sensitive.begin(), facts.sensitive.end(),
                    [](const SensitiveFact& s) { return s.kind == Sensitivity::national_id; });
    entry.national_id_text = b.answer_text(entry.national_id ? Answer::yes : Answer::no);
    entry.sources = sources_of(b, activity);
    entry.recipients = recipients_of(b, facts);
    entry.recipients_recorded = facts.recipients_recorded;
    entry.transfers = transfers_of(b, facts);
    entry.retention = retention_of(b, facts);
    entry.measures = measures_of(b, activity);
    entry.systems = referenced<System>(b.model, activity.systems,
                                       [&](const System& s) { return b.system_view(s); });
    entry.rights = rights_of(b, facts);
    entry.rights_unrecorded = !facts.rights_recorded && activity.role != ActivityRole::processor;
    entry.screening = screening_json(b, index);
    entry.dpia = dpia_status(b, facts);
    auto findings = b.findings_about(activity.id);
    entry.findings = std::move(findings.findings);
    entry.findings_count = findings.open;
    return entry;
}

std::vector<RegisterEntry> register_entries(const Builder& b, bool processor) {
    std::vector<RegisterEntry> entries;
    for (std::size_t i = 0; i < b.model.activities.size(); ++i)
        if ((b.model.activities[i].role == ActivityRole::processor) == processor)
            entries.push_back(register_entry(b, i));
    b.sort_by_name(entries);
    return entries;
}

json activity_entry(const Builder& b, std::size_t activity) {
    return register_entry(b, activity);
}

} // namespace privmap::reports
