#include "dpia_view.h"

namespace privmap::reports {
using nlohmann::json;

namespace {
/// [{"<key>": item}, ...]: how the templates read a list of plain texts.
json objects_of(const std::vector<std::string>& items, const char* key) {
    json list = json::array();
    for (const std::string& item : items)
        list.push_back({{key, item}});
    return list;
}

/// The view's JSON, or null (a false section for the templates) when there is none.
template <class View> json optional_json(const std::optional<View>& view) {
    return view ? json(*view) : json(nullptr);
}
} // namespace

void to_json(json& out, const RiskView& v) {
    out = {{"id", v.id},
           {"event", v.event},
           {"named_event", v.named_event},
           {"risk_source", v.risk_source},
           {"description", v.description},
           {"impact", v.impact},
           {"severity", v.severity},
           {"likelihood", v.likelihood},
           {"level", v.level},
           {"level_text", v.level_text},
           {"residual_severity", v.residual_severity},
           {"residual_likelihood", v.residual_likelihood},
           {"residual_level", v.residual_level},
           {"residual_level_text", v.residual_level_text},
           {"measures", objects_of(v.measures, "name")}};
}

void to_json(json& out, const RiskEventView& v) {
    out = {{"event", v.event}, {"risks", v.risks}};
}

void to_json(json& out, const AssessedEventView& v) {
    out = {{"event", v.event}, {"assessed", v.assessed}, {"risks", v.risks}};
}

void to_json(json& out, const RiskLegendView& v) {
    out = {{"level", v.level}, {"level_text", v.level_text}, {"meaning", v.meaning}};
}

void to_json(json& out, const DpiaMeasureView& v) {
    out = v.measure;
    out["risks"] = v.risks;
}

void to_json(json& out, const DpiaActionView& v) {
    out = {{"measure", v.measure}, {"risks", v.risks},     {"owner", v.owner},    {"due", v.due},
           {"state", v.state},     {"planned", v.planned}, {"overdue", v.overdue}};
}

void to_json(json& out, const DpiaAnswerView& v) {
    out = {{"name", v.name}, {"text", v.text}};
}

void to_json(json& out, const DpoAdviceView& v) {
    out = {{"name", v.name},
           {"date", v.date},
           {"advice", v.advice},
           {"followed", v.followed},
           {"not_followed", v.not_followed},
           {"reason", v.reason}};
}

void to_json(json& out, const SubjectsViewsView& v) {
    out = {{"sought", v.sought}, {"how", v.how}, {"outcome", v.outcome}, {"reason", v.reason}};
}

void to_json(json& out, const DecisionView& v) {
    out = {{"outcome", v.outcome}, {"by", v.by}, {"role", v.role}, {"date", v.date}};
}

void to_json(json& out, const RiskMapView& v) {
    json rows = json::array();
    for (const RiskMapView::Row& row : v.rows) {
        json cells = json::array();
        for (const RiskMapView::Cell& cell : row.cells)
            cells.push_back({{"level", cell.level},
                             {"level_text", cell.level_text},
                             {"risks", objects_of(cell.risks, "id")}});
        rows.push_back({{"severity", row.severity}, {"cells", cells}});
    }
    out = {
        {"rows", rows}, {"columns", objects_of(v.columns, "likelihood")}, {"off_map", v.off_map}};
}

void to_json(json& out, const FlowView& v) {
    out = {{"from", v.from},
           {"to", v.to},
           {"categories", v.categories},
           {"activity", v.activity},
           {"transform", v.transform}};
}

void to_json(json& out, const DpiaRetentionView& v) {
    out = v.rule;
    out["activity"] = v.activity;
}

void to_json(json& out, const DpiaDescription& v) {
    out = {{"activities", v.activities}, {"subjects", v.subjects},
           {"categories", v.categories}, {"sensitive_reached", v.sensitive_reached},
           {"systems", v.systems},       {"recipients", v.recipients},
           {"transfers", v.transfers},   {"measures", v.measures},
           {"retention", v.retention},   {"recipients_recorded", v.recipients_recorded},
           {"flows", v.flows},           {"has_flows", !v.flows.empty()}};
}

void to_json(json& out, const DpiaEntry& v) {
    json missing = json::object();
    for (const std::string& part : v.missing)
        missing[part] = true;
    out = {{"id", v.id},
           {"anchor", v.anchor},
           {"file", v.file},
           {"title", v.title},
           {"status", v.status},
           {"approved", v.approved},
           {"approved_on", v.approved_on},
           {"review", v.review},
           {"review_overdue", v.review_overdue},
           {"necessity", v.necessity},
           {"prior_consultation", v.prior_consultation},
           {"context", v.context},
           {"assessment", v.assessment},
           {"description_text", v.description_text},
           {"dpo_advice", optional_json(v.dpo_advice)},
           {"subjects_views", optional_json(v.subjects_views)},
           {"decision", optional_json(v.decision)},
           {"missing", missing},
           {"covers_activities", v.covers_activities},
           {"art36",
            {{"state", v.art36.state}, {"text", v.art36.text}, {"unassessed", v.art36.unassessed}}},
           {"description", v.description},
           {"risks", v.risks},
           {"has_risks", v.has_risks},
           {"events", v.events},
           {"risk_map_before", v.risk_map_before},
           {"risk_map_after", v.risk_map_after},
           {"risk_legend", v.risk_legend},
           {"measures", v.measures},
           {"actions", v.actions},
           {"has_actions", !v.actions.empty()},
           {"diagram", false},
           {"findings", v.findings},
           {"has_findings", !v.findings.empty()},
           {"findings_count", v.findings_count}};
}

} // namespace privmap::reports
