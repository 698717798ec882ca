// `--from xlsx`: a register kept as a spreadsheet. privmap's own export (`privmap report
// --format xlsx`) is read back through the report catalogues that wrote it, so its headings,
// lawful bases, periods and safeguards are recognised in every report language; the columns
// of the ICO's documentation templates (controller and processor) and the AP's model register
// are recognised by their headings. One row is one activity; a column privmap does not read is
// reported once.
#include "draft.h"
#include "workbook.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <privmap/types.h>
#include <set>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace privmap::importing {
namespace {

using json = nlohmann::json;
using Kind = ImportEntry::Kind;

/// Headings of the ICO's controller and processor templates and the AP's model register
/// (folded, without a trailing "(if applicable)"), as the column of privmap's register they
/// hold.
constexpr std::pair<std::string_view, std::string_view> template_headings[] = {
    {"business function", "department"},
    {"name and contact details of controller", "on_behalf_of"},
    {"names of third countries or international organisations that personal data are "
     "transferred to",
     "col_third_countries"},
    {"safeguards for exceptional transfers of personal data to third countries or "
     "international organisations",
     "col_safeguards"},
    {"purpose of processing", "purposes"},
    {"name and contact details of joint controller", "joint_controllers"},
    {"categories of individuals", "subjects"},
    {"categories of recipients", "recipients"},
    {"retention schedule", "retention"},
    {"general description of technical and organisational security measures", "measures"},
    {"article 6 lawful basis for processing personal data", "lawful_basis"},
    {"article 9 basis for processing special category data", "special_condition"},
    {"link to record of legitimate interests assessment", "col_basis_reference"},
    {"the source of the personal data", "source"},
    {"location of personal data", "systems"},
    {"naam verwerking", "activity"},
    {"naam van de verwerking", "activity"},
    {"doel van de verwerking", "purposes"},
    {"doelen van de verwerking", "purposes"},
    {"categorieen van betrokkenen", "subjects"},
    {"categorieen van persoonsgegevens", "categories"},
    {"categorieen van ontvangers", "recipients"},
    {"bewaartermijn", "retention"},
};

/// Columns privmap computes from the model (rights, findings, the DPIA state ...): reading
/// them back would not change the model, so they are reported as recomputed.
const std::set<std::string> computed_columns{"rights", "automated_decision", "dpia", "findings",
                                             "col_national_id"};

/// "Consent (Art. 6(1)(a))" -> "Consent": the label without the article privmap adds.
std::string without_parenthesis(std::string text) {
    if (text.ends_with(')'))
        if (std::size_t open = text.rfind(" ("); open != std::string::npos)
            text.resize(open);
    return text;
}

/// A cell's list: privmap writes "a; b", templates also use line breaks.
std::vector<std::string> items(std::string_view cell) {
    std::vector<std::string> out;
    std::string item;
    auto flush = [&] {
        std::size_t first = item.find_first_not_of(" \t\r");
        std::size_t last = item.find_last_not_of(" \t\r");
        if (first != std::string::npos)
            out.push_back(item.substr(first, last - first + 1));
        item.clear();
    };
    for (char c : cell) {
        if (c == ';' || c == '\n')
            flush();
        else
            item.push_back(c);
    }
    flush();
    return out;
}

/// What the report catalogues call things, folded: the labels privmap's export writes.
struct Labels {
    std::map<std::string, std::string> columns;      // heading -> column key
    std::map<std::string, std::string> languages_of; // heading -> the language it is in
    std::map<std::string, std::string> countries;    // a country's name in any language -> code
    std::map<std::string, std::string> bases, conditions, safeguards, periods, roles, special,
        statuses, deletions;
    std::set<std::string> processor_sheets, subject_source, not_recorded, all_categories;
    /// The sheets of privmap's own workbook that regroup the register's entries (the retention
    /// schedule, transfers by country, ...): no entries of their own.
    std::set<std::string> overview_sheets;
    std::vector<std::string> country_unknown_transfer; // as written, not folded
    std::vector<std::string> languages;

    explicit Labels(const ImportOptions& options) {
        std::set<std::string> register_columns(options.register_columns.begin(),
                                               options.register_columns.end());
        for (const auto& [language, text] : options.catalogues) {
            json catalogue = json::parse(text, nullptr, false);
            if (!catalogue.is_object())
                continue;
            languages.push_back(language);
            const json labels = catalogue.value("labels", json::object());
            for (const auto& [key, label] : labels.items())
                if (label.is_string() && register_columns.count(key)) {
                    columns.emplace(folded(label.get<std::string>()), key);
                    languages_of.emplace(folded(label.get<std::string>()), language);
                }
            add_countries(language);
            table(catalogue, "basis", bases);
            table(catalogue, "special_condition", conditions);
            table(catalogue, "safeguard", safeguards);
            table(catalogue, "period", periods);
            table(catalogue, "activity_role", roles);
            table(catalogue, "activity_status", statuses);
            table(catalogue, "deletion", deletions);
            table(catalogue, "special", special);
            label(labels, "sheet_processor", processor_sheets);
            label(labels, "source_subject", subject_source);
            label(labels, "not_recorded", not_recorded);
            label(labels, "all_categories", all_categories);
            for (const char* overview : {"sheet_retention", "transfers_by_country",
                                         "sheet_recipients", "systems", "sheet_rights"})
                sheet_label(labels, overview, overview_sheets);
            if (auto found = labels.find("transfer_country_unknown");
                found != labels.end() && found->is_string())
                country_unknown_transfer.push_back(found->get<std::string>());
        }
        for (const auto& [heading, column] : template_headings)
            columns.emplace(heading, column);
    }

    /// The column a heading names: privmap's label, or a template's heading.
    std::string column(const std::string& heading) const {
        std::string key = folded(heading);
        if (auto found = columns.find(key); found != columns.end())
            return found->second;
        if (auto found = columns.find(folded(without_parenthesis(heading))); found != columns.end())
            return found->second;
        return {};
    }

    static std::string find(const std::map<std::string, std::string>& table,
                            std::string_view text) {
        auto found = table.find(folded(text));
        return found == table.end() ? std::string() : found->second;
    }

    /// The code of a country named in one of the catalogues' languages ("Netherlands",
    /// "Verenigde Staten"), or "".
    std::string country_code(std::string_view name) const {
        auto found = countries.find(folded(name));
        return found == countries.end() ? std::string() : found->second;
    }

private:
    void add_countries(const std::string& language) {
        icu::Locale in(language.c_str());
        for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
            icu::UnicodeString display;
            icu::Locale("", *code).getDisplayCountry(in, display);
            std::string text;
            display.toUTF8String(text);
            countries.emplace(folded(text), *code);
        }
    }

    static void table(const json& catalogue, const char* name,
                      std::map<std::string, std::string>& out) {
        const json entries = catalogue.value(name, json::object());
        for (const auto& [key, label] : entries.items())
            if (label.is_string())
                out.emplace(folded(label.get<std::string>()), key);
    }
    static void label(const json& labels, const char* key, std::set<std::string>& out) {
        if (auto found = labels.find(key); found != labels.end() && found->is_string())
            out.insert(folded(found->get<std::string>()));
    }

    /// A label as the name of a sheet: cut to the 31 characters a sheet name holds, as privmap's
    /// workbook cuts it.
    static void sheet_label(const json& labels, const char* key, std::set<std::string>& out) {
        if (auto found = labels.find(key); found != labels.end() && found->is_string()) {
            icu::UnicodeString name = icu::UnicodeString::fromUTF8(found->get<std::string>());
            name.truncate(31);
            std::string cut;
            out.insert(folded(name.toUTF8String(cut)));
        }
    }
};

/// Dates as the reports write them: ICU's long format in each catalogue's language, made
/// once (making a DateFormat costs more than a thousand parses).
class DateReader {
public:
    explicit DateReader(const std::vector<std::string>& languages) {
        for (const std::string& language : languages) {
            std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(
                icu::DateFormat::kLong, icu::Locale(language.c_str())));
            if (!format)
                continue;
            format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
            format->setLenient(false);
            formats_.push_back(std::move(format));
        }
    }

    /// `text` as YYYY-MM-DD: an ISO date, or a date in one of the formats; "" when neither.
    std::string iso(const std::string& text) const {
        if (Date::parse(text))
            return text;
        icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (const auto& format : formats_) {
            UErrorCode status = U_ZERO_ERROR;
            UDate when = format->parse(unicode, status);
            if (U_FAILURE(status))
                continue;
            icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status);
            calendar.setTime(when, status);
            if (U_FAILURE(status))
                continue;
            char date[40];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", calendar.get(UCAL_YEAR, status),
                          calendar.get(UCAL_MONTH, status) + 1, calendar.get(UCAL_DATE, status));
            if (U_SUCCESS(status) && Date::parse(date))
                return date;
        }
        return {};
    }

private:
    std::vector<std::unique_ptr<icu::DateFormat>> formats_;
};

class SheetImporter {
public:
    SheetImporter(Draft& draft, const Labels& labels)
        : draft_(draft), labels_(labels), dates_(labels.languages) {}

    /// The rows under the first row that has two headings privmap knows; false when no row
    /// has.
    bool sheet(const Sheet& sheet) {
        std::size_t header = 0;
        while (header < sheet.rows.size() && known_headings(sheet.rows[header]) < 2)
            ++header;
        if (header == sheet.rows.size())
            return false;
        for (const std::string& heading : sheet.rows[header])
            if (auto found = labels_.languages_of.find(folded(heading));
                found != labels_.languages_of.end())
                ++languages_[found->second];
        std::vector<std::string> columns;
        const std::vector<std::string>& headings = sheet.rows[header];
        own_export_ = true;
        for (std::size_t c = 0; c < headings.size(); ++c) {
            columns.push_back(labels_.column(headings[c]));
            std::string at = sheet.name + "!" + column_name(c) + std::to_string(header + 1);
            if (headings[c].empty())
                continue;
            if (columns.back().empty())
                draft_.note(Kind::left_out, at,
                            "column `" + headings[c] + "`: privmap does not know it");
            else if (computed_columns.count(columns.back()))
                draft_.note(Kind::left_out, at,
                            "column `" + headings[c] + "`: privmap computes it from the model");
            if (!labels_.columns.count(folded(headings[c])) ||
                template_heading(folded(headings[c])))
                own_export_ = false;
        }
        // A register of what is done on behalf of controllers is a processor's (Art. 30(2)).
        processor_ = labels_.processor_sheets.count(folded(sheet.name)) > 0 ||
                     std::find(columns.begin(), columns.end(), "on_behalf_of") != columns.end();
        for (std::size_t r = header + 1; r < sheet.rows.size(); ++r)
            row(sheet.rows[r], columns, sheet.name, r + 1);
        return true;
    }

private:
    Draft& draft_;
    const Labels& labels_;
    DateReader dates_;
    bool processor_ = false;
    bool own_export_ = false; // every heading is one of privmap's own labels

    static bool template_heading(const std::string& heading) {
        return std::any_of(std::begin(template_headings), std::end(template_headings),
                           [&](const auto& entry) { return entry.first == heading; });
    }

    std::size_t known_headings(const std::vector<std::string>& cells) const {
        return static_cast<std::size_t>(
            std::count_if(cells.begin(), cells.end(),
                          [&](const std::string& cell) { return !labels_.column(cell).empty(); }));
    }

    static std::string column_name(std::size_t column) {
        std::string name;
        for (++column; column > 0; column = (column - 1) / 26)
            name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
        return name;
    }

    void row(const std::vector<std::string>& cells, const std::vector<std::string>& columns,
             const std::string& sheet, std::size_t number) {
        if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); }))
            return;
        std::map<std::string, std::string> values; // column key -> cell
        for (std::size_t c = 0; c < cells.size() && c < columns.size(); ++c)
            if (!columns[c].empty() && !cells[c].empty())
                values[columns[c]] = cells[c];
        const std::string at = sheet + "!" + std::to_string(number);
        auto value = [&](const char* key) {
            auto found = values.find(key);
            return found == values.end() ? std::string() : found->second;
        };
        DraftActivity activity;
        for (const char* key : {"activity", "purposes", "processing_categories"})
            if (activity.name.empty())
                activity.name = value(key);
        if (activity.name.empty()) {
            activity.name = "(row " + std::to_string(number) + ")";
            draft_.gap(activity, at, "the row names no activity");
        }
        activity.id = draft_.new_id(activity.name, "activity");
        activity.reference = value("reference");
        activity.department = value("department");
        activity.owner = value("col_owner");
        if (std::string status = Labels::find(labels_.statuses, value("status")); status != "live")
            activity.status = status;
        activity.role = processor_ ? "processor" : "controller";
        if (std::string role = Labels::find(labels_.roles, value("role")); !role.empty())
            activity.role = role;
        for (const NamedContact& contact : contacts(value("joint_controllers")))
            activity.controllers.push_back(contact_party(contact, "joint-controller", at).id);
        for (const NamedContact& contact : contacts(value("on_behalf_of")))
            activity.controllers.push_back(contact_party(contact, "controller", at).id);
        for (const char* key : {"purposes", "processing_categories"})
            terms(activity.purposes, value(key), EntityKind::purpose, at);
        terms(activity.subjects, value("subjects"), EntityKind::subject, at);
        terms(activity.categories, value("categories"), EntityKind::category, at);
        special_categories(value("col_special_categories"), at);
        if (activity.role != "processor") // a processor acts on its controller's basis
            basis(activity, value("lawful_basis"), at);
        activity.basis_reference = value("col_basis_reference");
        condition(activity, value("special_condition"), at);
        sources(activity, value("source"), at);
        for (const std::string& name : items(value("recipients")))
            activity.recipients.push_back(party(name, "recipient", at).id);
        agreements(value("col_dpa"), at);
        if (own_export_)
            transfers(value("col_third_countries"), value("col_safeguards"), at);
        else
            template_transfers(activity, value("col_third_countries"), value("col_safeguards"), at);
        if (activity.role != "processor" || values.count("retention"))
            retention(activity, value("retention"), at); // Art. 30(2) has no retention
        order_like_retention(activity, value("retention"));
        deletion(activity, value("col_deletion"), at);
        for (const std::string& name : items(value("measures")))
            activity.measures.push_back(place(draft_.measures, name, "", at));
        systems(activity, value("systems"), at);
        dates(activity, value("updated"), value("review"), at);
        if (activity.purposes.empty())
            draft_.gap(activity, at, "the row names no purpose (Art. 30(1)(b))");
        if (activity.subjects.empty())
            draft_.gap(activity, at, "the row names no categories of data subjects");
        if (activity.categories.empty())
            draft_.gap(activity, at, "the row names no categories of personal data");
        draft_.activities.push_back(std::move(activity));
    }

    /// The terms a cell names, each once. privmap's own sheet names a standard term by its
    /// name, so there a synonym is a name of the model's own ("NAW-gegevens").
    void terms(std::vector<std::string>& ids, const std::string& cell, EntityKind kind,
               const std::string& at) {
        for (const std::string& name : items(cell))
            if (std::string id = draft_.term(name, kind, at, !own_export_);
                std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
    }

    /// One party of a "name and contact details" cell.
    struct NamedContact {
        std::string name, email, address;
    };

    /// The parties a "name and contact details" cell names, one per ";". privmap writes
    /// "Name <e-mail>"; a template writes the name first, then the address and e-mail on the
    /// next lines or after commas.
    std::vector<NamedContact> contacts(const std::string& cell) const {
        std::vector<NamedContact> out;
        for (std::size_t start = 0; start < cell.size();) {
            std::size_t end = std::min(cell.find(';', start), cell.size());
            std::string item = cell.substr(start, end - start);
            start = end + 1;
            std::vector<std::string> pieces;
            for (std::string& line : items(item.substr(0, item.find('<'))))
                for (std::string& piece : own_export_ ? std::vector{line} : split_commas(line))
                    pieces.push_back(std::move(piece));
            if (pieces.empty())
                continue;
            NamedContact contact{pieces.front(), e_mail_in(item), {}};
            for (std::size_t i = 1; i < pieces.size(); ++i)
                if (pieces[i].find('@') == std::string::npos)
                    contact.address += (contact.address.empty() ? "" : ", ") + pieces[i];
            out.push_back(std::move(contact));
        }
        return out;
    }

    /// "name@example.org" from "<name@example.org>", "mailto:name@example.org" or a line of
    /// its own; "" when the text holds no e-mail address.
    static std::string e_mail_in(const std::string& text) {
        std::size_t at = text.find('@');
        if (at == std::string::npos)
            return {};
        const char* around = " \t\r\n,;<>:";
        std::size_t first = text.find_last_of(around, at);
        std::size_t last = text.find_first_of(around, at);
        first = first == std::string::npos ? 0 : first + 1;
        return text.substr(first, (last == std::string::npos ? text.size() : last) - first);
    }

    /// The party a contact names, with its contact details where the model has none yet.
    DraftParty& contact_party(const NamedContact& contact, const std::string& role,
                              const std::string& at) {
        DraftParty& named = party(contact.name, role, at);
        if (named.email.empty())
            named.email = contact.email;
        if (named.address.empty())
            named.address = contact.address;
        return named;
    }

    DraftParty& party(const std::string& name, const std::string& role, const std::string& at) {
        DraftParty& party = draft_.party_named(name, at);
        if (role != "recipient")
            party.role = role;
        return party;
    }

    std::string place(std::vector<DraftPlace>& places, const std::string& name,
                      const std::string& country, const std::string& at) {
        for (const DraftPlace& existing : places)
            if (existing.name == name)
                return existing.id;
        places.push_back(
            {draft_.new_id(name, country.empty() ? "measure" : "system"), name, country, {}});
        draft_.note(Kind::imported, at, "`" + name + "` as `" + places.back().id + "`");
        return places.back().id;
    }

    /// "Name (kind)": the kind of special data of a category of the model's own.
    void special_categories(const std::string& cell, const std::string& at) {
        for (const std::string& item : items(cell)) {
            std::string name = without_parenthesis(item);
            if (name.size() + 3 > item.size())
                continue;
            std::string kind = Labels::find(
                labels_.special, item.substr(name.size() + 2, item.size() - name.size() - 3));
            for (DraftTerm& own : draft_.categories)
                if (own.name == name && own.parent.empty() && own.special.empty() &&
                    !kind.empty()) {
                    own.special = kind;
                    draft_.note(Kind::imported, at, "`" + name + "` as `" + kind + "` data");
                }
        }
    }

    void basis(DraftActivity& activity, const std::string& cell, const std::string& at) {
        if (cell.empty())
            return draft_.gap(activity, at, "the row names no lawful basis (Art. 6(1))");
        activity.lawful_basis = Labels::find(labels_.bases, without_parenthesis(cell));
        if (!activity.lawful_basis.empty())
            return draft_.note(Kind::imported, at,
                               "`" + cell + "` as `" + activity.lawful_basis + "`");
        activity.lawful_basis = lawful_basis(cell);
        if (activity.lawful_basis.empty())
            return draft_.gap(activity, at,
                              "the sheet's lawful basis `" + cell +
                                  "` is none of Art. 6(1)'s; set `lawful_basis`");
        draft_.note(Kind::guessed, at,
                    "`" + cell + "` as `" + activity.lawful_basis + "` (rule: its wording)");
    }

    void condition(DraftActivity& activity, const std::string& cell, const std::string& at) {
        if (cell.empty())
            return;
        activity.special_condition = Labels::find(labels_.conditions, without_parenthesis(cell));
        if (activity.special_condition.empty())
            draft_.gap(activity, at,
                       "the sheet's condition for special data `" + cell +
                           "` is none of Art. 9(2)'s; set `special_condition`");
    }

    void sources(DraftActivity& activity, const std::string& cell, const std::string& at) {
        for (const std::string& name : items(cell))
            activity.source.push_back(labels_.subject_source.count(folded(name))
                                          ? "subject"
                                          : party(name, "recipient", at).id);
    }

    /// privmap writes a transfer as its country (Third countries) and "party: safeguard"
    /// (Transfer safeguards), in the same order.
    void transfers(const std::string& countries_cell, const std::string& safeguards_cell,
                   const std::string& at) {
        std::vector<std::string> countries = items(countries_cell);
        std::vector<std::string> safeguards = items(safeguards_cell);
        for (std::size_t i = 0; i < safeguards.size(); ++i) {
            std::size_t colon = safeguards[i].rfind(": ");
            for (const std::string& unknown : labels_.country_unknown_transfer)
                if (safeguards[i].ends_with(": " + unknown))
                    colon = safeguards[i].size() - unknown.size() - 2;
            if (colon == std::string::npos)
                continue;
            DraftParty& party = draft_.party_named(safeguards[i].substr(0, colon), at);
            std::string written = safeguards[i].substr(colon + 2);
            if (i < countries.size())
                if (std::string code = labels_.country_code(countries[i]); !code.empty())
                    party.country = code;
            if (std::string safeguard = Labels::find(labels_.safeguards, written);
                !safeguard.empty())
                party.safeguard = safeguard;
            transferred_.insert(party.id);
        }
    }

    /// A template names the third countries and, in the same order, their safeguards, but not
    /// the recipients: each becomes a recipient in that country whose name is a GAP, so that
    /// `check` judges the transfer.
    void template_transfers(DraftActivity& activity, const std::string& countries_cell,
                            const std::string& safeguards_cell, const std::string& at) {
        std::vector<std::string> countries = items(countries_cell);
        std::vector<std::string> safeguards = items(safeguards_cell);
        for (std::size_t i = 0; i < countries.size(); ++i) {
            std::string code =
                is_country(countries[i]) ? countries[i] : labels_.country_code(countries[i]);
            if (code.empty()) {
                draft_.gap(activity, at,
                           "the sheet's third country `" + countries[i] +
                               "` is no country privmap knows; add the recipient as a "
                               "`[[party]]` with its `country` code");
                continue;
            }
            DraftParty& recipient = party("(recipient in " + countries[i] + ")", "recipient", at);
            recipient.country = code;
            recipient.gaps.push_back("the register names a transfer to " + countries[i] +
                                     " but not to whom; replace the name with the recipient's");
            draft_.note(Kind::gap, at, "a transfer to " + countries[i] + " without a recipient");
            if (i < safeguards.size())
                template_safeguard(recipient, safeguards[i], at);
            if (std::find(activity.recipients.begin(), activity.recipients.end(), recipient.id) ==
                activity.recipients.end())
                activity.recipients.push_back(recipient.id);
        }
    }

    void template_safeguard(DraftParty& recipient, const std::string& written,
                            const std::string& at) {
        recipient.safeguard = Labels::find(labels_.safeguards, written);
        if (recipient.safeguard.empty()) {
            recipient.safeguard = safeguard(written);
            if (!recipient.safeguard.empty())
                draft_.note(Kind::guessed, at,
                            "`" + written + "` as `" + recipient.safeguard +
                                "` (rule: its wording)");
        }
        if (recipient.safeguard.empty())
            recipient.gaps.push_back("the register's safeguard `" + written +
                                     "` is none of Chapter V's; set `safeguard`");
    }

    /// "categories: period, from (basis)" per rule, as privmap writes them; a plain period.
    void retention(DraftActivity& activity, const std::string& cell, const std::string& at) {
        if (cell.empty())
            return draft_.gap(activity, at, "the row gives no retention period");
        std::vector<std::string> rules = items(cell);
        for (const std::string& text : rules) {
            DraftRetention rule;
            std::string rest = text;
            std::string categories;
            if (std::size_t colon = rest.find(": "); colon != std::string::npos && own_export_) {
                categories = rest.substr(0, colon);
                rest = rest.substr(colon + 2);
            }
            if (std::string inner = without_parenthesis(rest); inner != rest) {
                rule.basis = rest.substr(inner.size() + 2, rest.size() - inner.size() - 3);
                rest = inner;
            }
            if (std::size_t comma = rest.find(", "); comma != std::string::npos && own_export_) {
                rule.from = rest.substr(comma + 2);
                rest = rest.substr(0, comma);
            }
            if (labels_.not_recorded.count(folded(rest)))
                continue;
            rule.period = Labels::find(labels_.periods, rest);
            if (rule.period.empty())
                rule.period = retention_period(rest);
            if (rule.period.empty()) {
                draft_.gap(activity, at,
                           "the sheet's retention `" + text +
                               "` is not a period; set `retention = { period = \"P...\" }`");
                continue;
            }
            if (rules.size() > 1 && !labels_.all_categories.count(folded(categories)))
                for (const std::string& name : split_commas(categories))
                    if (std::string id = category_named(name); !id.empty())
                        rule.categories.push_back(id);
            activity.retention.push_back(std::move(rule));
        }
        if (activity.retention.empty() && activity.gaps.empty())
            draft_.gap(activity, at, "the row gives no retention period");
    }

    /// "categories: automatically deleted" per retention rule, as privmap writes them: the
    /// rule with those categories (the only one, when one rule covers them all).
    void deletion(DraftActivity& activity, const std::string& cell, const std::string& at) {
        for (const std::string& text : items(cell)) {
            std::size_t colon = text.rfind(": ");
            std::string mode = Labels::find(
                labels_.deletions, colon == std::string::npos ? text : text.substr(colon + 2));
            std::vector<std::string> categories;
            if (colon != std::string::npos)
                for (const std::string& name : split_commas(text.substr(0, colon)))
                    if (std::string id = category_named(name); !id.empty())
                        categories.push_back(id);
            auto rule = activity.retention.size() == 1
                            ? activity.retention.begin()
                            : std::find_if(activity.retention.begin(), activity.retention.end(),
                                           [&](const DraftRetention& r) {
                                               return r.categories == categories;
                                           });
            if (mode.empty() || rule == activity.retention.end())
                draft_.note(Kind::left_out, at,
                            "`" + text + "`: no retention rule of the row deletes so");
            else
                rule->deletion = mode;
        }
    }

    /// "Mailer Inc.: DPA-2024-01": the processing agreement of a party the row names.
    void agreements(const std::string& cell, const std::string& at) {
        for (const std::string& text : items(cell)) {
            auto named = std::find_if(
                draft_.parties.begin(), draft_.parties.end(), [&](const DraftParty& p) {
                    return text.size() > p.name.size() + 2 && text.starts_with(p.name + ": ");
                });
            if (named == draft_.parties.end())
                draft_.note(Kind::left_out, at,
                            "`" + text + "`: the agreement of a party the row does not name");
            else
                named->dpa = text.substr(named->name.size() + 2);
        }
    }

    /// privmap's sheet sorts a row's categories by name, but its retention cell names every
    /// category in the activity's own order, which decides the order of its rules: keep it.
    void order_like_retention(DraftActivity& activity, const std::string& cell) const {
        if (!own_export_)
            return;
        std::vector<std::string> order;
        for (const std::string& rule : items(cell))
            if (std::size_t colon = rule.find(": "); colon != std::string::npos)
                for (const std::string& name : split_commas(rule.substr(0, colon)))
                    if (std::string id = category_named(name); !id.empty())
                        order.push_back(id);
        auto rank = [&](const std::string& id) {
            return std::find(order.begin(), order.end(), id) - order.begin();
        };
        std::stable_sort(
            activity.categories.begin(), activity.categories.end(),
            [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    }

    /// The category the row already named `name`.
    std::string category_named(const std::string& name) const {
        if (TermMatch match = match_standard_term(name, EntityKind::category, false);
            !match.id.empty())
            return match.id;
        for (const DraftTerm& own : draft_.categories)
            if (own.name == name)
                return own.id;
        return {};
    }

    static std::vector<std::string> split_commas(const std::string& text) {
        std::vector<std::string> out;
        for (std::size_t start = 0; start <= text.size();) {
            std::size_t comma = text.find(", ", start);
            out.push_back(text.substr(start, comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 2;
        }
        return out;
    }

    /// "Name (Country)": a system where the data lives.
    void systems(DraftActivity& activity, const std::string& cell, const std::string& at) {
        for (const std::string& item : items(cell)) {
            std::string name = without_parenthesis(item);
            std::string code = name.size() + 3 <= item.size()
                                   ? labels_.country_code(item.substr(
                                         name.size() + 2, item.size() - name.size() - 3))
                                   : std::string();
            if (code.empty()) {
                draft_.gap(activity, at,
                           "the sheet does not say in which country `" + item +
                               "` keeps the data; add it as a `[[system]]` with its `country`");
                continue;
            }
            activity.systems.push_back(place(draft_.systems, name, code, at));
        }
    }

    void dates(DraftActivity& activity, const std::string& updated, const std::string& review,
               const std::string& at) {
        for (const auto& [cell, out] :
             {std::pair{&updated, &activity.updated}, std::pair{&review, &activity.review}}) {
            if (cell->empty())
                continue;
            *out = dates_.iso(*cell);
            if (out->empty())
                draft_.note(Kind::left_out, at, "`" + *cell + "` is not a date");
        }
    }

    std::set<std::string> transferred_;    // parties named in a transfer column
    std::map<std::string, int> languages_; // how many headings were in each language

public:
    /// The language most headings were in: the model's, so that its reports are too.
    std::string language() const {
        auto most =
            std::max_element(languages_.begin(), languages_.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        return most == languages_.end() ? "en" : most->first;
    }

    /// privmap's own export lists every recipient outside the EEA or in an unknown country
    /// under its transfers: one it does not list is in the EEA.
    void parties_in_the_eea() {
        if (!own_export_)
            return;
        for (DraftParty& party : draft_.parties)
            if (party.country == "unknown" && !transferred_.count(party.id) &&
                !draft_.country.empty()) {
                party.country = draft_.country;
                party.gaps.push_back("the register lists no transfer to `" + party.name +
                                     "`, so it is in the EEA: " + draft_.country +
                                     " is assumed; set its `country`");
                draft_.note(Kind::guessed, "recipients",
                            "`" + party.name + "` in " + draft_.country +
                                " (rule: privmap's register lists every transfer outside the EEA)");
            }
    }
};

} // namespace

ImportResult read_xlsx(const std::string& source, const std::string& name,
                       const ImportOptions& options) {
    ImportResult result;
    Workbook book = read_workbook(source, result.error);
    if (!result.error.empty()) {
        result.error = name + ": " + result.error;
        return result;
    }
    Labels labels(options);
    Draft draft;
    draft.country = options.country;
    SheetImporter importer(draft, labels);
    bool any = false;
    for (const Sheet& sheet : book.sheets) {
        if (labels.overview_sheets.count(folded(sheet.name))) {
            draft.note(Kind::left_out, sheet.name,
                       "privmap's overview of the register: it regroups the entries of the "
                       "register's sheets");
            continue;
        }
        bool read = importer.sheet(sheet);
        any = any || read;
        if (!read)
            draft.note(Kind::left_out, sheet.name, "no row of the sheet has a register's headings");
    }
    if (!any) {
        result.error = name + " has no sheet with a register's column headings (privmap's own, "
                              "the ICO template's or the AP's)";
        return result;
    }
    if (draft.country.empty()) {
        result.error = "the sheet does not say where the organisation is established; give it "
                       "with --country (e.g. --country NL)";
        return result;
    }
    draft.language = importer.language();
    draft.organisation_name = book.company;
    if (!book.company.empty())
        draft.note(Kind::guessed, "docProps/app.xml",
                   "the organisation `" + book.company +
                       "` (rule: the workbook's Company property)");
    draft.name_organisation("the workbook");
    draft.title = "Register " + draft.organisation_name;
    importer.parties_in_the_eea();
    draft.parties_without_country("recipients");
    result.files = write_model(draft);
    result.entries = std::move(draft.entries);
    return result;
}

} // namespace privmap::importing
