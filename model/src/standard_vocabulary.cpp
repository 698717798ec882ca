// The standard vocabulary's data. Each term's flags follow the GDPR and the EDPB/WP29
// guidelines; its fideslang key is the closest term of the fideslang 2 taxonomy (Fides), so that
// manifests and registers can be translated both ways.
#include "text.h"

#include <algorithm>
#include <privmap/standard_vocabulary.h>

namespace privmap {
namespace {

using K = EntityKind;
using S = Special;

// Sorted by kind (category, subject, purpose), then by id: find_standard_term() and the docs
// rely on it, and a test checks it.
constexpr StandardTerm terms[] = {
    // ---- categories of personal data ----
    {.kind = K::category,
     .id = "address",
     .name = {"Address", "Adres"},
     .description = {"Postal or home address.", "Post- of woonadres."},
     .fideslang = "user.contact.address",
     .parent = "contact"},
    {.kind = K::category,
     .id = "bank-account",
     .name = {"Bank account number (IBAN)", "Bankrekeningnummer (IBAN)"},
     .description = {"Account numbers for payments and direct debits.",
                     "Rekeningnummers voor betalingen en incasso's."},
     .fideslang = "user.financial.bank_account",
     .parent = "financial"},
    {.kind = K::category,
     .id = "biometric",
     .name = {"Biometric data", "Biometrische gegevens"},
     .description = {"Physical, physiological or behavioural characteristics processed to identify "
                     "a person uniquely (Art. 4(14), 9(1)).",
                     "Fysieke, fysiologische of gedragskenmerken die worden verwerkt om iemand "
                     "uniek te identificeren (art. 4 onder 14 en 9 lid 1 AVG)."},
     .fideslang = "user.biometric",
     .special = S::biometric},
    {.kind = K::category,
     .id = "bsn",
     .name = {"Citizen service number (BSN)", "Burgerservicenummer (BSN)"},
     .description = {"The Dutch national identification number; only where a law allows it "
                     "(UAVG art. 46).",
                     "Het Nederlandse identificatienummer; alleen waar een wet dat toestaat "
                     "(art. 46 UAVG)."},
     .fideslang = "user.government_id.national_identification_number",
     .parent = "national-id"},
    {.kind = K::category,
     .id = "camera-images",
     .name = {"Camera images", "Camerabeelden"},
     .description = {"Images of recognisable people from CCTV or other cameras; monitoring a "
                     "publicly accessible area is systematic monitoring (WP248).",
                     "Beelden van herkenbare personen van beveiligings- of andere camera's; "
                     "toezicht op een openbaar toegankelijke ruimte is stelselmatige monitoring "
                     "(WP248)."},
     .fideslang = "user.content.self_image"},
    {.kind = K::category,
     .id = "communications",
     .name = {"Content of communications", "Inhoud van communicatie"},
     .description = {"E-mails, chat and other messages; highly personal (WP248).",
                     "E-mails, chats en andere berichten; zeer persoonlijk (WP248)."},
     .fideslang = "user.content.private",
     .highly_personal = true},
    {.kind = K::category,
     .id = "contact",
     .name = {"Contact details", "Contactgegevens"},
     .description = {"Ways to reach a person: address, e-mail, telephone.",
                     "Manieren om iemand te bereiken: adres, e-mail, telefoon."},
     .fideslang = "user.contact"},
    {.kind = K::category,
     .id = "criminal",
     .name = {"Criminal convictions and offences", "Strafrechtelijke gegevens"},
     .description = {"Data on criminal convictions, offences and related security measures "
                     "(Art. 10; UAVG art. 31-33).",
                     "Gegevens over strafrechtelijke veroordelingen, strafbare feiten en "
                     "daarmee verband houdende veiligheidsmaatregelen (art. 10 AVG; art. 31-33 "
                     "UAVG)."},
     .fideslang = "user.criminal_history",
     .special = S::criminal},
    {.kind = K::category,
     .id = "date-of-birth",
     .name = {"Date of birth", "Geboortedatum"},
     .description = {"A person's date of birth or age.", "Iemands geboortedatum of leeftijd."},
     .fideslang = "user.demographic.date_of_birth"},
    {.kind = K::category,
     .id = "email",
     .name = {"E-mail address", "E-mailadres"},
     .description = {"A personal or work e-mail address.", "Een persoonlijk of zakelijk "
                                                           "e-mailadres."},
     .fideslang = "user.contact.email",
     .parent = "contact"},
    {.kind = K::category,
     .id = "employment",
     .name = {"Employment details", "Arbeidsgegevens"},
     .description = {"Job title, department, contract and working hours.",
                     "Functie, afdeling, contract en werktijden."},
     .fideslang = "user.job_title"},
    {.kind = K::category,
     .id = "financial",
     .name = {"Financial data", "Financiële gegevens"},
     .description = {"Payments, income, debts and other financial data; highly personal "
                     "(WP248).",
                     "Betalingen, inkomen, schulden en andere financiële gegevens; zeer "
                     "persoonlijk (WP248)."},
     .fideslang = "user.financial",
     .highly_personal = true},
    {.kind = K::category,
     .id = "fingerprint",
     .name = {"Fingerprint", "Vingerafdruk"},
     .description = {"Fingerprint templates, e.g. of a time clock or an access gate.",
                     "Vingerafdrukken, bijvoorbeeld van een prikklok of een toegangspoort."},
     .fideslang = "user.biometric.fingerprint",
     .parent = "biometric"},
    {.kind = K::category,
     .id = "genetic",
     .name = {"Genetic data", "Genetische gegevens"},
     .description = {"Inherited or acquired genetic characteristics (Art. 4(13), 9(1)).",
                     "Erfelijke of verworven genetische kenmerken (art. 4 onder 13 en 9 lid 1 "
                     "AVG)."},
     .fideslang = "user.health_and_medical.genetic",
     .special = S::genetic},
    {.kind = K::category,
     .id = "health",
     .name = {"Health data", "Gezondheidsgegevens"},
     .description = {"Physical or mental health, including care received (Art. 4(15), 9(1)).",
                     "Lichamelijke of geestelijke gezondheid, ook ontvangen zorg (art. 4 onder "
                     "15 en 9 lid 1 AVG)."},
     .fideslang = "user.health_and_medical",
     .special = S::health},
    {.kind = K::category,
     .id = "identity-document",
     .name = {"Copy of an identity document", "Kopie identiteitsbewijs"},
     .description = {"A copy of a passport or identity card; in the Netherlands it carries the "
                     "BSN.",
                     "Een kopie van een paspoort of identiteitskaart; daarop staat het BSN."},
     .fideslang = "user.government_id.passport_number",
     .parent = "national-id"},
    {.kind = K::category,
     .id = "location",
     .name = {"Location data", "Locatiegegevens"},
     .description = {"Where a person is or has been; highly personal (WP248).",
                     "Waar iemand is of is geweest; zeer persoonlijk (WP248)."},
     .fideslang = "user.location",
     .highly_personal = true},
    {.kind = K::category,
     .id = "name",
     .name = {"Name", "Naam"},
     .description = {"First and last name, initials.", "Voor- en achternaam, voorletters."},
     .fideslang = "user.name"},
    {.kind = K::category,
     .id = "national-id",
     .name = {"National identification number", "Nationaal identificatienummer"},
     .description = {"A number a state issues to identify a person (Art. 87).",
                     "Een nummer dat een overheid uitgeeft om iemand te identificeren (art. 87 "
                     "AVG)."},
     .fideslang = "user.government_id.national_identification_number",
     .national_id = true},
    {.kind = K::category,
     .id = "online-identifiers",
     .name = {"Online identifiers", "Online identificatoren"},
     .description = {"IP addresses, cookie and device identifiers.",
                     "IP-adressen, cookie- en apparaat-ID's."},
     .fideslang = "user.device"},
    {.kind = K::category,
     .id = "phone",
     .name = {"Telephone number", "Telefoonnummer"},
     .description = {"A landline or mobile number.", "Een vast of mobiel nummer."},
     .fideslang = "user.contact.phone_number",
     .parent = "contact"},
    {.kind = K::category,
     .id = "political-opinions",
     .name = {"Political opinions", "Politieke opvattingen"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG."},
     .fideslang = "user.demographic.political_opinion",
     .special = S::political_opinions},
    {.kind = K::category,
     .id = "precise-location",
     .name = {"Precise location", "Precieze locatie"},
     .description = {"GPS or similar positions, accurate to a few metres.",
                     "GPS- of vergelijkbare posities, tot op enkele meters nauwkeurig."},
     .fideslang = "user.location.precise",
     .parent = "location"},
    {.kind = K::category,
     .id = "racial-ethnic-origin",
     .name = {"Racial or ethnic origin", "Ras of etnische afkomst"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG."},
     .fideslang = "user.demographic.race_ethnicity",
     .special = S::racial_ethnic_origin},
    {.kind = K::category,
     .id = "religious-beliefs",
     .name = {"Religious or philosophical beliefs", "Godsdienst of levensovertuiging"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG."},
     .fideslang = "user.demographic.religious_belief",
     .special = S::religious_beliefs},
    {.kind = K::category,
     .id = "salary",
     .name = {"Salary and payroll", "Salaris- en loongegevens"},
     .description = {"Salary, allowances, tax and social security deductions.",
                     "Salaris, toeslagen, loonheffing en premies."},
     .fideslang = "user.financial",
     .parent = "financial"},
    {.kind = K::category,
     .id = "sex-life",
     .name = {"Sex life or sexual orientation", "Seksueel leven of seksuele gerichtheid"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG."},
     .fideslang = "user.demographic.sexual_orientation",
     .special = S::sex_life},
    {.kind = K::category,
     .id = "sick-leave",
     .name = {"Sick leave", "Ziekteverzuim"},
     .description = {"Absence through illness and its progress; health data, which an employer "
                     "may record only as the Dutch rules on absence allow.",
                     "Verzuim door ziekte en het verloop ervan; gezondheidsgegevens, die een "
                     "werkgever alleen mag vastleggen voor zover de verzuimregels dat toestaan."},
     .fideslang = "user.health_and_medical",
     .parent = "health"},
    {.kind = K::category,
     .id = "trade-union",
     .name = {"Trade union membership", "Lidmaatschap van een vakbond"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG."},
     .fideslang = "user.demographic",
     .special = S::trade_union},
    // ---- categories of data subjects ----
    {.kind = K::subject,
     .id = "children",
     .name = {"Children", "Kinderen"},
     .description = {"Persons under 16 (Art. 8; UAVG art. 5); vulnerable (WP248).",
                     "Personen jonger dan 16 jaar (art. 8 AVG; art. 5 UAVG); kwetsbaar (WP248)."},
     .fideslang = "",
     .vulnerable = true,
     .children = true},
    {.kind = K::subject,
     .id = "customers",
     .name = {"Customers", "Klanten"},
     .description = {"People who buy or use the organisation's products or services.",
                     "Mensen die producten of diensten van de organisatie kopen of gebruiken."},
     .fideslang = "customer"},
    {.kind = K::subject,
     .id = "employees",
     .name = {"Employees", "Medewerkers"},
     .description = {"The organisation's own staff; vulnerable towards their employer (WP248).",
                     "Het eigen personeel; kwetsbaar tegenover de werkgever (WP248)."},
     .fideslang = "employee",
     .vulnerable = true,
     .own_staff = true},
    {.kind = K::subject,
     .id = "job-applicants",
     .name = {"Job applicants", "Sollicitanten"},
     .description = {"People who apply for a job.", "Mensen die solliciteren."},
     .fideslang = "job_applicant"},
    {.kind = K::subject,
     .id = "patients",
     .name = {"Patients", "Patiënten"},
     .description = {"People receiving care; vulnerable (WP248).",
                     "Mensen die zorg ontvangen; kwetsbaar (WP248)."},
     .fideslang = "patient",
     .vulnerable = true},
    {.kind = K::subject,
     .id = "prospects",
     .name = {"Prospects", "Potentiële klanten"},
     .description = {"People the organisation hopes to make customers.",
                     "Mensen die de organisatie als klant hoopt te winnen."},
     .fideslang = "prospect"},
    {.kind = K::subject,
     .id = "supplier-contacts",
     .name = {"Contacts at suppliers", "Contactpersonen van leveranciers"},
     .description = {"The people the organisation deals with at its suppliers.",
                     "De mensen met wie de organisatie bij leveranciers contact heeft."},
     .fideslang = "supplier_vendor"},
    {.kind = K::subject,
     .id = "visitors",
     .name = {"Visitors", "Bezoekers"},
     .description = {"People who visit the organisation's premises or website.",
                     "Mensen die de gebouwen of de website van de organisatie bezoeken."},
     .fideslang = "visitor"},
    // ---- purposes ----
    {.kind = K::purpose,
     .id = "absence-management",
     .name = {"Absence management", "Verzuimbegeleiding"},
     .description = {"Registering sick leave and supporting return to work.",
                     "Ziekteverzuim registreren en re-integratie begeleiden."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "accounting",
     .name = {"Accounting and tax", "Financiële administratie en belastingen"},
     .description = {"Bookkeeping and the statutory retention of records.",
                     "Boekhouding en de fiscale bewaarplicht."},
     .fideslang = "finance"},
    {.kind = K::purpose,
     .id = "camera-surveillance",
     .name = {"Camera surveillance", "Cameratoezicht"},
     .description = {"Protecting people and property with cameras.",
                     "Mensen en eigendommen beschermen met camera's."},
     .fideslang = "essential.service.security"},
    {.kind = K::purpose,
     .id = "customer-service",
     .name = {"Customer service", "Klantenservice"},
     .description = {"Answering questions and complaints.", "Vragen en klachten afhandelen."},
     .fideslang = "essential.service.operations.support"},
    {.kind = K::purpose,
     .id = "hr-administration",
     .name = {"Personnel administration", "Personeelsadministratie"},
     .description = {"Keeping employment records.", "Het personeelsdossier bijhouden."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "invoicing",
     .name = {"Invoicing and payments", "Facturatie en betalingen"},
     .description = {"Sending invoices and receiving payments.",
                     "Facturen sturen en betalingen ontvangen."},
     .fideslang = "essential.service.payment_processing"},
    {.kind = K::purpose,
     .id = "marketing",
     .name = {"Marketing", "Marketing"},
     .description = {"Promoting products and services.", "Producten en diensten aanprijzen."},
     .fideslang = "marketing.advertising"},
    {.kind = K::purpose,
     .id = "newsletter",
     .name = {"Newsletter", "Nieuwsbrief"},
     .description = {"Sending news and offers by e-mail.",
                     "Nieuws en aanbiedingen per e-mail sturen."},
     .fideslang = "marketing.communications.email"},
    {.kind = K::purpose,
     .id = "order-fulfilment",
     .name = {"Order processing and delivery", "Orderverwerking en levering"},
     .description = {"Performing the contract with the customer.",
                     "De overeenkomst met de klant uitvoeren."},
     .fideslang = "essential.service"},
    {.kind = K::purpose,
     .id = "payroll",
     .name = {"Payroll", "Salarisadministratie"},
     .description = {"Paying salaries and filing payroll taxes.",
                     "Salarissen betalen en loonaangifte doen."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "recruitment",
     .name = {"Recruitment and selection", "Werving en selectie"},
     .description = {"Finding and selecting new staff.", "Nieuwe medewerkers zoeken en kiezen."},
     .fideslang = "employment.recruitment"},
    {.kind = K::purpose,
     .id = "security",
     .name = {"Information security", "Informatiebeveiliging"},
     .description = {"Protecting systems and data, incl. logging and access control.",
                     "Systemen en gegevens beschermen, met logging en toegangsbeheer."},
     .fideslang = "essential.service.security"},
    {.kind = K::purpose,
     .id = "web-analytics",
     .name = {"Website analytics", "Webstatistieken"},
     .description = {"Measuring how the website is used.", "Meten hoe de website wordt gebruikt."},
     .fideslang = "analytics.reporting"},
};

Entity standard_entity(const StandardTerm& term, std::string_view language) {
    Entity entity;
    entity.id = std::string(standard_prefix) + std::string(term.id);
    entity.name = std::string(term.name.in(language));
    entity.description = std::string(term.description.in(language));
    return entity;
}

} // namespace

bool is_standard_id(std::string_view id) {
    return id.starts_with(standard_prefix) && text::is_valid_id(id.substr(standard_prefix.size()));
}

std::string_view StandardText::in(std::string_view language) const {
    bool dutch = language == "nl" || language.starts_with("nl-");
    return dutch ? nl : en;
}

std::span<const StandardTerm> standard_terms() {
    return terms;
}

const StandardTerm* find_standard_term(std::string_view id) {
    if (id.starts_with(standard_prefix))
        id.remove_prefix(standard_prefix.size());
    for (const StandardTerm& term : terms)
        if (term.id == id)
            return &term;
    return nullptr;
}

Subject standard_subject(const StandardTerm& term, std::string_view language) {
    Subject subject;
    static_cast<Entity&>(subject) = standard_entity(term, language);
    subject.vulnerable = term.vulnerable;
    subject.children = term.children;
    subject.own_staff = term.own_staff;
    return subject;
}

Category standard_category(const StandardTerm& term, std::string_view language) {
    Category category;
    static_cast<Entity&>(category) = standard_entity(term, language);
    category.special = term.special;
    category.national_id = term.national_id;
    category.highly_personal = term.highly_personal;
    if (!term.parent.empty())
        category.parent = Ref{std::string(standard_prefix) + std::string(term.parent), {}};
    return category;
}

Purpose standard_purpose(const StandardTerm& term, std::string_view language) {
    Purpose purpose;
    static_cast<Entity&>(purpose) = standard_entity(term, language);
    return purpose;
}

} // namespace privmap
