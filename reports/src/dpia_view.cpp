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
} // namespace

void to_json(json& out, const RiskView& v) {
    out = {{"id", v.id},
           {"event", v.event},
           {"description", v.description},
           {"severity", v.severity},
           {"likelihood", v.likelihood},
           {"level", v.level},
           {"residual_severity", v.residual_severity},
           {"residual_likelihood", v.residual_likelihood},
           {"residual_level", v.residual_level},
           {"measures", objects_of(v.measures, "name")}};
}

void to_json(json& out, const RiskEventView& v) {
    out = {{"event", v.event}, {"risks", v.risks}};
}

void to_json(json& out, const RiskMapView& v) {
    json rows = json::array();
    for (const RiskMapView::Row& row : v.rows) {
        json cells = json::array();
        for (const RiskMapView::Cell& cell : row.cells)
            cells.push_back({{"level", cell.level}, {"risks", objects_of(cell.risks, "id")}});
        rows.push_back({{"severity", row.severity}, {"cells", cells}});
    }
    out = {{"rows", rows}, {"columns", objects_of(v.columns, "likelihood")}};
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
    out = {{"id", v.id},
           {"anchor", v.anchor},
           {"file", v.file},
           {"title", v.title},
           {"status", v.status},
           {"approved", v.approved},
           {"approved_on", v.approved_on},
           {"review", v.review},
           {"review_overdue", v.review_overdue},
           {"dpo_advice", v.dpo_advice},
           {"necessity", v.necessity},
           {"prior_consultation", v.prior_consultation},
           {"art36",
            {{"state", v.art36.state}, {"text", v.art36.text}, {"unassessed", v.art36.unassessed}}},
           {"description", v.description},
           {"risks", v.risks},
           {"has_risks", v.has_risks},
           {"risk_map_before", v.risk_map_before},
           {"risk_map_after", v.risk_map_after},
           {"measures", v.measures},
           {"diagram", false},
           {"findings", v.findings},
           {"has_findings", !v.findings.empty()},
           {"findings_count", v.findings_count}};
}

} // namespace privmap::reports
