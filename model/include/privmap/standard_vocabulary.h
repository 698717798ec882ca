// The standard vocabulary privmap ships: categories of personal data, categories of data
// subjects and purposes, in each of privmap's languages, with their GDPR flags and the fideslang
// key each corresponds to. A model uses a term by referring to `std:<id>` (`categories =
// ["std:bsn"]`) or extends it (`parent = "std:health"`); resolve() adds the terms a model refers
// to.
#pragma once

#include <array>
#include <optional>
#include <privmap/languages.h>
#include <privmap/model.h>
#include <span>
#include <string>
#include <string_view>

namespace privmap {

/// The prefix of a standard term's id: `std:health`.
inline constexpr std::string_view standard_prefix = "std:";

/// Whether `id` is written as a standard term (`std:` and an id); not whether the term exists.
bool is_standard_id(std::string_view id);

/// A text in each of privmap's `languages`, in the table's order: {"Address", "Adres", ...}.
struct StandardText {
    template <class... Texts>
    constexpr StandardText(const Texts&... texts) : text{std::string_view(texts)...} {
        static_assert(sizeof...(Texts) <= languages.size(), "more texts than languages");
    }
    /// The text in `language` (a BCP 47 tag such as `nl` or `nl-BE`); English for a language
    /// privmap does not speak or that the text lacks.
    std::string_view in(std::string_view language) const;

    std::array<std::string_view, languages.size()> text{};
};

struct StandardTerm {
    EntityKind kind;     // category, subject or purpose
    std::string_view id; // without the prefix: "bsn"
    StandardText name;
    StandardText description;
    std::string_view fideslang; // the fideslang 2 key: data category, data subject or data use

    // Categories: the GDPR flags (inherited by categories that extend the term).
    std::optional<Special> special = std::nullopt;
    bool national_id = false;
    bool highly_personal = false; // WP248 criterion 4
    std::string_view parent = {}; // a broader standard category, without the prefix

    // Subjects.
    bool vulnerable = false; // WP248 criterion 7
    bool children = false;   // Art. 8
    bool own_staff = false;  // the organisation's own employees (Art. 88, Recital 43)
};

/// Every standard term: categories, then subjects, then purposes, each sorted by id.
std::span<const StandardTerm> standard_terms();
/// The term `std:<id>` names (`id` with or without the prefix), or nullptr.
const StandardTerm* find_standard_term(std::string_view id);

/// The entity a model gets when it refers to `term`, named in `language`; its id carries the
/// prefix. Categories name their standard parent.
Subject standard_subject(const StandardTerm& term, std::string_view language);
Category standard_category(const StandardTerm& term, std::string_view language);
Purpose standard_purpose(const StandardTerm& term, std::string_view language);

} // namespace privmap
