#include "overview_tables.h"

#include "model_tables.h"

namespace privmap::reports {
namespace {

std::string string_of(const json& value) {
    return value.is_string() ? value.get<std::string>() : "";
}

/// The texts of `key` in each item of `list`, joined with "; ".
std::string names_in(const json& list, const char* key = "name") {
    std::string out;
    for (const json& item : list)
        out += (out.empty() ? "" : "; ") + string_of(item[key]);
    return out;
}

/// `value`, or "not recorded" in the report's language when the model gives none.
std::string or_not_recorded(const Catalogue& t, const std::string& value) {
    return value.empty() ? t.label("not_recorded") : value;
}

Table retention_schedule_table(const Catalogue& t, const json& rows) {
    Table table{t.label("sheet_retention"),
                column_labels(t, {"category", "col_special_categories", "period", "start_event",
                                  "period_basis", "deletion_mode", "activities"}),
                {}};
    for (const json& row : rows) {
        const json& rule = row["rule"];
        auto field = [&](const char* key) { return rule.is_object() ? string_of(rule[key]) : ""; };
        std::string period = field("period");
        if (!field("max").empty())
            period += " (" + t.label("at_most") + " " + field("max") + ")";
        if (!field("owner").empty()) // a system's rule
            period += ", " + t.label("in_system") + " " + field("owner");
        table.rows.push_back({string_of(row["category"]), string_of(row["special"]),
                              or_not_recorded(t, period), or_not_recorded(t, field("from")),
                              or_not_recorded(t, field("basis")),
                              or_not_recorded(t, field("deletion")), names_in(row["activities"])});
    }
    return table;
}

Table transfers_table(const Catalogue& t, const json& countries) {
    Table table{t.label("transfers_by_country"),
                column_labels(t, {"country", "destination", "col_operated_by", "activities",
                                  "safeguard", "col_tia"}),
                {}};
    for (const json& country : countries)
        for (const json& destination : country["destinations"])
            table.rows.push_back(
                {string_of(country["name"]), string_of(destination["name"]),
                 string_of(destination["importer"]), names_in(destination["activities"]),
                 string_of(destination["safeguard"]).empty() ? t.label("no_safeguard")
                                                             : string_of(destination["safeguard"]),
                 string_of(destination["tia"])});
    return table;
}

Table recipients_table(const Catalogue& t, const json& rows) {
    Table table{t.label("sheet_recipients"),
                column_labels(t, {"party", "role", "country", "fed_by", "dpa", "col_dpa_until"}),
                {}};
    for (const json& row : rows) {
        std::string dpa = row["dpa_recorded"].get<bool>()  ? string_of(row["dpa"])
                          : row["dpa_missing"].get<bool>() ? t.label("not_recorded")
                                                           : t.label("does_not_apply");
        std::string fed_by = row["activities"].empty() ? t.label("no_activity_reaches")
                                                       : names_in(row["activities"]);
        table.rows.push_back({string_of(row["name"]), string_of(row["role_text"]),
                              string_of(row["country"]["name"]), fed_by, dpa,
                              Cell::day(Date::parse(string_of(row["dpa_expires_on"])),
                                        string_of(row["dpa_expires"]))});
    }
    return table;
}

Table systems_table(const Catalogue& t, const json& rows) {
    Table table{t.label("systems"),
                column_labels(t, {"system", "description", "location", "operator", "activities",
                                  "categories_held"}),
                {}};
    for (const json& row : rows) {
        std::string categories;
        for (const json& category : row["categories"])
            categories += (categories.empty() ? "" : "; ") + string_of(category["name"]) +
                          (string_of(category["special"]).empty()
                               ? ""
                               : " (" + string_of(category["special"]) + ")");
        table.rows.push_back({string_of(row["name"]), string_of(row["description"]),
                              or_not_recorded(t, string_of(row["country"]["code"]).empty()
                                                     ? ""
                                                     : string_of(row["country"]["name"])),
                              or_not_recorded(t, string_of(row["operated_by"])),
                              row["activities"].empty() ? t.label("no_activity_reaches")
                                                        : names_in(row["activities"]),
                              or_not_recorded(t, categories)});
    }
    return table;
}

Table rights_table(const Catalogue& t, const json& rows) {
    Table table{
        t.label("sheet_rights"),
        column_labels(t, {"activity", "lawful_basis", "rights_apply", "rights_do_not_apply"}),
        {}};
    for (const json& row : rows) {
        if (!row["recorded"].get<bool>()) {
            table.rows.push_back({string_of(row["name"]), t.label("not_recorded"),
                                  t.label("rights_unrecorded"), t.label("not_recorded")});
            continue;
        }
        table.rows.push_back(
            {string_of(row["name"]), string_of(row["basis"]), names_in(row["applies"], "text"),
             row["does_not_apply"].empty() ? t.label("none")
                                           : names_in(row["does_not_apply"], "text")});
    }
    return table;
}

} // namespace

std::vector<OverviewTable> overview_tables(const Builder& b) {
    const json overviews = register_overviews(b);
    return {{"retention-schedule", retention_schedule_table(b.t, overviews["retention"])},
            {"transfers-by-country", transfers_table(b.t, overviews["transfers"])},
            {"recipients", recipients_table(b.t, overviews["recipients"])},
            {"systems", systems_table(b.t, overviews["systems"])},
            {"rights-per-activity", rights_table(b.t, overviews["rights"]["rows"])}};
}

} // namespace privmap::reports
