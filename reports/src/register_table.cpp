#include "register_table.h"

#include <functional>

namespace privmap::reports {
namespace {
using nlohmann::json;

std::string text(const json& value) {
    return value.is_string() ? value.get<std::string>() : std::string();
}

/// The items of `entry[list]`, each turned into text by `item`, joined with "; ".
std::string joined(const json& entry, const char* list,
                   const std::function<std::string(const json&)>& item) {
    std::string out;
    for (const json& element : entry.value(list, json::array())) {
        std::string part = item(element);
        if (!part.empty())
            out += (out.empty() ? "" : "; ") + part;
    }
    return out;
}

std::string names(const json& entry, const char* list) {
    return joined(entry, list, [](const json& e) { return text(e["name"]); });
}

std::string with_country(const json& item) {
    std::string country = text(item["country"]["name"]);
    return text(item["name"]) + (country.empty() ? "" : " (" + country + ")");
}

std::string retention(const json& rule) {
    std::string out = text(rule["categories"]) + ": " + text(rule["period"]);
    if (!text(rule["from"]).empty())
        out += ", " + text(rule["from"]);
    if (!text(rule["basis"]).empty())
        out += " (" + text(rule["basis"]) + ")";
    return out;
}

std::string transfer_safeguard(const json& transfer) {
    std::string safeguard = text(transfer["safeguard"]);
    return text(transfer["name"]) + ": " + (safeguard.empty() ? "-" : safeguard);
}

std::string special_categories(const json& entry) {
    std::string out = joined(entry, "categories", [](const json& c) {
        return text(c["special"]).empty() ? "" : text(c["name"]) + " (" + text(c["special"]) + ")";
    });
    std::string inherited = joined(entry, "special_descendants", [](const json& c) {
        return text(c["name"]) + " (" + text(c["special"]) + ")";
    });
    return out.empty() ? inherited : inherited.empty() ? out : out + "; " + inherited;
}

struct Column {
    const char* label;
    std::function<std::string(const json&)> value;
};

std::vector<Column> common_head() {
    return {{"reference", [](const json& e) { return text(e["reference"]); }},
            {"activity", [](const json& e) { return text(e["name"]); }},
            {"department", [](const json& e) { return text(e["department"]); }}};
}

std::vector<Column> controller_columns() {
    std::vector<Column> columns = common_head();
    std::vector<Column> rest{
        {"role", [](const json& e) { return text(e["role_text"]); }},
        {"joint_controllers", [](const json& e) { return names(e, "controllers"); }},
        {"purposes", [](const json& e) { return names(e, "purposes"); }},
        {"lawful_basis",
         [](const json& e) {
             return e["basis"].is_object()
                        ? text(e["basis"]["text"]) + " (" + text(e["basis"]["article"]) + ")"
                        : "";
         }},
        {"col_basis_reference",
         [](const json& e) { return e["basis"].is_object() ? text(e["basis"]["reference"]) : ""; }},
        {"special_condition",
         [](const json& e) {
             return e["special_condition"].is_object()
                        ? text(e["special_condition"]["text"]) + " (" +
                              text(e["special_condition"]["article"]) + ")"
                        : "";
         }},
        {"subjects", [](const json& e) { return names(e, "subjects"); }},
        {"categories", [](const json& e) { return names(e, "categories"); }},
        {"col_special_categories", special_categories},
        {"source", [](const json& e) { return names(e, "sources"); }},
        {"recipients", [](const json& e) { return names(e, "recipients"); }},
        {"col_third_countries",
         [](const json& e) {
             return joined(e, "transfers",
                           [](const json& t) { return text(t["country"]["name"]); });
         }},
        {"col_safeguards",
         [](const json& e) { return joined(e, "transfers", transfer_safeguard); }},
        {"retention", [](const json& e) { return joined(e, "retention", retention); }},
        {"measures", [](const json& e) { return names(e, "measures"); }},
        {"systems", [](const json& e) { return joined(e, "systems", with_country); }},
        {"rights",
         [](const json& e) {
             return joined(e, "rights", [](const json& r) { return text(r["text"]); });
         }},
        {"automated_decision", [](const json& e) { return text(e["automated_decision_text"]); }},
        {"dpia", [](const json& e) { return text(e["dpia"]["text"]); }},
        {"findings", [](const json& e) { return e["findings_count"].dump(); }},
        {"updated", [](const json& e) { return text(e["updated"]); }},
        {"review", [](const json& e) { return text(e["review"]); }}};
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}

std::vector<Column> processor_columns() {
    std::vector<Column> columns = common_head();
    std::vector<Column> rest{
        {"on_behalf_of",
         [](const json& e) {
             return joined(e, "controllers", [](const json& c) {
                 std::string email = text(c["email"]);
                 return text(c["name"]) + (email.empty() ? "" : " <" + email + ">");
             });
         }},
        {"processing_categories", [](const json& e) { return names(e, "purposes"); }},
        {"subjects", [](const json& e) { return names(e, "subjects"); }},
        {"categories", [](const json& e) { return names(e, "categories"); }},
        {"recipients", [](const json& e) { return names(e, "recipients"); }},
        {"col_third_countries",
         [](const json& e) {
             return joined(e, "transfers",
                           [](const json& t) { return text(t["country"]["name"]); });
         }},
        {"col_safeguards",
         [](const json& e) { return joined(e, "transfers", transfer_safeguard); }},
        {"measures", [](const json& e) { return names(e, "measures"); }},
        {"systems", [](const json& e) { return joined(e, "systems", with_country); }},
        {"findings", [](const json& e) { return e["findings_count"].dump(); }}};
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}
} // namespace

Table register_table(const json& register_section, const Catalogue& t, bool processor) {
    std::vector<Column> columns = processor ? processor_columns() : controller_columns();
    Table table;
    table.title = t.label(processor ? "sheet_processor" : "sheet_controller");
    for (const Column& column : columns)
        table.columns.push_back(t.label(column.label));
    for (const json& entry : register_section["entries"]) {
        std::vector<std::string> row;
        for (const Column& column : columns)
            row.push_back(column.value(entry));
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace privmap::reports
