// The draft an importer fills from its source and the writer turns into model files: the
// model's entities as the source states them, and a comment for each gap.
#pragma once

#include <optional>
#include <privmap/import.h>
#include <privmap/model.h>
#include <set>
#include <string>
#include <vector>

namespace privmap::importing {

/// A subject, category or purpose of the model's own (a standard term needs none).
struct DraftTerm {
    std::string id;
    std::string name;
    std::string parent;            // a category's broader category: "std:contact" or ""
    std::string special;           // a category's Art. 9(1) kind or `criminal`, or ""
    std::vector<std::string> gaps; // comments written above it
};

struct DraftParty {
    std::string id;
    std::string name;
    std::string role = "recipient";
    std::string country = "unknown";
    std::string safeguard;
    std::string dpa;     // the reference of its processing agreement
    std::string email;   // `contact.email`
    std::string address; // its postal address
    std::vector<std::string> gaps;
};

struct DraftRetention {
    std::string period; // an ISO 8601 duration or a period keyword
    std::string basis;
    std::string from;
    std::vector<std::string> categories; // the ids it applies to; empty: all
    std::string deletion;                // "automatic", "manual" or ""
};

/// A measure or a system of the model's own (a system says where it keeps the data).
struct DraftPlace {
    std::string id;
    std::string name;
    std::string country; // systems only
    std::vector<std::string> gaps;
};

struct DraftActivity {
    std::string id;
    std::string name;
    std::string reference;
    std::string description;
    std::string department;
    std::string owner;
    std::string status; // "planned", or "" for the default
    std::string role = "controller";
    std::vector<std::string> controllers; // parties: joint controllers, or whom it processes for
    std::vector<std::string> purposes, subjects, categories, recipients;
    std::vector<std::string> source, measures, systems;
    std::string lawful_basis;
    std::string basis_reference;
    std::string special_condition;
    std::vector<DraftRetention> retention;
    std::string dpia;    // the id of the [[dpia]] written for it
    std::string updated; // YYYY-MM-DD or ""
    std::string review;  // YYYY-MM-DD or ""
    std::vector<std::string> gaps;
};

struct DraftDpia {
    std::string id;
    std::string title;
    std::string activity;
    std::string approved; // YYYY-MM-DD or ""
    std::vector<std::string> gaps;
};

struct Draft {
    std::string title;
    std::string language = "nl";
    std::string organisation_id = "organisation";
    std::string organisation_name;
    std::string country;
    std::string email, phone, address;
    std::string dpo_name, dpo_email;
    std::vector<std::string> organisation_gaps;
    std::vector<DraftTerm> subjects, categories, purposes;
    std::vector<DraftParty> parties;
    std::vector<DraftPlace> measures, systems;
    std::vector<DraftActivity> activities;
    std::vector<DraftDpia> dpias;
    std::vector<ImportEntry> entries;
    std::set<std::string> ids; // every id given out, across kinds

    void note(ImportEntry::Kind kind, std::string where, std::string what) {
        entries.push_back({kind, std::move(where), std::move(what)});
    }
    /// An id for `name` that no entity has yet: "Burgers" -> "burgers", then "burgers-2".
    std::string new_id(std::string_view name, std::string_view fallback);

    std::vector<DraftTerm>& terms(EntityKind kind);
    /// The model's own subject, category or purpose named `name`, made on first use (`at` is
    /// where the source names it); its id.
    std::string own_term(std::string_view name, EntityKind kind, const std::string& at);
    /// `text` as a standard term when its name (or, with `synonyms`, a synonym) matches, else
    /// as a term of its own.
    std::string term(std::string_view text, EntityKind kind, const std::string& at,
                     bool synonyms = true);
    /// The party named `name`, made on first use as a recipient in an unknown country.
    DraftParty& party_named(const std::string& name, const std::string& at);
    /// A gap of `activity`: a comment above it and an entry of the report.
    void gap(DraftActivity& activity, const std::string& at, const std::string& what);
    /// A value of the source at `at` whose key (`key`) the model has no place for.
    void left_out(const std::string& at, const std::string& key);
    /// The organisation's id; "(unknown)" with a GAP as its name when the source gave none.
    void name_organisation(const std::string& at);
    /// A GAP comment on every party whose country the source did not give.
    void parties_without_country(const std::string& at);
};

/// Art. 6(1) as registers write it, in Dutch and English ("Wettelijke verplichting", "Legal
/// obligations", "Taak van algemeen belang"): a `lawful_basis` value, or "".
std::string lawful_basis(std::string_view written);
/// "7 jaar", "6 maanden", "4 weeks", "30 days", "P7Y": an ISO 8601 duration, or "".
std::string retention_period(std::string_view written);
/// A party's role as registers write it (verwerker, sub-processor, toezichthouder ...), or "".
std::string party_role(std::string_view written);
/// A Chapter V safeguard as registers write it (adequacy, SCC, BCR), or "".
std::string safeguard(std::string_view written);
/// Lower-case ASCII, for comparing names: "Financiële gegevens" -> "financiele gegevens".
std::string folded(std::string_view text);
/// ASCII letters in lower case; other bytes unchanged.
std::string lower(std::string text);
/// An ISO 3166-1 alpha-2 code as written: two capital letters.
bool is_country(std::string_view code);

/// The model directory: model.toml, and a file per kind of entity.
std::map<std::string, std::string> write_model(const Draft&);

/// A text value in the vocabulary's terms: the `std:` term whose name (in Dutch or English)
/// or a known synonym matches `text`, or "" with `rule` empty. `rule` says which rule matched
/// when it was a guess (a synonym or a word inside a longer text).
struct TermMatch {
    std::string id;   // "std:bsn"
    std::string rule; // "" for an exact name; else "`bsn` in the text"
};
TermMatch match_standard_term(std::string_view text, EntityKind kind, bool synonyms = true);

/// A fideslang key in the vocabulary's terms: the `std:` term whose fideslang key it is. Where
/// several terms share the key, the one the others extend (`user.financial` is
/// `std:financial`, not `std:salary`); where none does, no term, and `rule` lists them.
/// With `broader`, a category key the vocabulary lacks matches the term of its nearest
/// broader key (`user.device.cookie_id` -> `user.device`, `std:online-identifiers`), and
/// `rule` says so.
TermMatch match_fideslang_term(std::string_view key, EntityKind kind, bool broader);

} // namespace privmap::importing
