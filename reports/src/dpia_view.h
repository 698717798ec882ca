// A DPIA report as typed data (a view model), like the register's entries: what the DPIA
// document shows, already in the report's language, built once from the model and the
// analyzer's facts. The report document's `dpias[]` are its to_json; docs/templates.md
// describes the keys.
#pragma once

#include "register_view.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace privmap::reports {

struct RiskView {
    std::string id, event, description, severity, likelihood;
    std::string level; // "low", "medium", "high" or "unknown" (CNIL)
    std::string residual_severity, residual_likelihood, residual_level;
    std::vector<std::string> measures; // by name
};

/// The risks of one feared event.
struct RiskEventView {
    std::string event;
    std::vector<RiskView> risks;
};

/// The four-by-four risk map: severity rows (maximum first) by likelihood columns.
struct RiskMapView {
    struct Cell {
        std::string level;
        std::vector<std::string> risks; // ids
    };
    struct Row {
        std::string severity;
        std::vector<Cell> cells;
    };
    std::vector<Row> rows;
    std::vector<std::string> columns; // the likelihood levels, negligible first
};

struct FlowView {
    std::string from, to, categories, activity, transform;
};

/// A retention line of one of the activities the DPIA covers.
struct DpiaRetentionView {
    RetentionView rule;
    std::string activity; // its name
};

/// Art. 35(7)(a): the systematic description, gathered from the activities the DPIA covers.
struct DpiaDescription {
    std::vector<RegisterEntry> activities;
    // Merged over the activities, each once.
    std::vector<SubjectView> subjects;
    std::vector<CategoryView> categories;
    std::vector<SensitiveView> sensitive_reached;
    std::vector<SystemView> systems;
    std::vector<RecipientView> recipients;
    std::vector<TransferView> transfers;
    std::vector<MeasureView> measures;
    std::vector<DpiaRetentionView> retention;
    bool recipients_recorded = false; // every activity's
    std::vector<FlowView> flows;
};

struct Art36View {
    std::string state, text;
    std::string unassessed; // the ids of risks without residual levels, comma-separated
};

struct DpiaEntry {
    std::string id, anchor, file, title, status; // file: the stem of its report
    bool approved = false; // as the analyzer judges it (DpiaFacts::approved)
    std::string approved_on, review;
    bool review_overdue = false; // as the analyzer's agenda has it
    std::string dpo_advice, necessity, prior_consultation;
    Art36View art36;
    DpiaDescription description;
    std::vector<RiskEventView> risks;
    bool has_risks = false;
    RiskMapView risk_map_before, risk_map_after;
    std::vector<MeasureView> measures;
    std::vector<FindingView> findings; // open ones first, then the accepted ones
    std::size_t findings_count = 0;    // the open findings
};

void to_json(nlohmann::json&, const RiskView&);
void to_json(nlohmann::json&, const RiskEventView&);
void to_json(nlohmann::json&, const RiskMapView&);
void to_json(nlohmann::json&, const FlowView&);
void to_json(nlohmann::json&, const DpiaRetentionView&);
void to_json(nlohmann::json&, const DpiaDescription&);
void to_json(nlohmann::json&, const DpiaEntry&);

} // namespace privmap::reports
