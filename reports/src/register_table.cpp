#include "register_table.h"

#include <algorithm>
#include <functional>
#include <privmap/reports.h>

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
    std::string inherited = joined(entry, "sensitive_reached", [](const json& c) {
        return text(c["name"]) + " (" + text(c["special"]) + ")";
    });
    return out.empty() ? inherited : inherited.empty() ? out : out + "; " + inherited;
}

struct Column {
    std::string_view label;
    std::function<std::string(const json&)> value;
};

/// Every column either register has, by the catalogue label of its heading.
const std::vector<Column>& all_columns() {
    static const std::vector<Column> columns{
        {"reference", [](const json& e) { return text(e["reference"]); }},
        {"activity", [](const json& e) { return text(e["name"]); }},
        {"department", [](const json& e) { return text(e["department"]); }},
        {"role", [](const json& e) { return text(e["role_text"]); }},
        {"joint_controllers", [](const json& e) { return names(e, "controllers"); }},
        {"on_behalf_of",
         [](const json& e) {
             return joined(e, "controllers", [](const json& c) {
                 std::string email = text(c["email"]);
                 return text(c["name"]) + (email.empty() ? "" : " <" + email + ">");
             });
         }},
        {"purposes", [](const json& e) { return names(e, "purposes"); }},
        {"processing_categories", [](const json& e) { return names(e, "purposes"); }},
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
             const json& condition = e["special_condition"];
             return condition.is_object()
                        ? text(condition["text"]) + " (" + text(condition["article"]) + ")"
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
    return columns;
}

/// The columns of the controller register (Art. 30(1) and the ICO template) or the processor
/// register (Art. 30(2)), in order.
std::vector<const Column*> columns_of(bool processor) {
    static constexpr std::string_view controller[] = {"reference",
                                                      "activity",
                                                      "department",
                                                      "role",
                                                      "joint_controllers",
                                                      "purposes",
                                                      "lawful_basis",
                                                      "col_basis_reference",
                                                      "special_condition",
                                                      "subjects",
                                                      "categories",
                                                      "col_special_categories",
                                                      "source",
                                                      "recipients",
                                                      "col_third_countries",
                                                      "col_safeguards",
                                                      "retention",
                                                      "measures",
                                                      "systems",
                                                      "rights",
                                                      "automated_decision",
                                                      "dpia",
                                                      "findings",
                                                      "updated",
                                                      "review"};
    static constexpr std::string_view processor_register[] = {
        "reference", "activity",   "department", "on_behalf_of",        "processing_categories",
        "subjects",  "categories", "recipients", "col_third_countries", "col_safeguards",
        "measures",  "systems",    "findings"};
    std::vector<const Column*> columns;
    auto add = [&](std::string_view label) {
        for (const Column& column : all_columns())
            if (column.label == label)
                columns.push_back(&column);
    };
    if (processor)
        std::for_each(std::begin(processor_register), std::end(processor_register), add);
    else
        std::for_each(std::begin(controller), std::end(controller), add);
    return columns;
}
} // namespace

} // namespace privmap::reports

namespace privmap {

std::vector<std::string> register_column_keys() {
    std::vector<std::string> keys;
    for (const reports::Column& column : reports::all_columns())
        keys.emplace_back(column.label);
    return keys;
}

} // namespace privmap

namespace privmap::reports {

Table register_table(const json& register_section, const Catalogue& t, bool processor) {
    std::vector<const Column*> columns = columns_of(processor);
    Table table;
    table.title = t.label(processor ? "sheet_processor" : "sheet_controller");
    for (const Column* column : columns)
        table.columns.push_back(t.label(column->label));
    for (const json& entry : register_section["entries"]) {
        std::vector<std::string> row;
        for (const Column* column : columns)
            row.push_back(column->value(entry));
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace privmap::reports
