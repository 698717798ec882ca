// One DPIA report: Art. 35(7)(a)-(d), the WP248 screening, sign-off and Art. 36 status.
#include "report_parts.h"

#include <algorithm>
#include <array>
#include <privmap/vocabulary.h>
#include <set>

namespace privmap::reports {
namespace {

constexpr std::array levels{Level::negligible, Level::limited, Level::significant, Level::maximum};

std::string level_text(const Builder& b, std::optional<Level> level) {
    return level ? b.t.vocabulary("level", to_name(*level)) : b.t.label("not_assessed");
}

std::string level_name(const Builder& b, RiskLevel level) {
    return b.t.vocabulary("risk_level", to_string(level));
}

RiskView risk_view(const Builder& b, const Risk& risk) {
    RiskLevel before = risk_level(risk.severity, risk.likelihood);
    RiskLevel after = risk_level(risk.residual_severity, risk.residual_likelihood);
    RiskView view{risk.id,
                  b.t.vocabulary("risk_event", to_name(risk.event)),
                  risk.description,
                  level_text(b, risk.severity),
                  level_text(b, risk.likelihood),
                  std::string(to_string(before)),
                  level_name(b, before),
                  level_text(b, risk.residual_severity),
                  level_text(b, risk.residual_likelihood),
                  std::string(to_string(after)),
                  level_name(b, after),
                  {},
                  risk.event == RiskEvent::other ? risk.event_name : std::string(),
                  risk.risk_source,
                  risk.impact};
    for (const Ref& ref : risk.measures)
        view.measures.push_back(b.name_of(ref.id));
    return view;
}

/// The four-by-four risk map: severity rows (maximum first) by likelihood columns; the risks
/// without both levels are listed beside it.
RiskMapView risk_map(const Builder& b, const Dpia& dpia, bool residual) {
    auto severity_of = [&](const Risk& risk) {
        return residual ? risk.residual_severity : risk.severity;
    };
    auto likelihood_of = [&](const Risk& risk) {
        return residual ? risk.residual_likelihood : risk.likelihood;
    };
    RiskMapView map;
    for (auto severity = levels.rbegin(); severity != levels.rend(); ++severity) {
        RiskMapView::Row& row = map.rows.emplace_back();
        row.severity = b.t.vocabulary("level", to_name(*severity));
        for (Level likelihood : levels) {
            RiskMapView::Cell& cell = row.cells.emplace_back();
            RiskLevel level = risk_level(*severity, likelihood);
            cell.level = to_string(level);
            cell.level_text = level_name(b, level);
            for (const Risk& risk : dpia.risks)
                if (severity_of(risk) == *severity && likelihood_of(risk) == likelihood)
                    cell.risks.push_back(risk.id);
        }
    }
    for (Level likelihood : levels)
        map.columns.push_back(b.t.vocabulary("level", to_name(likelihood)));
    for (const Risk& risk : dpia.risks)
        if (!severity_of(risk) || !likelihood_of(risk))
            map.off_map += (map.off_map.empty() ? "" : ", ") + risk.id;
    return map;
}

/// What each level of the map means, so that the map reads without its colours.
std::vector<RiskLegendView> risk_legend(const Builder& b) {
    std::vector<RiskLegendView> legend;
    for (RiskLevel level : {RiskLevel::high, RiskLevel::medium, RiskLevel::low})
        legend.push_back({std::string(to_string(level)), level_name(b, level),
                          b.t.label("risk_legend_" + std::string(to_string(level)))});
    return legend;
}

/// Every feared event privmap knows, with the risks assessed under it: those without any are
/// the events this DPIA did not assess. `other` is listed only when a risk uses it.
std::vector<AssessedEventView> assessed_events(const Builder& b, const Dpia& dpia) {
    std::vector<AssessedEventView> events;
    for (std::string_view event : names_of<RiskEvent>()) {
        AssessedEventView view;
        view.event = b.t.vocabulary("risk_event", event);
        for (const Risk& risk : dpia.risks)
            if (to_name(risk.event) == event)
                view.risks += (view.risks.empty() ? "" : ", ") + risk.id;
        view.assessed = !view.risks.empty();
        if (view.assessed || event != to_name(RiskEvent::other))
            events.push_back(std::move(view));
    }
    return events;
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

/// The ids of the risks of `dpia` that list `measure`, comma-separated; "" when none does.
std::string risk_ids(const Dpia& dpia, const DpiaMeasureFact* measure) {
    std::string ids;
    if (measure)
        for (std::size_t risk : measure->risks)
            ids += (ids.empty() ? "" : ", ") + dpia.risks[risk].id;
    return ids;
}

/// The measures the risks list, each once, with the risks it addresses.
std::vector<DpiaMeasureView> dpia_measures(const Builder& b, const Dpia& dpia,
                                           const DpiaFacts& facts) {
    std::vector<DpiaMeasureView> measures;
    for (const DpiaMeasureFact& fact : facts.measures)
        measures.push_back(
            {b.measure_view(b.model.measures[fact.measure], ""), risk_ids(dpia, &fact)});
    b.sort_by_name(measures,
                   [](const DpiaMeasureView& m) -> const std::string& { return m.measure.name; });
    return measures;
}

/// The action plan in the model's order; each line names the risks that list its measure.
std::vector<DpiaActionView> dpia_actions(const Builder& b, const Dpia& dpia,
                                         const DpiaFacts& facts) {
    std::vector<DpiaActionView> actions;
    for (std::size_t item = 0; item < dpia.actions.size(); ++item) {
        const DpiaAction& action = dpia.actions[item];
        DpiaActionView& view = actions.emplace_back();
        view.measure = b.name_of(action.measure.id);
        if (std::optional<EntityHandle> measure = action.measure.target(EntityKind::measure))
            view.risks = risk_ids(dpia, facts.find_measure(measure->index));
        view.owner = action.owner;
        view.due = b.date_text(action.due);
        view.state = b.t.vocabulary("action_state", to_name(action.state));
        view.planned = action.state == ActionState::planned;
        view.overdue = overdue(b.analysis.agenda, ObligationKind::action_due, facts.dpia, item);
    }
    return actions;
}

std::string answer_of(const Builder& b, std::optional<bool> given) {
    return b.answer_text(!given ? Answer::not_recorded : *given ? Answer::yes : Answer::no);
}

std::optional<DpoAdviceView> dpo_advice_view(const Builder& b, const Dpia& dpia) {
    if (!dpia.dpo_advice)
        return std::nullopt;
    const DpoAdvice& advice = *dpia.dpo_advice;
    return DpoAdviceView{advice.name,
                         b.date_text(advice.date),
                         advice.advice,
                         answer_of(b, advice.followed),
                         advice.followed == false,
                         advice.reason};
}

std::optional<SubjectsViewsView> subjects_views_view(const Builder& b, const Dpia& dpia) {
    if (!dpia.subjects_views)
        return std::nullopt;
    const SubjectsViews& views = *dpia.subjects_views;
    return SubjectsViewsView{answer_of(b, views.sought), views.how, views.outcome, views.reason};
}

std::optional<DecisionView> decision_view(const Builder& b, const Dpia& dpia) {
    if (!dpia.decision)
        return std::nullopt;
    const DpiaDecision& decision = *dpia.decision;
    return DecisionView{decision.outcome
                            ? b.t.vocabulary("dpia_outcome", to_name(*decision.outcome))
                            : std::string(),
                        decision.by, decision.role, b.date_text(decision.date)};
}

/// Answers in the DPO's words, each under its label (labels.dpia_<key>).
std::vector<DpiaAnswerView>
answers(const Builder& b, std::initializer_list<std::pair<const char*, const std::string*>> list) {
    std::vector<DpiaAnswerView> views;
    for (const auto& [key, text] : list)
        views.push_back({b.t.label(std::string("dpia_") + key), *text});
    return views;
}

/// The parts the DPIA leaves empty, as template keys ("dpo-advice" is missing.dpo_advice).
std::vector<std::string> missing_keys(const DpiaFacts& facts) {
    std::vector<std::string> keys;
    for (DpiaPart part : facts.missing) {
        std::string key(to_string(part));
        std::replace(key.begin(), key.end(), '-', '_');
        keys.push_back(std::move(key));
    }
    return keys;
}
} // namespace

DpiaEntry dpia_view(const Builder& b, const Dpia& dpia) {
    std::vector<std::size_t> activities;
    for (const Ref& ref : dpia.activities)
        if (auto handle = ref.target(EntityKind::activity))
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
    entry.necessity = dpia.necessity;
    entry.prior_consultation = dpia.prior_consultation;
    entry.context = answers(b, {{"interests", &dpia.interests},
                                {"techniques", &dpia.techniques},
                                {"legal_framework", &dpia.legal_framework}});
    entry.assessment = answers(b, {{"purpose_limitation", &dpia.purpose_limitation},
                                   {"necessity", &dpia.necessity},
                                   {"proportionality", &dpia.proportionality},
                                   {"subsidiarity", &dpia.subsidiarity},
                                   {"data_minimisation", &dpia.data_minimisation},
                                   {"retention_justification", &dpia.retention_justification}});
    entry.description_text = dpia.description;
    entry.dpo_advice = dpo_advice_view(b, dpia);
    entry.subjects_views = subjects_views_view(b, dpia);
    entry.decision = decision_view(b, dpia);
    entry.missing = missing_keys(facts);
    entry.art36 = {art36, b.t.vocabulary("art36", art36), unassessed};
    entry.covers_activities = !activities.empty();
    entry.description = description_of(b, activities);
    entry.risks = risks_by_event(b, dpia);
    entry.has_risks = !dpia.risks.empty();
    entry.events = assessed_events(b, dpia);
    entry.risk_map_before = risk_map(b, dpia, false);
    entry.risk_map_after = risk_map(b, dpia, true);
    entry.risk_legend = risk_legend(b);
    entry.measures = dpia_measures(b, dpia, facts);
    entry.actions = dpia_actions(b, dpia, facts);
    auto findings = b.findings_about(dpia.id);
    entry.findings = std::move(findings.findings);
    entry.findings_count = findings.open;
    return entry;
}

json dpia_entry(const Builder& b, const Dpia& dpia) {
    return dpia_view(b, dpia);
}

} // namespace privmap::reports
