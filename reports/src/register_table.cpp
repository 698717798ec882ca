#include "register_table.h"

#include <algorithm>
#include <functional>
#include <privmap/reports.h>
#include <set>

namespace privmap::reports {
namespace {

/// The items of `list`, each turned into text by `item`, joined with "; "; empty texts and
/// repeated ones ("United States" for two recipients there) are left out.
template <class T, class Item> std::string joined(const std::vector<T>& list, Item item) {
    std::string out;
    std::set<std::string> seen;
    for (const T& element : list) {
        std::string part = item(element);
        if (!part.empty() && seen.insert(part).second)
            out += (out.empty() ? "" : "; ") + part;
    }
    return out;
}

template <class T> std::string names(const std::vector<T>& list) {
    return joined(list, [](const T& item) { return item.name; });
}

std::string with_country(const SystemView& system) {
    return system.name + (system.country.name.empty() ? "" : " (" + system.country.name + ")");
}

std::string retention(const RetentionView& line) {
    std::string out = line.categories + ": " + line.period;
    if (!line.from.empty())
        out += ", " + line.from;
    if (!line.basis.empty())
        out += " (" + line.basis + ")";
    return out;
}

std::string transfer_safeguard(const TransferView& transfer) {
    return transfer.name + ": " + (transfer.safeguard.empty() ? "-" : transfer.safeguard);
}

std::string special_categories(const RegisterEntry& entry) {
    std::string out = joined(entry.categories, [](const CategoryView& c) {
        return c.special.empty() ? "" : c.name + " (" + c.special + ")";
    });
    std::string inherited = joined(entry.sensitive_reached, [](const SensitiveView& c) {
        return c.name + " (" + c.special + ")";
    });
    return out.empty() ? inherited : inherited.empty() ? out : out + "; " + inherited;
}

/// "Mailer Inc.: DPA-2024-01" for each party the activity's data reaches under a recorded
/// processing agreement (its recipients and, for a processor activity, its sub-processors).
std::string agreements(const RegisterEntry& entry) {
    std::vector<const PartyView*> parties;
    for (const RecipientView& recipient : entry.recipients)
        parties.push_back(&recipient.party);
    for (const PartyView& party : entry.sub_processors)
        parties.push_back(&party);
    return joined(parties,
                  [](const PartyView* p) { return p->dpa.empty() ? "" : p->name + ": " + p->dpa; });
}

std::string deletion(const RetentionView& line) {
    return line.deletion.empty() ? "" : line.categories + ": " + line.deletion;
}

struct Column {
    std::string_view label;
    std::function<Cell(const RegisterEntry&)> value;
};

/// Every column either register has, by the catalogue label of its heading.
const std::vector<Column>& all_columns() {
    using E = const RegisterEntry&;
    static const std::vector<Column> columns{
        {"reference", [](E e) { return e.reference; }},
        {"activity", [](E e) { return e.name; }},
        {"status", [](E e) { return e.status; }},
        {"department", [](E e) { return e.department; }},
        {"col_owner", [](E e) { return e.owner; }},
        {"role", [](E e) { return e.role_text; }},
        {"joint_controllers", [](E e) { return names(e.controllers); }},
        {"on_behalf_of",
         [](E e) {
             return joined(e.controllers, [](const PartyView& c) {
                 return c.name + (c.email.empty() ? "" : " <" + c.email + ">");
             });
         }},
        {"purposes", [](E e) { return names(e.purposes); }},
        {"processing_categories", [](E e) { return names(e.purposes); }},
        {"lawful_basis",
         [](E e) { return e.basis ? e.basis->text + " (" + e.basis->article + ")" : ""; }},
        {"col_basis_reference", [](E e) { return e.basis ? e.basis->reference : ""; }},
        {"special_condition",
         [](E e) {
             return e.special_condition
                        ? e.special_condition->text + " (" + e.special_condition->article + ")"
                        : "";
         }},
        {"subjects", [](E e) { return names(e.subjects); }},
        {"categories", [](E e) { return names(e.categories); }},
        {"col_special_categories", special_categories},
        {"col_national_id", [](E e) { return e.national_id_text; }},
        {"source", [](E e) { return names(e.sources); }},
        {"recipients",
         [](E e) {
             return joined(e.recipients, [](const RecipientView& r) { return r.party.name; });
         }},
        {"col_dpa", agreements},
        {"col_third_countries",
         [](E e) {
             return joined(e.transfers, [](const TransferView& t) { return t.country.name; });
         }},
        {"col_safeguards", [](E e) { return joined(e.transfers, transfer_safeguard); }},
        {"retention", [](E e) { return joined(e.retention, retention); }},
        {"col_deletion", [](E e) { return joined(e.retention, deletion); }},
        {"measures", [](E e) { return names(e.measures); }},
        {"systems", [](E e) { return joined(e.systems, with_country); }},
        {"rights", [](E e) { return joined(e.rights, [](const RightView& r) { return r.text; }); }},
        {"automated_decision", [](E e) { return e.automated_decision_text; }},
        {"dpia", [](E e) { return e.dpia.text; }},
        {"findings", [](E e) { return Cell::count(e.findings_count); }},
        {"updated", [](E e) { return Cell::day(e.updated_on, e.updated); }},
        {"review", [](E e) { return Cell::day(e.review_on, e.review); }}};
    return columns;
}

/// The columns of the controller register (Art. 30(1) and the ICO template) or the processor
/// register (Art. 30(2)), in order.
std::vector<const Column*> columns_of(bool processor) {
    static constexpr std::string_view controller[] = {"reference",
                                                      "activity",
                                                      "status",
                                                      "department",
                                                      "col_owner",
                                                      "role",
                                                      "joint_controllers",
                                                      "purposes",
                                                      "lawful_basis",
                                                      "col_basis_reference",
                                                      "special_condition",
                                                      "subjects",
                                                      "categories",
                                                      "col_special_categories",
                                                      "col_national_id",
                                                      "source",
                                                      "recipients",
                                                      "col_dpa",
                                                      "col_third_countries",
                                                      "col_safeguards",
                                                      "retention",
                                                      "col_deletion",
                                                      "measures",
                                                      "systems",
                                                      "rights",
                                                      "automated_decision",
                                                      "dpia",
                                                      "findings",
                                                      "updated",
                                                      "review"};
    static constexpr std::string_view processor_register[] = {"reference",
                                                              "activity",
                                                              "status",
                                                              "department",
                                                              "col_owner",
                                                              "on_behalf_of",
                                                              "processing_categories",
                                                              "subjects",
                                                              "categories",
                                                              "col_national_id",
                                                              "recipients",
                                                              "col_dpa",
                                                              "col_third_countries",
                                                              "col_safeguards",
                                                              "retention",
                                                              "col_deletion",
                                                              "measures",
                                                              "systems",
                                                              "findings",
                                                              "updated",
                                                              "review"};
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

Table register_table(const std::vector<RegisterEntry>& entries, const Catalogue& t,
                     bool processor) {
    std::vector<const Column*> columns = columns_of(processor);
    Table table;
    table.title = t.label(processor ? "sheet_processor" : "sheet_controller");
    for (const Column* column : columns)
        table.columns.push_back(t.label(column->label));
    for (const RegisterEntry& entry : entries) {
        std::vector<Cell> row;
        for (const Column* column : columns)
            row.push_back(column->value(entry));
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace privmap::reports
