// Internal to the report document: what the builders of its sections share.
#pragma once

#include "compliance_view.h"
#include "dpia_view.h"
#include "register_view.h"
#include "report_data.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace privmap::reports {

using nlohmann::json;

class Builder {
public:
    Builder(const Model&, const Analysis&, const Catalogue&, const Date& today);

    const Model& model;
    const Analysis& analysis;
    const Catalogue& t;
    Date today;

    /// The entity `id` if it exists and is of kind `Kind`.
    const Subject* subject(std::string_view id) const {
        return find<Subject>(EntityKind::subject, id);
    }
    const Category* category(std::string_view id) const {
        return find<Category>(EntityKind::category, id);
    }
    const Purpose* purpose(std::string_view id) const {
        return find<Purpose>(EntityKind::purpose, id);
    }
    const Party* party(std::string_view id) const { return find<Party>(EntityKind::party, id); }
    const System* system(std::string_view id) const { return find<System>(EntityKind::system, id); }
    const Measure* measure(std::string_view id) const {
        return find<Measure>(EntityKind::measure, id);
    }
    const Activity* activity(std::string_view id) const {
        return find<Activity>(EntityKind::activity, id);
    }
    const Dpia* dpia(std::string_view id) const { return find<Dpia>(EntityKind::dpia, id); }
    /// The display name of any entity id (its name, or the id when it is not declared).
    std::string name_of(std::string_view id) const;

    CountryView country_view(std::string_view code) const;
    PartyView party_view(const Party&) const;
    PartyView party_ref_view(std::string_view id) const; // a stand-in for an undeclared id
    SubjectView subject_view(const Subject&) const;
    CategoryView category_view(const Category&) const;
    SystemView system_view(const System&) const;
    MeasureView measure_view(const Measure&, std::string_view via) const;
    RetentionView retention_view(const RetentionRule&, std::string_view owner) const;
    WaiverView waiver_view(const WaiverInfo&) const;
    /// The date in the report's language; "" when there is none.
    std::string date_text(const std::optional<Date>&) const;
    /// The file stem of a DPIA's report: `dpia-<id>`, or the id alone when it already starts
    /// with `dpia-` (no `dpia-dpia-absence`) and no other DPIA has the id without it.
    std::string dpia_file(std::string_view dpia_id) const;
    /// The same as the report document has them.
    json party_json(const Party& party) const { return party_view(party); }
    json subject_json(const Subject& subject) const { return subject_view(subject); }
    json system_json(const System& system) const { return system_view(system); }
    json measure_json(const Measure& measure, std::string_view via) const {
        return measure_view(measure, via);
    }
    json waiver_json(const WaiverInfo& waiver) const { return waiver_view(waiver); }
    json country_json(std::string_view code) const { return country_view(code); }
    json date_json(const std::optional<Date>& date) const { return date_text(date); }
    /// "yes", "no" or "not recorded" in the report's language.
    std::string answer_text(Answer) const;
    /// "health", "criminal convictions and offences", "national identification number".
    std::string sensitivity_text(Sensitivity, const Category&) const;
    /// The way data takes, by name: "CRM → Mailer Inc. (United States)".
    std::string path_text(const LineagePath&) const;
    /// A finding in the report's language: its message, notes and help from the catalogue, and
    /// in a language other than English `about` (what it is about).
    FindingView finding_view(const Diagnostic&) const;
    /// Why a WP248 criterion holds, in the report's language (the analyzer's English when the
    /// catalogue has no sentence for it).
    std::string reason_text(const CriterionHit&) const;
    /// The findings about entity `id`, open ones first, and how many are open.
    struct FindingsAbout {
        std::vector<FindingView> findings;
        std::size_t open = 0;
    };
    FindingsAbout findings_about(std::string_view id) const;
    /// Sets entry["findings"], entry["has_findings"] and entry["findings_count"] (the open ones)
    /// of a section that is still built as JSON (the organisation).
    void add_findings(json& entry, std::string_view id) const;
    const ActivityScreening* screening_of(std::size_t activity) const;
    /// The flows an activity takes part in (as the flow's activity, source or destination), by
    /// index in the model's order.
    const std::vector<std::size_t>& flows_of(std::size_t activity) const {
        return flows_by_activity_[activity];
    }

    /// Where an entity's section is in the HTML reports; empty when it has none.
    std::string href_of(std::string_view entity) const;

    /// Sorts a JSON array of objects by their `key` string with the locale's collator.
    void sort_by(json& array, const char* key = "name") const;
    /// Sorts views by the text `name` gives each (their `name` by default), the same way.
    template <class T, class Name> void sort_by_name(std::vector<T>& items, Name name) const {
        std::stable_sort(items.begin(), items.end(),
                         [&](const T& a, const T& b) { return t.before(name(a), name(b)); });
    }
    template <class T> void sort_by_name(std::vector<T>& items) const {
        sort_by_name(items, [](const T& item) -> const std::string& { return item.name; });
    }

private:
    bool speaks_english() const; // English reports do not repeat the entity's name
    std::string rule_summary(std::string_view rule) const;
    template <class T> const T* find(EntityKind kind, std::string_view id) const {
        auto handle = model.find(id, kind);
        if (!handle)
            return nullptr;
        return &static_cast<const T&>(model.entity(*handle));
    }
    std::map<std::string, std::vector<const Diagnostic*>, std::less<>> findings_by_entity_;
    std::vector<std::vector<std::size_t>> flows_by_activity_;
};

/// Diagnostics quote ids and values in `backticks`, as a terminal shows them; documents show
/// ‘quotes’ instead.
std::string as_prose(std::string_view message);

/// Whether a table's rows mark a special category in their `categories` (an asterisk whose
/// legend is shown only then).
bool marks_special_category(const json& rows);

/// How a transfer is covered, in words: the importer's safeguard, or the adequacy decision;
/// "" when nothing covers it.
std::string safeguard_text(const Builder&, const TransferFact&);
RegisterEntry register_entry(const Builder&, std::size_t activity);
/// The controller's register entries, or with `processor` the processor's, sorted by name.
std::vector<RegisterEntry> register_entries(const Builder&, bool processor);
json activity_entry(const Builder&, std::size_t activity); // register_entry as JSON
DpiaEntry dpia_view(const Builder&, const Dpia&);
json dpia_entry(const Builder&, const Dpia&); // dpia_view as JSON
/// The DPIA in the import format of the CNIL PIA application (LINCnil/pia).
json pia_export(const Builder&, const Dpia&);
/// The register's overviews of its entries (retention schedule, transfers by country,
/// recipients, systems, rights per activity), from the analyzer's grouped facts.
json register_overviews(const Builder&);
/// The compliance report's one-page management summary.
json management_summary(const Builder&);
ComplianceSection compliance_view(const Builder&);
json compliance_section(const Builder&); // compliance_view as JSON
/// What changed since `since`: the register entries (in the register's order of `data`, then
/// the removed ones), the rest of the model, and the findings, in the report's language.
json change_log_json(const Builder& now, const EarlierRevision& since, const json& data);

} // namespace privmap::reports
