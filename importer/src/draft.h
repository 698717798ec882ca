// The draft an importer fills from its source and the writer turns into model files: the
// model's entities as the source states them, and a comment for each gap.
#pragma once

#include <optional>
#include <privmap/import.h>
#include <set>
#include <string>
#include <vector>

namespace privmap::importing {

/// A subject, category or purpose of the model's own (a standard term needs none).
struct DraftTerm {
    std::string id;
    std::string name;
    std::vector<std::string> gaps; // comments written above it
};

struct DraftParty {
    std::string id;
    std::string name;
    std::string role = "recipient";
    std::string country = "unknown";
    std::string safeguard;
    std::vector<std::string> gaps;
};

struct DraftRetention {
    std::string period; // an ISO 8601 duration
    std::string basis;
};

struct DraftActivity {
    std::string id;
    std::string name;
    std::string reference;
    std::string description;
    std::string role = "controller";
    std::vector<std::string> purposes, subjects, categories, recipients;
    std::string lawful_basis;
    std::string basis_reference;
    std::optional<DraftRetention> retention;
    std::string dpia; // the id of the [[dpia]] written for it
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
    std::vector<DraftActivity> activities;
    std::vector<DraftDpia> dpias;
    std::vector<ImportEntry> entries;
    std::set<std::string> ids; // every id given out, across kinds

    void note(ImportEntry::Kind kind, std::string where, std::string what) {
        entries.push_back({kind, std::move(where), std::move(what)});
    }
    /// An id for `name` that no entity has yet: "Burgers" -> "burgers", then "burgers-2".
    std::string new_id(std::string_view name, std::string_view fallback);
};

/// The model directory: model.toml, and a file per kind of entity.
std::map<std::string, std::string> write_model(const Draft&);

/// A text value in the vocabulary's terms: the `std:` term whose name (in Dutch or English)
/// or a known synonym matches `text`, or "" with `rule` empty. `rule` says which rule matched
/// when it was a guess (a synonym or a word inside a longer text).
struct TermMatch {
    std::string id;   // "std:bsn"
    std::string rule; // "" for an exact name; else "`bsn` in the text"
};
TermMatch match_standard_term(std::string_view text, int kind /* EntityKind */);

} // namespace privmap::importing
