#include "draft.h"

#include <array>
#include <memory>
#include <privmap/standard_vocabulary.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace privmap::importing {
namespace {

/// Lowercase ASCII for comparing and for ids: "Financiële gegevens" -> "financiele gegevens".
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

TermMatch match_standard_term(std::string_view text, int kind) {
    std::string wanted = folded(text);
    auto of_kind = [&](const StandardTerm& term) { return static_cast<int>(term.kind) == kind; };
    for (const StandardTerm& term : standard_terms())
        if (of_kind(term) &&
            (folded(term.name.nl) == wanted || folded(term.name.en) == wanted || term.id == wanted))
            return {std::string(standard_prefix) + std::string(term.id), ""};
    for (const Synonym& synonym : synonyms) {
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

} // namespace privmap::importing
