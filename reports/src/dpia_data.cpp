// One DPIA report: Art. 35(7)(a)-(d), the WP248 screening, sign-off and Art. 36 status.
#include "report_parts.h"

#include <algorithm>
#include <array>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {
namespace {

constexpr std::array levels{Level::negligible, Level::limited, Level::significant, Level::maximum};

/// CNIL: a risk is high when severity and likelihood are both significant or above, low when
/// both are limited or below, medium otherwise.
std::string risk_class(std::optional<Level> severity, std::optional<Level> likelihood) {
    if (!severity || !likelihood)
        return "unknown";
    if (*severity >= Level::significant && *likelihood >= Level::significant)
        return "high";
    if (*severity <= Level::limited && *likelihood <= Level::limited)
        return "low";
    return "medium";
}

std::string level_text(const Builder& b, std::optional<Level> level) {
    return level ? b.t.vocabulary("level", to_name(*level)) : b.t.label("not_assessed");
}

RiskView risk_view(const Builder& b, const Risk& risk) {
    RiskView view{risk.id,
                  b.t.vocabulary("risk_event", to_name(risk.event)),
                  risk.description,
                  level_text(b, risk.severity),
                  level_text(b, risk.likelihood),
                  risk_class(risk.severity, risk.likelihood),
                  level_text(b, risk.residual_severity),
                  level_text(b, risk.residual_likelihood),
                  risk_class(risk.residual_severity, risk.residual_likelihood),
                  {}};
    for (const Ref& ref : risk.measures)
        view.measures.push_back(b.name_of(ref.id));
    return view;
}

/// The four-by-four risk map: severity rows (maximum first) by likelihood columns.
RiskMapView risk_map(const Builder& b, const Dpia& dpia, bool residual) {
    RiskMapView map;
    for (auto severity = levels.rbegin(); severity != levels.rend(); ++severity) {
        RiskMapView::Row& row = map.rows.emplace_back();
        row.severity = b.t.vocabulary("level", to_name(*severity));
        for (Level likelihood : levels) {
            RiskMapView::Cell& cell = row.cells.emplace_back();
            cell.level = risk_class(*severity, likelihood);
            for (const Risk& risk : dpia.risks) {
                auto s = residual ? risk.residual_severity : risk.severity;
                auto l = residual ? risk.residual_likelihood : risk.likelihood;
                if (s == *severity && l == likelihood)
                    cell.risks.push_back(risk.id);
            }
        }
    }
    for (Level likelihood : levels)
        map.columns.push_back(b.t.vocabulary("level", to_name(likelihood)));
    return map;
}

std::vector<RiskEventView> risks_by_event(const Builder& b, const Dpia& dpia) {
    std::vector<RiskEventView> events;
    for (std::string_view event : names_of<RiskEvent>()) {
        RiskEventView view{b.t.vocabulary("risk_event", event), {}};
        for (const Risk& risk : dpia.risks)
            if (to_name(risk.event) == event)
                view.risks.push_back(risk_view(b, risk));
        if (!view.risks.empty())
            events.push_back(std::move(view));
    }
    return events;
}

template <class View> const std::string& id_of(const View& view) {
    return view.id;
}
const std::string& id_of(const RecipientView& view) {
    return view.party.id;
}

/// The items of `list` of every activity, each id once, in the activities' order.
template <class View>
std::vector<View> merged(const std::vector<RegisterEntry>& activities,
                         std::vector<View> RegisterEntry::*list) {
    std::vector<View> all;
    std::set<std::string> seen;
    for (const RegisterEntry& activity : activities)
        for (const View& item : activity.*list)
            if (seen.insert(id_of(item)).second)
                all.push_back(item);
    return all;
}

/// The flows the activities take part in, in the model's order.
std::vector<FlowView> flows_of(const Builder& b, const std::vector<std::size_t>& activities) {
    std::vector<std::size_t> covered;
    for (std::size_t activity : activities)
        covered.insert(covered.end(), b.flows_of(activity).begin(), b.flows_of(activity).end());
    std::sort(covered.begin(), covered.end());
    covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
    std::vector<FlowView> flows;
    for (std::size_t index : covered) {
        const Flow& flow = b.model.flows[index];
        std::string categories;
        for (const Ref& ref : flow.categories)
            categories += (categories.empty() ? "" : ", ") + b.name_of(ref.id);
        flows.push_back({b.name_of(flow.from.id), b.name_of(flow.to.id), categories,
                         flow.activity ? b.name_of(flow.activity->id) : "",
                         flow.transform == Transform::none
                             ? ""
                             : b.t.vocabulary("transform", to_name(flow.transform))});
    }
    return flows;
}

/// Art. 35(7)(a): the systematic description, gathered from the activities the DPIA covers.
DpiaDescription description_of(const Builder& b, const std::vector<std::size_t>& activities) {
    DpiaDescription description;
    for (std::size_t activity : activities)
        description.activities.push_back(register_entry(b, activity));
    const auto& entries = description.activities;
    description.subjects = merged(entries, &RegisterEntry::subjects);
    b.sort_by_name(description.subjects);
    description.categories = merged(entries, &RegisterEntry::categories);
    b.sort_by_name(description.categories);
    description.sensitive_reached = merged(entries, &RegisterEntry::sensitive_reached);
    description.systems = merged(entries, &RegisterEntry::systems);
    b.sort_by_name(description.systems);
    description.recipients = merged(entries, &RegisterEntry::recipients);
    b.sort_by_name(description.recipients,
                   [](const RecipientView& r) -> const std::string& { return r.party.name; });
    description.transfers = merged(entries, &RegisterEntry::transfers);
    description.measures = merged(entries, &RegisterEntry::measures);
    b.sort_by_name(description.measures);
    for (const RegisterEntry& entry : entries)
        for (const RetentionView& rule : entry.retention)
            description.retention.push_back({rule, entry.name});
    description.recipients_recorded =
        std::all_of(entries.begin(), entries.end(),
                    [](const RegisterEntry& entry) { return entry.recipients_recorded; });
    description.flows = flows_of(b, activities);
    return description;
}

std::vector<MeasureView> dpia_measures(const Builder& b, const Dpia& dpia) {
    std::vector<MeasureView> measures;
    std::set<std::string> seen;
    for (const Risk& risk : dpia.risks)
        for (const Ref& ref : risk.measures)
            if (const Measure* measure = b.measure(ref.id);
                measure && seen.insert(measure->id).second)
                measures.push_back(b.measure_view(*measure, ""));
    b.sort_by_name(measures);
    return measures;
}
} // namespace

DpiaEntry dpia_view(const Builder& b, const Dpia& dpia) {
    std::vector<std::size_t> activities;
    for (const Ref& ref : dpia.activities)
        if (auto handle = b.model.find(ref.id, EntityKind::activity); handle)
            activities.push_back(handle->index);
    const auto index = static_cast<std::size_t>(&dpia - b.model.dpias.data());
    const DpiaFacts& facts = b.analysis.facts.dpias[index];
    std::string art36(to_string(facts.art36));
    std::string unassessed;
    for (const std::string& risk : facts.unassessed)
        unassessed += (unassessed.empty() ? "" : ", ") + risk;
    DpiaEntry entry;
    entry.id = dpia.id;
    entry.anchor = anchor_of("dpia", dpia.id);
    entry.file = b.dpia_file(dpia.id);
    entry.title = dpia.name;
    entry.status = b.t.vocabulary("dpia_status", to_name(dpia.status));
    entry.approved = facts.approved;
    entry.approved_on = b.date_text(dpia.approved);
    entry.review = b.date_text(dpia.review);
    entry.review_overdue = overdue(b.analysis.agenda, ObligationKind::dpia_review, index);
    entry.dpo_advice = dpia.dpo_advice ? dpia.dpo_advice->advice : std::string();
    entry.necessity = dpia.necessity;
    entry.prior_consultation = dpia.prior_consultation;
    entry.art36 = {art36, b.t.vocabulary("art36", art36), unassessed};
    entry.description = description_of(b, activities);
    entry.risks = risks_by_event(b, dpia);
    entry.has_risks = !dpia.risks.empty();
    entry.risk_map_before = risk_map(b, dpia, false);
    entry.risk_map_after = risk_map(b, dpia, true);
    entry.measures = dpia_measures(b, dpia);
    auto findings = b.findings_about(dpia.id);
    entry.findings = std::move(findings.findings);
    entry.findings_count = findings.open;
    return entry;
}

json dpia_entry(const Builder& b, const Dpia& dpia) {
    return dpia_view(b, dpia);
}

} // namespace privmap::reports
