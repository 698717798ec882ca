// `--from avg-register`: the JSON export of a register in the fields of the AVG Register
// Rijksoverheid (docs/import.md gives the shape privmap reads). Every record becomes an
// activity; Dutch values are mapped to the model language and the standard vocabulary where
// the mapping is certain or a stated rule makes it likely, and are a GAP comment otherwise.
#include "draft.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <privmap/model.h>
#include <privmap/standard_vocabulary.h>
#include <privmap/types.h>

namespace privmap::importing {
namespace {

using json = nlohmann::json;
using Kind = ImportEntry::Kind;

std::string text_of(const json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number() || value.is_boolean())
        return value.dump();
    return {};
}

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

/// Art. 6(1) as registers write it, in Dutch and English; the first word found decides.
std::string lawful_basis(std::string_view written) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> words{{
        {"toestemming", "consent"},
        {"consent", "consent"},
        {"overeenkomst", "contract"},
        {"contract", "contract"},
        {"wettelijke verplichting", "legal-obligation"},
        {"legal obligation", "legal-obligation"},
        {"vitaal", "vital-interests"},
        {"vital", "vital-interests"},
        {"algemeen belang", "public-task"},
        {"openbaar gezag", "public-task"},
        {"public task", "public-task"},
        {"public interest", "public-task"},
        {"gerechtvaardigd", "legitimate-interests"},
        {"legitimate", "legitimate-interests"},
    }};
    std::string text = lower(std::string(written));
    for (const auto& [word, basis] : words)
        if (text.find(word) != std::string::npos)
            return std::string(basis);
    return {};
}

/// "7 jaar", "6 maanden", "4 weken", "30 dagen", "P7Y": an ISO 8601 duration, or "".
std::string retention_period(std::string_view written) {
    if (Duration::parse(written))
        return std::string(written);
    std::string text = lower(std::string(written));
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 4)
        return {};
    std::string unit = text.substr(digits);
    while (!unit.empty() && unit.front() == ' ')
        unit.erase(0, 1);
    static constexpr std::array<std::pair<std::string_view, char>, 8> units{{
        {"jaar", 'Y'},
        {"year", 'Y'},
        {"maand", 'M'},
        {"month", 'M'},
        {"week", 'W'},
        {"weken", 'W'},
        {"dag", 'D'},
        {"day", 'D'},
    }};
    for (const auto& [word, letter] : units)
        if (unit.rfind(word, 0) == 0 && unit.find_first_of("0123456789") == std::string::npos &&
            unit.size() <= word.size() + 3) // "jaar", "jaren", "maanden", "years"
            return "P" + text.substr(0, digits) + letter;
    return {};
}

std::string party_role(std::string_view written) {
    std::string text = lower(std::string(written));
    if (text.find("subverwerker") != std::string::npos ||
        text.find("sub-processor") != std::string::npos)
        return "sub-processor";
    if (text.find("verwerker") != std::string::npos || text.find("processor") != std::string::npos)
        return "processor";
    if (text.find("toezicht") != std::string::npos || text.find("overheid") != std::string::npos ||
        text.find("authority") != std::string::npos)
        return "authority";
    return {};
}

std::string safeguard(std::string_view written) {
    std::string text = lower(std::string(written));
    if (text.find("adequa") != std::string::npos)
        return "adequacy";
    if (text.find("modelcontract") != std::string::npos || text.find("scc") != std::string::npos ||
        text.find("standard contractual") != std::string::npos)
        return "scc";
    if (text.find("bcr") != std::string::npos ||
        text.find("bindende bedrijfsvoorschriften") != std::string::npos)
        return "bcr";
    return {};
}

/// `key` of `object` when it is `true`; any other value (or none) is false, never an exception.
bool flag(const json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_boolean() && found->get<bool>();
}

bool is_country(std::string_view code) {
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

class Reader {
public:
    explicit Reader(Draft& draft) : draft_(draft) {}

    void organisation(const json& org) {
        const std::string at = "organisatie";
        static const json none = json::object();
        for (const auto& [key, value] : (org.is_object() ? org : none).items()) {
            std::string text = text_of(value);
            if (key == "naam")
                draft_.organisation_name = text;
            else if (key == "land" && is_country(text))
                draft_.country = text;
            else if (key == "email")
                draft_.email = text;
            else if (key == "telefoon")
                draft_.phone = text;
            else if (key == "adres")
                draft_.address = text;
            else if (key == "functionaris_gegevensbescherming" && value.is_object()) {
                draft_.dpo_name = text_of(value.value("naam", json()));
                draft_.dpo_email = text_of(value.value("email", json()));
            } else {
                draft_.note(Kind::left_out, at + "." + key,
                            "privmap has no place for `" + key + "`");
                continue;
            }
            draft_.note(Kind::imported, at + "." + key, "`" + key + "`");
        }
        if (draft_.organisation_name.empty()) {
            draft_.organisation_name = "(unknown)";
            draft_.organisation_gaps.push_back("the register does not name the organisation; "
                                               "replace `(unknown)` with its legal name");
            draft_.note(Kind::gap, at + ".naam", "no name of the organisation");
        }
        if (draft_.country.empty()) {
            draft_.country = "NL";
            draft_.organisation_gaps.push_back(
                "the register gives no country; NL is assumed because the AVG Register is the "
                "Dutch central government's");
            draft_.note(Kind::guessed, at + ".land",
                        "country `NL` (rule: the AVG Register is Dutch)");
        }
        draft_.organisation_id = draft_.new_id(draft_.organisation_name, "organisation");
    }

    void record(const json& record, const std::string& at) {
        DraftActivity activity;
        std::string name = text_of(record.value("naam", json()));
        activity.name = name.empty() ? "(unnamed)" : name;
        activity.id = draft_.new_id(name, "activity");
        if (name.empty())
            gap(activity, at + ".naam", "the record has no name");
        for (const auto& [key, value] : record.items())
            field(activity, key, value, at + "." + key);
        if (activity.purposes.empty())
            gap(activity, at + ".doeleinden", "the record names no purpose (Art. 30(1)(b))");
        if (activity.lawful_basis.empty() && !record.contains("grondslag"))
            gap(activity, at + ".grondslag", "the record names no lawful basis (Art. 6(1))");
        if (activity.subjects.empty())
            gap(activity, at + ".categorieen_betrokkenen",
                "the record names no categories of data subjects; add them to `subjects`");
        if (activity.categories.empty())
            gap(activity, at + ".categorieen_persoonsgegevens",
                "the record names no categories of personal data; add them to `categories`");
        if (!activity.retention && !record.contains("bewaartermijn"))
            gap(activity, at + ".bewaartermijn", "the record gives no retention period");
        draft_.activities.push_back(std::move(activity));
    }

private:
    Draft& draft_;

    void gap(DraftActivity& activity, const std::string& at, const std::string& what) {
        activity.gaps.push_back(what);
        draft_.note(Kind::gap, at, what);
    }

    static std::vector<std::string> texts(const json& value) {
        std::vector<std::string> out;
        if (value.is_array()) {
            for (const json& item : value)
                if (std::string text = text_of(item); !text.empty())
                    out.push_back(text);
        } else if (std::string text = text_of(value); !text.empty())
            out.push_back(text);
        return out;
    }

    /// A subject, category or purpose named `text`: a standard term when one matches, else a
    /// term of the model's own (one per distinct name).
    std::string term(std::string_view text, EntityKind kind, const std::string& at) {
        TermMatch match = match_standard_term(text, static_cast<int>(kind));
        if (!match.id.empty()) {
            draft_.note(match.rule.empty() ? Kind::imported : Kind::guessed, at,
                        "`" + std::string(text) + "` as `" + match.id + "`" +
                            (match.rule.empty() ? "" : " (rule: " + match.rule + ")"));
            return match.id;
        }
        std::vector<DraftTerm>& terms = kind == EntityKind::subject    ? draft_.subjects
                                        : kind == EntityKind::category ? draft_.categories
                                                                       : draft_.purposes;
        for (const DraftTerm& existing : terms)
            if (existing.name == text)
                return existing.id;
        DraftTerm own{draft_.new_id(text, std::string(to_name(kind))), std::string(text), {}};
        draft_.note(Kind::imported, at,
                    "`" + std::string(text) + "` as a " + std::string(to_name(kind)) +
                        " of its own, `" + own.id + "`");
        terms.push_back(std::move(own));
        return terms.back().id;
    }

    static std::string_view to_name(EntityKind kind) {
        return kind == EntityKind::subject    ? "subject"
               : kind == EntityKind::category ? "category"
                                              : "purpose";
    }

    void special(DraftActivity& activity, const json& value, const std::string& at) {
        for (const std::string& text : texts(value)) {
            std::string id = term(text, EntityKind::category, at);
            activity.categories.push_back(id);
            if (id.starts_with(standard_prefix))
                continue;
            for (DraftTerm& own : draft_.categories)
                if (own.id == id && own.gaps.empty()) {
                    own.gaps.push_back("the register lists `" + text +
                                       "` as special data, but not which Art. 9(1) kind; set "
                                       "`special` or `parent = \"std:...\"`");
                    draft_.note(Kind::gap, at, "which Art. 9 kind `" + text + "` is");
                }
        }
    }

    void recipients(DraftActivity& activity, const json& value, const std::string& at) {
        if (!value.is_array())
            return draft_.note(Kind::left_out, at, "`ontvangers` is not a list");
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            std::string where = at + "[" + std::to_string(i) + "]";
            DraftParty& party = party_named(
                item.is_object() ? text_of(item.value("naam", json())) : text_of(item), where);
            activity.recipients.push_back(party.id);
            if (!item.is_object())
                continue;
            if (std::string role = party_role(text_of(item.value("soort", json()))); !role.empty())
                party.role = role;
            if (std::string land = text_of(item.value("land", json())); is_country(land))
                party.country = land;
        }
    }

    DraftParty& party_named(const std::string& name, const std::string& at) {
        for (DraftParty& party : draft_.parties)
            if (party.name == name)
                return party;
        DraftParty party;
        party.name = name.empty() ? "(unnamed recipient)" : name;
        party.id = draft_.new_id(name, "recipient");
        draft_.note(Kind::imported, at,
                    "recipient `" + party.name + "` as party `" + party.id + "`");
        draft_.parties.push_back(std::move(party));
        return draft_.parties.back();
    }

    void transfers(DraftActivity& activity, const json& value, const std::string& at) {
        if (!value.is_array())
            return draft_.note(Kind::left_out, at, "`doorgifte` is not a list");
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            std::string where = at + "[" + std::to_string(i) + "]";
            if (!item.is_object())
                continue;
            DraftParty& party = party_named(text_of(item.value("ontvanger", json())), where);
            if (std::find(activity.recipients.begin(), activity.recipients.end(), party.id) ==
                activity.recipients.end())
                activity.recipients.push_back(party.id);
            if (std::string land = text_of(item.value("land", json())); is_country(land))
                party.country = land;
            std::string written = text_of(item.value("waarborg", json()));
            party.safeguard = safeguard(written);
            if (party.safeguard.empty() && !written.empty()) {
                party.gaps.push_back("the register names the safeguard `" + written +
                                     "`, which is not adequacy, SCC or BCR; set `safeguard`");
                draft_.note(Kind::gap, where + ".waarborg", "safeguard `" + written + "`");
            }
        }
    }

    void dpia(DraftActivity& activity, const json& value, const std::string& at) {
        if (!value.is_object() || !flag(value, "uitgevoerd"))
            return draft_.note(Kind::imported, at, "no DPIA carried out");
        DraftDpia dpia{draft_.new_id("dpia " + activity.name, "dpia"),
                       "DPIA " + activity.name,
                       activity.id,
                       "",
                       {}};
        std::string date = text_of(value.value("datum", json()));
        if (Date::parse(date))
            dpia.approved = date;
        else
            dpia.gaps.push_back("the register gives no date for this DPIA; set `status` and "
                                "`approved` when it was approved");
        activity.dpia = dpia.id;
        draft_.note(Kind::imported, at, "DPIA `" + dpia.id + "`");
        draft_.dpias.push_back(std::move(dpia));
    }

    void field(DraftActivity& activity, const std::string& key, const json& value,
               const std::string& at) {
        std::string text = text_of(value);
        if (key == "naam")
            return;
        if (key == "id")
            activity.reference = text;
        else if (key == "omschrijving")
            activity.description = text;
        else if (key == "rol") {
            std::string role = lower(text);
            activity.role = role.find("verwerker") != std::string::npos     ? "processor"
                            : role.find("gezamenlijk") != std::string::npos ? "joint-controller"
                                                                            : "controller";
        } else if (key == "doeleinden") {
            for (const std::string& purpose : texts(value))
                activity.purposes.push_back(term(purpose, EntityKind::purpose, at));
            return;
        } else if (key == "categorieen_betrokkenen") {
            for (const std::string& subject : texts(value))
                activity.subjects.push_back(term(subject, EntityKind::subject, at));
            return;
        } else if (key == "categorieen_persoonsgegevens") {
            for (const std::string& category : texts(value))
                activity.categories.push_back(term(category, EntityKind::category, at));
            return;
        } else if (key == "bijzondere_persoonsgegevens") {
            return special(activity, value, at);
        } else if (key == "grondslag") {
            activity.lawful_basis = lawful_basis(text);
            if (activity.lawful_basis.empty()) {
                gap(activity, at,
                    "the register's lawful basis `" + text +
                        "` is none of Art. 6(1)'s; set `lawful_basis`");
                return;
            }
            draft_.note(Kind::guessed, at,
                        "`" + text + "` as `" + activity.lawful_basis + "` (rule: its wording)");
            return;
        } else if (key == "wettelijke_basis")
            activity.basis_reference = text;
        else if (key == "bewaartermijn") {
            std::string period = retention_period(text);
            if (period.empty()) {
                gap(activity, at,
                    "the register's retention `" + text +
                        "` is not a period; set `retention = { period = \"P...\" }`");
                return;
            }
            activity.retention = DraftRetention{period, ""};
        } else if (key == "ontvangers")
            return recipients(activity, value, at);
        else if (key == "doorgifte")
            return transfers(activity, value, at);
        else if (key == "dpia")
            return dpia(activity, value, at);
        else
            return draft_.note(Kind::left_out, at, "privmap has no place for `" + key + "`");
        draft_.note(Kind::imported, at, "`" + key + "`");
    }
};

} // namespace

ImportResult read_avg_register(const std::string& source, const std::string& name) {
    ImportResult result;
    json document = json::parse(source, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        result.error = name + " is not a JSON object (the AVG Register export is one object "
                              "with `organisatie` and `verwerkingen`)";
        return result;
    }
    Draft draft;
    draft.title = "Verwerkingsregister";
    Reader reader(draft);
    reader.organisation(document.value("organisatie", json::object()));
    draft.title = "Verwerkingsregister " + draft.organisation_name;
    const json& records = document.value("verwerkingen", json::array());
    if (!records.is_array() || records.empty())
        draft.note(ImportEntry::Kind::gap, "verwerkingen", "no records of processing");
    else
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].is_object())
                reader.record(records[i], "verwerkingen[" + std::to_string(i) + "]");
    for (DraftParty& party : draft.parties)
        if (party.country == "unknown") {
            party.gaps.push_back("the register does not say where `" + party.name +
                                 "` processes the data; set `country`");
            draft.note(ImportEntry::Kind::gap, "ontvangers", "the country of `" + party.name + "`");
        }
    for (const auto& [key, value] : document.items())
        if (key != "organisatie" && key != "verwerkingen")
            draft.note(ImportEntry::Kind::left_out, key, "privmap has no place for `" + key + "`");
    result.files = write_model(draft);
    result.entries = std::move(draft.entries);
    return result;
}

} // namespace privmap::importing
