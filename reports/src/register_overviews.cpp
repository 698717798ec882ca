// The register's overviews: its entries regrouped the way auditors ask for them (by category,
// country, recipient and system, and the rights per activity). Each is the analyzer's grouped
// facts (privmap/facts.h) in the report's words; nothing here decides a GDPR question.
#include "report_parts.h"

#include <privmap/vocabulary.h>

namespace privmap::reports {
namespace {

/// The activities `indices` names, each with the anchor of its register entry, sorted by name.
json activity_links(const Builder& b, const std::vector<std::size_t>& indices) {
    json links = json::array();
    for (std::size_t index : indices) {
        const Activity& activity = b.model.activities[index];
        links.push_back({{"name", activity.name}, {"anchor", anchor_of("activity", activity.id)}});
    }
    b.sort_by(links);
    return links;
}

/// Art. 30(1)(f) by category: how long each category is kept, from when, on what basis and how
/// it is deleted, and by which activities.
json retention_schedule(const Builder& b) {
    json lines = json::array();
    for (const RetentionScheduleLine& line : b.analysis.facts.retention_schedule) {
        const Category& category = b.model.categories[line.category];
        json row = {{"category", category.name},
                    {"special", b.category_view(category).special},
                    {"rule", false}, // not recorded
                    {"activities", activity_links(b, line.activities)}};
        if (line.rule) // a system's rule names the system
            row["rule"] =
                b.retention_view(*line.rule, line.system.empty() ? "" : b.name_of(line.system));
        lines.push_back(std::move(row));
    }
    b.sort_by(lines, "category");
    return lines;
}

/// Art. 30(1)(e) by country: each destination outside the EEA, who imports the data there,
/// which activities send it and how the transfer is covered.
json transfers_by_country(const Builder& b) {
    json rows = json::array();
    for (const CountryTransfers& country : b.analysis.facts.transfers_by_country) {
        json destinations = json::array();
        for (const TransferDestination& destination : country.destinations) {
            const TransferFact& transfer = destination.transfer;
            const Party& importer = b.model.parties[transfer.importer];
            const System* system = b.system(transfer.destination);
            destinations.push_back(
                {{"name", b.name_of(transfer.destination)},
                 {"anchor", anchor_of(system ? "system" : "party", transfer.destination)},
                 {"importer", importer.id == transfer.destination ? "" : importer.name},
                 {"activities", activity_links(b, destination.activities)},
                 {"safeguard", safeguard_text(b, transfer)},
                 {"tia", transfer.tia}});
        }
        b.sort_by(destinations);
        json row = {{"country", b.country_view(country.country)}, {"destinations", destinations}};
        row["name"] = row["country"]["name"];
        rows.push_back(std::move(row));
    }
    b.sort_by(rows);
    return rows;
}

/// Art. 30(1)(d) and 28(3) by party: the parties that receive personal data or process it for
/// the organisation, the activities whose data reaches them, and the agreement they work under.
json recipients(const Builder& b) {
    json rows = json::array();
    for (const PartyFacts& facts : b.analysis.facts.parties) {
        const Party& party = b.model.parties[facts.party];
        if (facts.activities.empty() && !needs_dpa(party))
            continue;
        std::string dpa(to_string(facts.dpa));
        rows.push_back({{"name", party.name},
                        {"anchor", anchor_of("party", party.id)},
                        {"role_text", b.t.vocabulary("party_role", to_name(party.role))},
                        {"country", b.country_view(party.country)},
                        {"activities", activity_links(b, facts.activities)},
                        {"dpa_state", dpa},
                        {"dpa_recorded", facts.dpa == DpaState::recorded},
                        {"dpa_missing", facts.dpa == DpaState::missing},
                        {"dpa", party.dpa},
                        {"dpa_expires", b.date_text(party.dpa_expires)},
                        {"dpa_expires_on", party.dpa_expires ? party.dpa_expires->str() : ""}});
    }
    b.sort_by(rows);
    return rows;
}

/// Every system: where it is, who operates it (the organisation when no one else does), which
/// activities use it and the categories it holds.
json systems(const Builder& b) {
    json rows = json::array();
    std::string organisation = b.model.organisation ? b.model.organisation->name : "";
    for (const SystemFacts& facts : b.analysis.facts.systems) {
        const System& system = b.model.systems[facts.system];
        json categories = json::array();
        for (std::size_t index : facts.categories) {
            const Category& category = b.model.categories[index];
            categories.push_back(
                {{"name", category.name}, {"special", b.category_view(category).special}});
        }
        b.sort_by(categories);
        json row = b.system_json(system);
        if (!system.operated_by)
            row["operated_by"] = organisation;
        row["activities"] = activity_links(b, facts.activities);
        row["categories"] = categories;
        rows.push_back(std::move(row));
    }
    b.sort_by(rows);
    return rows;
}

/// The rights of Art. 15-22 and 7(3) per controller activity: those that apply given its lawful
/// basis and those that do not (the vocabulary's order).
json rights_per_activity(const Builder& b) {
    static constexpr std::string_view all_rights[] = {
        "access",      "rectification", "erasure",          "restriction",
        "portability", "objection",     "withdraw-consent", "human-intervention"};
    json rows = json::array();
    for (const ActivityFacts& facts : b.analysis.facts.activities) {
        const Activity& activity = b.model.activities[facts.activity];
        if (activity.role == ActivityRole::processor)
            continue; // the controller answers the requests
        json applies = json::array(), does_not_apply = json::array();
        for (std::string_view right : all_rights) {
            bool holds =
                std::find(facts.rights.begin(), facts.rights.end(), right) != facts.rights.end();
            (holds ? applies : does_not_apply)
                .push_back({{"text", b.t.vocabulary("right", right)}});
        }
        rows.push_back({{"name", activity.name},
                        {"anchor", anchor_of("activity", activity.id)},
                        {"basis", activity.lawful_basis
                                      ? b.t.vocabulary("basis", to_name(*activity.lawful_basis))
                                      : ""},
                        {"recorded", facts.rights_recorded},
                        {"applies", applies},
                        {"does_not_apply", does_not_apply}});
    }
    b.sort_by(rows);
    return {{"rows", rows}, {"has_rows", !rows.empty()}};
}

} // namespace

json register_overviews(const Builder& b) {
    json retention = retention_schedule(b);
    json transfers = transfers_by_country(b);
    json parties = recipients(b);
    json all_systems = systems(b);
    // has_*: a view with no rows says that the model records none, never an empty table.
    return {{"retention", retention},
            {"has_retention", !retention.empty()},
            {"transfers", transfers},
            {"has_transfers", !transfers.empty()},
            {"recipients", parties},
            {"has_recipients", !parties.empty()},
            {"systems", all_systems},
            {"has_systems", !all_systems.empty()},
            {"systems_mark_special", marks_special_category(all_systems)},
            {"rights", rights_per_activity(b)}};
}

} // namespace privmap::reports
