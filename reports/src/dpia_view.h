// A DPIA report as typed data (a view model), like the register's entries: what the DPIA
// document shows, already in the report's language, built once from the model and the
// analyzer's facts. The report document's `dpias[]` are its to_json; docs/templates.md
// describes the keys.
#pragma once

#include "register_view.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace privmap::reports {

struct RiskView {
    std::string id, event, description, severity, likelihood;
    std::string level; // "low", "medium", "high" or "unknown" (the analyzer's risk_level)
    std::string level_text;
    std::string residual_severity, residual_likelihood, residual_level, residual_level_text;
    std::vector<std::string> measures; // by name
    std::string named_event;           // the DPO's own name for an `other` event
    std::string risk_source, impact;
};

/// A feared event, and whether the DPIA assessed a risk under it.
struct AssessedEventView {
    std::string event;
    bool assessed = false;
    std::string risks; // their ids, comma-separated
};

/// The risks of one feared event.
struct RiskEventView {
    std::string event;
    std::vector<RiskView> risks;
};

/// The four-by-four risk map: severity rows (maximum first) by likelihood columns, each cell
/// with its level written out, so that the map never speaks by colour alone.
struct RiskMapView {
    struct Cell {
        std::string level, level_text;
        std::vector<std::string> risks; // ids
    };
    struct Row {
        std::string severity;
        std::vector<Cell> cells;
    };
    std::vector<Row> rows;
    std::vector<std::string> columns; // the likelihood levels, negligible first
    std::string off_map;              // the ids of the risks without both levels
};

/// What one level of the risk map means.
struct RiskLegendView {
    std::string level, level_text, meaning;
};

/// A measure the risks list, with the ids of the risks it addresses (comma-separated).
struct DpiaMeasureView {
    MeasureView measure;
    std::string risks;
};

/// A line of the action plan: a measure, the risks it addresses (ids, comma-separated), who
/// carries it out, by when, and how far it is.
struct DpiaActionView {
    std::string measure, risks, owner, due, state;
    bool planned = false;
    bool overdue = false; // as the analyzer's agenda has it
};

/// The DPO's advice (Art. 35(2)).
struct DpoAdviceView {
    std::string name, date, advice;
    std::string followed; // yes, no or not recorded, in the report's language
    bool not_followed = false;
    std::string reason;
};

/// The views of data subjects or their representatives (Art. 35(9)).
struct SubjectsViewsView {
    std::string sought; // yes, no or not recorded
    std::string how, outcome, reason;
};

/// The controller's decision: the sign-off.
struct DecisionView {
    std::string outcome, by, role, date;
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

/// One question of the DPIA answered in the DPO's words ("" when not answered).
struct DpiaAnswerView {
    std::string name, text;
};

struct Art36View {
    std::string state, text;
    std::string unassessed; // the ids of risks without residual levels, comma-separated
};

struct DpiaEntry {
    std::string id, anchor, file, title, status; // file: the stem of its report
    bool approved = false;                       // as the analyzer judges it (DpiaFacts::approved)
    std::string approved_on, review;
    bool review_overdue = false; // as the analyzer's agenda has it
    std::string necessity, prior_consultation;
    std::vector<DpiaAnswerView> context;    // (a): interests, techniques, legal framework
    std::vector<DpiaAnswerView> assessment; // (b): purpose limitation ... retention
    std::string description_text;           // the DPIA's own `description`
    std::optional<DpoAdviceView> dpo_advice;
    std::optional<SubjectsViewsView> subjects_views;
    std::optional<DecisionView> decision;
    /// The parts Art. 35(7) and 35(2) ask for that it leaves empty (DpiaFacts::missing), as
    /// template keys: "description", "necessity", "risks", "measures", "dpo_advice".
    std::vector<std::string> missing;
    Art36View art36;
    bool covers_activities = false; // the description describes at least one activity
    DpiaDescription description;
    std::vector<RiskEventView> risks;
    bool has_risks = false;
    std::vector<AssessedEventView> events; // every feared event privmap knows
    RiskMapView risk_map_before, risk_map_after;
    std::vector<RiskLegendView> risk_legend;
    std::vector<DpiaMeasureView> measures;
    std::vector<DpiaActionView> actions; // the action plan
    std::vector<FindingView> findings;   // open ones first, then the accepted ones
    std::size_t findings_count = 0;      // the open findings
};

void to_json(nlohmann::json&, const RiskView&);
void to_json(nlohmann::json&, const RiskEventView&);
void to_json(nlohmann::json&, const AssessedEventView&);
void to_json(nlohmann::json&, const RiskLegendView&);
void to_json(nlohmann::json&, const DpiaMeasureView&);
void to_json(nlohmann::json&, const DpiaActionView&);
void to_json(nlohmann::json&, const DpiaAnswerView&);
void to_json(nlohmann::json&, const DpoAdviceView&);
void to_json(nlohmann::json&, const SubjectsViewsView&);
void to_json(nlohmann::json&, const DecisionView&);
void to_json(nlohmann::json&, const RiskMapView&);
void to_json(nlohmann::json&, const FlowView&);
void to_json(nlohmann::json&, const DpiaRetentionView&);
void to_json(nlohmann::json&, const DpiaDescription&);
void to_json(nlohmann::json&, const DpiaEntry&);

} // namespace privmap::reports
