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

json risk_json(const Builder& b, const Risk& risk) {
    json measures = json::array();
    for (const Ref& ref : risk.measures)
        measures.push_back({{"name", b.name_of(ref.id)}});
    return {{"id", risk.id},
            {"event", b.t.vocabulary("risk_event", to_name(risk.event))},
            {"description", risk.description},
            {"severity", level_text(b, risk.severity)},
            {"likelihood", level_text(b, risk.likelihood)},
            {"level", risk_class(risk.severity, risk.likelihood)},
            {"residual_severity", level_text(b, risk.residual_severity)},
            {"residual_likelihood", level_text(b, risk.residual_likelihood)},
            {"residual_level", risk_class(risk.residual_severity, risk.residual_likelihood)},
            {"measures", measures}};
}

/// The four-by-four risk map: severity rows (maximum first) by likelihood columns.
json risk_map(const Builder& b, const Dpia& dpia, bool residual) {
    json rows = json::array();
    for (auto severity = levels.rbegin(); severity != levels.rend(); ++severity) {
        json cells = json::array();
        for (Level likelihood : levels) {
            json risks = json::array();
            for (const Risk& risk : dpia.risks) {
                auto s = residual ? risk.residual_severity : risk.severity;
                auto l = residual ? risk.residual_likelihood : risk.likelihood;
                if (s == *severity && l == likelihood)
                    risks.push_back({{"id", risk.id}});
            }
            cells.push_back({{"level", risk_class(*severity, likelihood)}, {"risks", risks}});
        }
        rows.push_back(
            {{"severity", b.t.vocabulary("level", to_name(*severity))}, {"cells", cells}});
    }
    json columns = json::array();
    for (Level likelihood : levels)
        columns.push_back({{"likelihood", b.t.vocabulary("level", to_name(likelihood))}});
    return {{"rows", rows}, {"columns", columns}};
}

json risks_by_event(const Builder& b, const Dpia& dpia) {
    json events = json::array();
    for (std::string_view event : names_of<RiskEvent>()) {
        json risks = json::array();
        for (const Risk& risk : dpia.risks)
            if (to_name(risk.event) == event)
                risks.push_back(risk_json(b, risk));
        if (!risks.empty())
            events.push_back({{"event", b.t.vocabulary("risk_event", event)}, {"risks", risks}});
    }
    return events;
}

/// Appends the objects of `from[key]` to `into` once per id.
void merge_unique(json& into, const json& from, std::set<std::string>& seen,
                  const char* id_key = "id") {
    for (const json& item : from)
        if (seen.insert(item.value(id_key, item.value("name", std::string()))).second)
            into.push_back(item);
}

/// The flows the activities take part in, in the model's order.
json flows_json(const Builder& b, const std::vector<std::size_t>& activities) {
    std::vector<std::size_t> covered;
    for (std::size_t activity : activities)
        covered.insert(covered.end(), b.flows_of(activity).begin(), b.flows_of(activity).end());
    std::sort(covered.begin(), covered.end());
    covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
    json flows = json::array();
    for (std::size_t index : covered) {
        const Flow& flow = b.model.flows[index];
        std::string categories;
        for (const Ref& ref : flow.categories)
            categories += (categories.empty() ? "" : ", ") + b.name_of(ref.id);
        flows.push_back(
            {{"from", b.name_of(flow.from.id)},
             {"to", b.name_of(flow.to.id)},
             {"categories", categories},
             {"activity", flow.activity ? b.name_of(flow.activity->id) : ""},
             {"transform", flow.transform == Transform::none
                               ? ""
                               : b.t.vocabulary("transform", to_name(flow.transform))}});
    }
    return flows;
}

/// Art. 35(7)(a): the systematic description, gathered from the activities the DPIA covers.
json description_json(const Builder& b, const json& activities,
                      const std::vector<std::size_t>& indices) {
    json description = {{"activities", activities}};
    for (const char* key : {"subjects", "categories", "sensitive_reached", "systems", "recipients",
                            "transfers", "measures"}) {
        json merged = json::array();
        std::set<std::string> seen;
        for (const json& activity : activities)
            merge_unique(merged, activity[key], seen);
        if (std::string_view(key) != "transfers" && std::string_view(key) != "sensitive_reached")
            b.sort_by(merged);
        description[key] = merged;
    }
    json retention = json::array();
    for (const json& activity : activities)
        for (json rule : activity["retention"]) {
            rule["activity"] = activity["name"];
            retention.push_back(rule);
        }
    description["retention"] = retention;
    description["recipients_recorded"] =
        std::all_of(activities.begin(), activities.end(),
                    [](const json& activity) { return activity["recipients_recorded"] == true; });
    description["flows"] = flows_json(b, indices);
    description["has_flows"] = !description["flows"].empty();
    return description;
}

json dpia_measures(const Builder& b, const Dpia& dpia) {
    json measures = json::array();
    std::set<std::string> seen;
    for (const Risk& risk : dpia.risks)
        for (const Ref& ref : risk.measures)
            if (const Measure* measure = b.measure(ref.id);
                measure && seen.insert(measure->id).second)
                measures.push_back(b.measure_json(*measure, ""));
    b.sort_by(measures);
    return measures;
}
} // namespace

json dpia_entry(const Builder& b, const Dpia& dpia) {
    json activities = json::array();
    std::vector<std::size_t> indices;
    for (const Ref& ref : dpia.activities)
        if (auto handle = b.model.find(ref.id, EntityKind::activity); handle) {
            activities.push_back(activity_entry(b, handle->index));
            indices.push_back(handle->index);
        }
    const DpiaFacts& facts =
        b.analysis.facts.dpias[static_cast<std::size_t>(&dpia - b.model.dpias.data())];
    std::string art36(to_string(facts.art36));
    std::string unassessed;
    for (const std::string& risk : facts.unassessed)
        unassessed += (unassessed.empty() ? "" : ", ") + risk;
    bool overdue = dpia.review && b.today.valid() && *dpia.review < b.today;
    json entry = {
        {"id", dpia.id},
        {"anchor", anchor_of("dpia", dpia.id)},
        {"file", anchor_of("dpia", dpia.id)},
        {"title", dpia.name},
        {"status", b.t.vocabulary("dpia_status", to_name(dpia.status))},
        {"approved", facts.approved},
        {"approved_on", b.date_json(dpia.approved)},
        {"review", b.date_json(dpia.review)},
        {"review_overdue", overdue},
        {"dpo_advice", dpia.dpo_advice ? dpia.dpo_advice->advice : std::string()},
        {"necessity", dpia.necessity},
        {"prior_consultation", dpia.prior_consultation},
        {"art36",
         {{"state", art36}, {"text", b.t.vocabulary("art36", art36)}, {"unassessed", unassessed}}},
        {"description", description_json(b, activities, indices)},
        {"risks", risks_by_event(b, dpia)},
        {"has_risks", !dpia.risks.empty()},
        {"risk_map_before", risk_map(b, dpia, false)},
        {"risk_map_after", risk_map(b, dpia, true)},
        {"measures", dpia_measures(b, dpia)},
        {"diagram", false}};
    b.add_findings(entry, dpia.id);
    return entry;
}

} // namespace privmap::reports
