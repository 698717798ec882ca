#include "draft.h"

#include <array>
#include <memory>
#include <privmap/standard_vocabulary.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace privmap::importing {
namespace {

/// Words that name a standard term in registers though they are not its name.
struct Synonym {
    std::string_view word; // folded
    std::string_view term;
};
constexpr std::array synonyms{
    Synonym{"bsn", "bsn"},
    Synonym{"burgerservicenummer", "bsn"},
    Synonym{"naw", "contact"},
    Synonym{"e-mail", "email"},
    Synonym{"adres", "address"},
    Synonym{"telefoon", "phone"},
    Synonym{"gezondheid", "health"},
    Synonym{"medisch", "health"},
    Synonym{"ziekte", "sick-leave"},
    Synonym{"verzuim", "sick-leave"},
    Synonym{"camera", "camera-images"},
    Synonym{"biometri", "biometric"},
    Synonym{"vingerafdruk", "fingerprint"},
    Synonym{"strafrecht", "criminal"},
    Synonym{"criminal", "criminal"},
    Synonym{"iban", "bank-account"},
    Synonym{"bankrekening", "bank-account"},
    Synonym{"salaris", "salary"},
    Synonym{"financ", "financial"},
    Synonym{"locatie", "location"},
    Synonym{"location", "location"},
    Synonym{"geboortedatum", "date-of-birth"},
    Synonym{"ip-adres", "online-identifiers"},
    Synonym{"cookie", "online-identifiers"},
    Synonym{"paspoort", "identity-document"},
    Synonym{"identiteitsbewijs", "identity-document"},
    Synonym{"religie", "religious-beliefs"},
    Synonym{"etnisch", "racial-ethnic-origin"},
    Synonym{"vakbond", "trade-union"},
    Synonym{"politiek", "political-opinions"},
    Synonym{"werknemer", "employees"},
    Synonym{"medewerker", "employees"},
    Synonym{"personeel", "employees"},
    Synonym{"sollicitant", "job-applicants"},
    Synonym{"klant", "customers"},
    Synonym{"kinderen", "children"},
    Synonym{"leerling", "children"},
    Synonym{"patient", "patients"},
    Synonym{"bezoeker", "visitors"},
    Synonym{"leverancier", "supplier-contacts"},
};

} // namespace

std::string folded(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    static std::unique_ptr<icu::Transliterator> ascii(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (ascii)
        ascii->transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

TermMatch match_standard_term(std::string_view text, EntityKind kind, bool synonyms) {
    // Every term's names folded once: folding is an ICU transliteration, and a register of
    // a thousand rows asks for tens of thousands of terms.
    static const std::vector<std::pair<std::string, const StandardTerm*>> names = [] {
        std::vector<std::pair<std::string, const StandardTerm*>> out;
        for (const StandardTerm& term : standard_terms()) {
            for (std::string_view name : term.name.text)
                if (!name.empty())
                    out.emplace_back(folded(name), &term);
            out.emplace_back(std::string(term.id), &term);
        }
        return out;
    }();
    std::string wanted = folded(text);
    auto of_kind = [&](const StandardTerm& term) { return term.kind == kind; };
    for (const auto& [name, term] : names)
        if (of_kind(*term) && name == wanted)
            return {std::string(standard_prefix) + std::string(term->id), ""};
    if (!synonyms)
        return {};
    for (const Synonym& synonym : importing::synonyms) {
        const StandardTerm* term = find_standard_term(synonym.term);
        if (term && of_kind(*term) && wanted.find(synonym.word) != std::string::npos)
            return {std::string(standard_prefix) + std::string(term->id),
                    "`" + std::string(synonym.word) + "` in the text"};
    }
    return {};
}

std::string Draft::new_id(std::string_view name, std::string_view fallback) {
    std::string id;
    for (char c : folded(name)) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            id.push_back(c);
        else if (!id.empty() && id.back() != '-')
            id.push_back('-');
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.size() > 56)
        id.resize(56);
    if (id.empty())
        id = fallback;
    std::string unique = id;
    for (int n = 2; ids.count(unique); ++n)
        unique = id + "-" + std::to_string(n);
    ids.insert(unique);
    return unique;
}

namespace {

/// The terms whose fideslang key is exactly `key`, the broadest first: a term that another
/// candidate extends comes before it.
std::vector<const StandardTerm*> fideslang_candidates(std::string_view key, EntityKind kind) {
    std::vector<const StandardTerm*> found;
    for (const StandardTerm& term : standard_terms())
        if (term.kind == kind && term.fideslang == key)
            found.push_back(&term);
    return found;
}

/// The candidate every other candidate extends, or nullptr.
const StandardTerm* broadest(const std::vector<const StandardTerm*>& candidates) {
    for (const StandardTerm* term : candidates) {
        bool others_extend_it = true;
        for (const StandardTerm* other : candidates)
            if (other != term && other->parent != term->id)
                others_extend_it = false;
        if (others_extend_it)
            return term;
    }
    return nullptr;
}

std::string with_prefix(std::string_view id) {
    return std::string(standard_prefix) + std::string(id);
}

} // namespace

TermMatch match_fideslang_term(std::string_view key, EntityKind kind, bool broader) {
    for (std::string_view wanted = key; !wanted.empty();) {
        std::vector<const StandardTerm*> candidates = fideslang_candidates(wanted, kind);
        if (const StandardTerm* term = broadest(candidates))
            return {with_prefix(term->id),
                    wanted == key
                        ? ""
                        : "`" + std::string(key) + "` is a kind of `" + std::string(wanted) + "`"};
        if (!candidates.empty()) {
            std::string rule = "`" + std::string(wanted) + "` is the fideslang key of";
            for (const StandardTerm* term : candidates)
                rule += " `" + with_prefix(term->id) + "`";
            return {"", rule};
        }
        std::size_t dot = wanted.rfind('.');
        if (!broader || dot == std::string_view::npos)
            break;
        wanted = wanted.substr(0, dot);
    }
    return {};
}

std::vector<DraftTerm>& Draft::terms(EntityKind kind) {
    return kind == EntityKind::subject    ? subjects
           : kind == EntityKind::category ? categories
                                          : purposes;
}

namespace {
std::string_view kind_name(EntityKind kind) {
    return kind == EntityKind::subject    ? "subject"
           : kind == EntityKind::category ? "category"
                                          : "purpose";
}
} // namespace

std::string Draft::own_term(std::string_view name, EntityKind kind, const std::string& at) {
    std::vector<DraftTerm>& own = terms(kind);
    for (const DraftTerm& existing : own)
        if (existing.name == name)
            return existing.id;
    DraftTerm term{new_id(name, kind_name(kind)), std::string(name), "", "", {}};
    note(ImportEntry::Kind::imported, at,
         "`" + std::string(name) + "` as a " + std::string(kind_name(kind)) + " of its own, `" +
             term.id + "`");
    own.push_back(std::move(term));
    return own.back().id;
}

std::string Draft::term(std::string_view text, EntityKind kind, const std::string& at,
                        bool synonyms) {
    TermMatch match = match_standard_term(text, kind, synonyms);
    if (match.id.empty())
        return own_term(text, kind, at);
    note(match.rule.empty() ? ImportEntry::Kind::imported : ImportEntry::Kind::guessed, at,
         "`" + std::string(text) + "` as `" + match.id + "`" +
             (match.rule.empty() ? "" : " (rule: " + match.rule + ")"));
    return match.id;
}

DraftParty& Draft::party_named(const std::string& name, const std::string& at) {
    for (DraftParty& party : parties)
        if (party.name == name)
            return party;
    DraftParty party;
    party.name = name.empty() ? "(unnamed recipient)" : name;
    party.id = new_id(name, "recipient");
    note(ImportEntry::Kind::imported, at,
         "recipient `" + party.name + "` as party `" + party.id + "`");
    parties.push_back(std::move(party));
    return parties.back();
}

void Draft::gap(DraftActivity& activity, const std::string& at, const std::string& what) {
    activity.gaps.push_back(what);
    note(ImportEntry::Kind::gap, at, what);
}

void Draft::left_out(const std::string& at, const std::string& key) {
    note(ImportEntry::Kind::left_out, at, "privmap has no place for `" + key + "`");
}

void Draft::name_organisation(const std::string& at) {
    if (organisation_name.empty()) {
        organisation_name = "(unknown)";
        organisation_gaps.push_back("the source does not name the organisation; replace "
                                    "`(unknown)` with its legal name");
        note(ImportEntry::Kind::gap, at, "no name of the organisation");
    }
    organisation_id = new_id(organisation_name, "organisation");
}

void Draft::parties_without_country(const std::string& at) {
    for (DraftParty& party : parties)
        if (party.country == "unknown") {
            party.gaps.push_back("the register does not say where `" + party.name +
                                 "` processes the data; set `country`");
            note(ImportEntry::Kind::gap, at, "the country of `" + party.name + "`");
        }
}

} // namespace privmap::importing
