// The register entry as typed data (a view model): what every format shows of one activity,
// already in the report's language, built once from the model and the analyzer's facts.
// The report document's register entries are its to_json (the templates read those); the CSV
// and XLSX register read the structs themselves, never the document.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <privmap/types.h>
#include <string>
#include <vector>

namespace privmap::reports {

struct CountryView {
    std::string code; // ISO 3166-1 alpha-2, "unknown", or "" when none is recorded
    std::string name;
};

struct PartyView {
    std::string id, anchor, name, description, role, role_text, address, email, phone;
    CountryView country;
    std::string dpa, safeguard;
    bool dpa_required = false;         // it processes for the organisation (Art. 28(3))
    bool transfer_destination = false; // data reaching it leaves the EEA (or may: unknown)
    std::string authorised_by; // for a sub-processor: the controllers' names, comma-separated
    std::string authorisation; // the organisation's written authorisation of a sub-processor
};

/// A party the activity's data reaches: declared, or found along `path` in the lineage graph.
struct RecipientView {
    PartyView party;
    bool declared = false;
    std::string path; // by name: "CRM → Mailer Inc. (United States)"; "" when declared
};

struct PurposeView {
    std::string id, name, description;
};

struct SubjectView {
    std::string id, anchor, name, description;
    bool vulnerable = false, children = false;
    std::string count; // "about 1,200 people"; "" when not recorded
};

struct CategoryView {
    std::string id, name, description;
    std::string special;                // the Art. 9/10 kind in words; "" when none
    std::string special_inherited_from; // the broader category that makes it special
    bool national_id = false, highly_personal = false;
};

/// Special, criminal or national-id data the `categories` list does not show as such.
struct SensitiveView {
    std::string id, name, special, via, path;
};

struct SourceView {
    std::string name, article, anchor; // article "13": from the subject, "14": from a party
};

struct BasisView {
    std::string code, text, article, reference, reference_label;
};

struct ConditionView {
    std::string code, text, article;
};

struct TransferView {
    std::string id, name, importer;
    CountryView country;
    std::string safeguard; // how it is covered, in words; "" when it is not
    std::string covered;   // "yes", "no", "not-recorded"
    std::string tia, path;
};

/// One line of the retention column: the categories one rule decides.
struct RetentionView {
    std::string categories, period, iso_period, max, from, basis, deletion, owner;
    bool unrecorded = false; // no rule covers these categories
};

struct MeasureView {
    std::string id, name, description, kind, standard, via;
};

struct SystemView {
    std::string id, anchor, name, description;
    CountryView country;
    std::string operated_by;
};

struct RightView {
    std::string key, text;
};

struct WaiverView {
    std::string reason, approved_by, expires;
    std::optional<Date> expires_on; // `expires` as a date, for CSV and XLSX
};

/// What a finding's subject is, in a report not in English (English reports name it in the
/// message itself).
struct FindingAboutView {
    std::string name;
    std::string href; // the entity's section; "" when it has none
};

/// A finding in the report's language: message, notes and help from the catalogue.
struct FindingView {
    std::string rule, severity, severity_text, entity, entity_name;
    std::string location; // for the technical appendix, not the running text
    std::string summary, text;
    std::optional<FindingAboutView> about;
    std::vector<std::string> notes;
    std::string help;
    std::optional<WaiverView> waiver; // set when a waiver accepts it
};

struct DpiaStatusView {
    std::string state, text, title, anchor;
    std::optional<std::string> file;    // the DPIA's own document, when one covers it
    std::optional<WaiverView> accepted; // the waiver that accepts a missing DPIA
};

struct RegisterEntry {
    std::string id, anchor, name, description, reference, department, owner, updated, review;
    std::optional<Date> updated_on, review_on; // `updated` and `review` as dates, for XLSX
    bool planned = false;
    std::string status, role, role_text;
    bool is_processor = false, joint = false;
    std::optional<BasisView> basis;
    std::optional<ConditionView> special_condition;
    bool automated_decision = false;
    std::string automated_decision_text;
    std::string parental_consent; // the model's `parental_consent`, "" when not said
    std::vector<PartyView> controllers;
    std::vector<PartyView> sub_processors; // a processor activity's (sub-)processors
    std::vector<PurposeView> purposes;
    std::vector<SubjectView> subjects;
    std::vector<CategoryView> categories;
    std::vector<SensitiveView> sensitive_reached;
    bool has_special = false;
    bool national_id = false; // a national identification number reaches the activity
    std::string national_id_text;
    std::vector<SourceView> sources;
    std::vector<RecipientView> recipients;
    bool recipients_recorded = false;
    std::vector<TransferView> transfers;
    std::vector<RetentionView> retention;
    std::vector<MeasureView> measures;
    std::vector<SystemView> systems;
    std::vector<RightView> rights;
    bool rights_unrecorded = false;
    DpiaStatusView dpia;
    std::vector<FindingView> findings; // open ones first, then the accepted ones
    std::size_t findings_count = 0;    // the open findings
    /// Only the templates show this: the WP248 screening, as the report document has it.
    nlohmann::json screening;
};

void to_json(nlohmann::json&, const CountryView&);
void to_json(nlohmann::json&, const PartyView&);
void to_json(nlohmann::json&, const RecipientView&);
void to_json(nlohmann::json&, const PurposeView&);
void to_json(nlohmann::json&, const SubjectView&);
void to_json(nlohmann::json&, const CategoryView&);
void to_json(nlohmann::json&, const SensitiveView&);
void to_json(nlohmann::json&, const SourceView&);
void to_json(nlohmann::json&, const TransferView&);
void to_json(nlohmann::json&, const RetentionView&);
void to_json(nlohmann::json&, const MeasureView&);
void to_json(nlohmann::json&, const SystemView&);
void to_json(nlohmann::json&, const RightView&);
void to_json(nlohmann::json&, const WaiverView&);
void to_json(nlohmann::json&, const FindingView&);
void to_json(nlohmann::json&, const DpiaStatusView&);
/// The entry as the report document has it: docs/templates.md describes its keys.
void to_json(nlohmann::json&, const RegisterEntry&);

} // namespace privmap::reports
