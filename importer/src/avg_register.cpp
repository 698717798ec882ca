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

/// `key` of `object` when it is `true`; any other value (or none) is false, never an exception.
bool flag(const json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_boolean() && found->get<bool>();
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
                draft_.left_out(at + "." + key, key);
                continue;
            }
            draft_.note(Kind::imported, at + "." + key, "`" + key + "`");
        }
        draft_.name_organisation(at + ".naam");
        if (draft_.country.empty()) {
            draft_.country = "NL";
            draft_.organisation_gaps.push_back(
                "the register gives no country; NL is assumed because the AVG Register is the "
                "Dutch central government's");
            draft_.note(Kind::guessed, at + ".land",
                        "country `NL` (rule: the AVG Register is Dutch)");
        }
    }

    void record(const json& record, const std::string& at) {
        DraftActivity activity;
        std::string name = text_of(record.value("naam", json()));
        activity.name = name.empty() ? "(unnamed)" : name;
        activity.id = draft_.new_id(name, "activity");
        if (name.empty())
            draft_.gap(activity, at + ".naam", "the record has no name");
        for (const auto& [key, value] : record.items())
            field(activity, key, value, at + "." + key);
        if (activity.purposes.empty())
            draft_.gap(activity, at + ".doeleinden", "the record names no purpose (Art. 30(1)(b))");
        if (activity.lawful_basis.empty() && !record.contains("grondslag"))
            draft_.gap(activity, at + ".grondslag", "the record names no lawful basis (Art. 6(1))");
        if (activity.subjects.empty())
            draft_.gap(activity, at + ".categorieen_betrokkenen",
                       "the record names no categories of data subjects; add them to `subjects`");
        if (activity.categories.empty())
            draft_.gap(activity, at + ".categorieen_persoonsgegevens",
                       "the record names no categories of personal data; add them to `categories`");
        if (activity.retention.empty() && !record.contains("bewaartermijn"))
            draft_.gap(activity, at + ".bewaartermijn", "the record gives no retention period");
        draft_.activities.push_back(std::move(activity));
    }

private:
    Draft& draft_;

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

    void special(DraftActivity& activity, const json& value, const std::string& at) {
        for (const std::string& text : texts(value)) {
            std::string id = draft_.term(text, EntityKind::category, at);
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
            DraftParty& party = draft_.party_named(
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

    void transfers(DraftActivity& activity, const json& value, const std::string& at) {
        if (!value.is_array())
            return draft_.note(Kind::left_out, at, "`doorgifte` is not a list");
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            std::string where = at + "[" + std::to_string(i) + "]";
            if (!item.is_object())
                continue;
            DraftParty& party = draft_.party_named(text_of(item.value("ontvanger", json())), where);
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
                activity.purposes.push_back(draft_.term(purpose, EntityKind::purpose, at));
            return;
        } else if (key == "categorieen_betrokkenen") {
            for (const std::string& subject : texts(value))
                activity.subjects.push_back(draft_.term(subject, EntityKind::subject, at));
            return;
        } else if (key == "categorieen_persoonsgegevens") {
            for (const std::string& category : texts(value))
                activity.categories.push_back(draft_.term(category, EntityKind::category, at));
            return;
        } else if (key == "bijzondere_persoonsgegevens") {
            return special(activity, value, at);
        } else if (key == "grondslag") {
            activity.lawful_basis = lawful_basis(text);
            if (activity.lawful_basis.empty()) {
                draft_.gap(activity, at,
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
                draft_.gap(activity, at,
                           "the register's retention `" + text +
                               "` is not a period; set `retention = { period = \"P...\" }`");
                return;
            }
            activity.retention.push_back(DraftRetention{period, "", "", {}, ""});
        } else if (key == "ontvangers")
            return recipients(activity, value, at);
        else if (key == "doorgifte")
            return transfers(activity, value, at);
        else if (key == "dpia")
            return dpia(activity, value, at);
        else
            return draft_.left_out(at, key);
        draft_.note(Kind::imported, at, "`" + key + "`");
    }
};

} // namespace

ImportResult read_avg_register(const std::string& source, const std::string& name,
                               const ImportOptions& options) {
    ImportResult result;
    json document = json::parse(source, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        result.error = name + " is not a JSON object (the AVG Register export is one object "
                              "with `organisatie` and `verwerkingen`)";
        return result;
    }
    Draft draft;
    draft.title = "Verwerkingsregister";
    draft.country = options.country;
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
    draft.parties_without_country("ontvangers");
    for (const auto& [key, value] : document.items())
        if (key != "organisatie" && key != "verwerkingen")
            draft.left_out(key, key);
    result.files = write_model(draft);
    result.entries = std::move(draft.entries);
    return result;
}

} // namespace privmap::importing
