#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace privmap::rules::lawfulness {
namespace {

/// The GDPR's own age, where a Member State set none (Art. 8(1)).
constexpr int gdpr_default_age = 16;

/// Ages of digital consent set by national law under Art. 8(1) (situation 2025).
constexpr std::array<std::pair<std::string_view, int>, 30> national_ages{{
    {"AT", 14}, {"BE", 13}, {"BG", 14}, {"CY", 14}, {"CZ", 15}, {"DE", 16}, {"DK", 13}, {"EE", 13},
    {"ES", 14}, {"FI", 13}, {"FR", 15}, {"GR", 15}, {"HR", 16}, {"HU", 16}, {"IE", 16}, {"IT", 14},
    {"LT", 14}, {"LU", 16}, {"LV", 13}, {"MT", 13}, {"NL", 16}, {"PL", 16}, {"PT", 13}, {"RO", 16},
    {"SE", 13}, {"SI", 15}, {"SK", 16}, {"IS", 13}, {"LI", 16}, {"NO", 13},
}};

struct ConsentAge {
    int age = gdpr_default_age;
    Note source; // where the age comes from
};

/// Where an age applies: the country, or "" for the EU as a whole (the organisation's country
/// is not recorded).
std::vector<Message> where_of(const std::string& country) {
    if (country.empty())
        return {Message{"lawfulness.children-consent.in-eu", {}}};
    return {Message{"lawfulness.children-consent.in-country", {{"country", country}}}};
}

ConsentAge consent_age(const Model& model, const std::string& country) {
    if (auto set = model.checks.digital_consent_age.find(country);
        set != model.checks.digital_consent_age.end())
        return {set->second,
                {{"lawfulness.children-consent.age-set",
                  {{"where", where_of(country)}, {"age", static_cast<long long>(set->second)}}},
                 model.checks.where}};
    auto known = std::find_if(national_ages.begin(), national_ages.end(),
                              [&](const auto& entry) { return entry.first == country; });
    if (known != national_ages.end())
        return {known->second,
                {{"lawfulness.children-consent.age-national",
                  {{"where", where_of(country)}, {"age", static_cast<long long>(known->second)}}},
                 {}}};
    return {gdpr_default_age,
            {{"lawfulness.children-consent.age-gdpr",
              {{"where", where_of(country)}, {"age", static_cast<long long>(gdpr_default_age)}}},
             {}}};
}

/// The age that binds consent from `subject`: the highest of the countries where the subjects
/// are (a service offered in several Member States meets the age of each), or, when the model
/// does not say where they are, the organisation's country.
ConsentAge consent_age(const Model& model, const Subject& subject) {
    if (subject.countries.empty())
        return consent_age(model, model.organisation ? model.organisation->country : "");
    ConsentAge highest{-1, {}};
    for (const std::string& country : subject.countries)
        if (ConsentAge age = consent_age(model, country); age.age > highest.age)
            highest = std::move(age);
    return highest;
}

/// Why `subject` may be too young to consent, or nullopt when it is old enough. A known
/// `min_age` decides; without one, `children = true` means some may be below any age.
std::optional<Note> too_young(const Subject& subject, int age) {
    if (subject.min_age)
        return *subject.min_age < age
                   ? std::optional<Note>{{{"lawfulness.children-consent.min-age",
                                           {{"subject", subject.id},
                                            {"age", static_cast<long long>(*subject.min_age)}}},
                                          subject.at("min_age")}}
                   : std::nullopt;
    if (subject.children)
        return Note{{"lawfulness.children-consent.children", {{"subject", subject.id}}},
                    subject.at("children")};
    return std::nullopt;
}

void check_children_consent(const Context& context, Findings& findings) {
    for (const Activity& activity : context.model.activities) {
        if (!answers_for_lawfulness(activity) || activity.lawful_basis != LawfulBasis::consent ||
            !activity.parental_consent.empty())
            continue;
        std::vector<std::pair<const Ref*, Note>> young;
        std::optional<ConsentAge> age; // of the first subject that may be too young
        for (const Ref& ref : activity.subjects)
            if (const Subject* subject = context.model.target<Subject>(ref)) {
                ConsentAge binding = consent_age(context.model, *subject);
                if (auto why = too_young(*subject, binding.age)) {
                    young.emplace_back(&ref, std::move(*why));
                    if (!age)
                        age = std::move(binding);
                }
            }
        if (young.empty())
            continue;
        auto& finding = findings.add(children_consent.info, activity.id, young.front().first->where,
                                     {"lawfulness.children-consent",
                                      {{"activity", activity.id},
                                       {"subject", young.front().first->id},
                                       {"age", static_cast<long long>(age->age)}}},
                                     {"lawfulness.children-consent.help", {}});
        for (auto& [ref, why] : young)
            finding.notes.push_back(std::move(why));
        finding.notes.push_back(age->source);
    }
}

} // namespace

const Rule children_consent{
    {
        .id = "lawfulness.children-consent",
        .severity = Severity::warning,
        .summary = "children consent without a documented parental consent or age check",
        .what =
            "For controller activities based on `consent`: a subject whose `min_age` is below the "
            "age of digital consent, or that is marked `children` without a `min_age`, needs "
            "`parental_consent` on the activity. The age is the highest of the subject's "
            "`countries` (a service offered in several Member States meets the age of each), or, "
            "without `countries`, that of the organisation's country: a built-in table of the "
            "national ages under Art. 8(1) (NL, DE, IE 16; FR, CZ, GR, SI "
            "15; AT, ES, IT 14; BE, DK, SE 13; ...), overridable per country in "
            "`[checks.digital_consent_age]`; 16 where no national age is known. A subject whose "
            "`min_age` is at or above the age can consent itself. The check applies to every "
            "consent-based activity, not only information society services: a child below that age "
            "seldom consents validly anywhere.",
        .why =
            "Where an information society service is offered directly to a child, the child's "
            "consent is valid only from the national age of digital consent; below it, consent "
            "must be given or authorised by the holder of parental responsibility, and the "
            "controller must make reasonable efforts to verify that. Services offered in several "
            "Member States must meet the age of each.",
        .legal =
            "GDPR Art. 8(1), 8(2), Recital 38; UAVG art. 5 (NL); EDPB Guidelines 05/2020, §125-150",
        .example = R"([[subject]]
id = "pupils"
name = "Pupils"
min_age = 12

[[activity]]
id = "homework-app"
name = "Homework app"
role = "controller"
lawful_basis = "consent"
purposes = ["homework"]
subjects = ["pupils"]
categories = ["contact"]
)",
        .fix = "Document in `parental_consent` how age is verified and parental consent obtained, "
               "or raise `min_age` if younger children are truly excluded.",
    },
    check_children_consent};

} // namespace privmap::rules::lawfulness
