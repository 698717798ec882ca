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
     .name = {"Address", "Adres", "Anschrift", "Adresse"},
     .description = {"Postal or home address.", "Post- of woonadres.", "Post- oder Wohnanschrift.",
                     "Adresse postale ou domicile."},
     .fideslang = "user.contact.address",
     .parent = "contact"},
    {.kind = K::category,
     .id = "bank-account",
     .name = {"Bank account number (IBAN)", "Bankrekeningnummer (IBAN)", "Bankverbindung (IBAN)",
              "Coordonnées bancaires (IBAN)"},
     .description = {"Account numbers for payments and direct debits.",
                     "Rekeningnummers voor betalingen en incasso's.",
                     "Kontonummern für Zahlungen und Lastschriften.",
                     "Numéros de compte pour les paiements et les prélèvements."},
     .fideslang = "user.financial.bank_account",
     .parent = "financial"},
    {.kind = K::category,
     .id = "biometric",
     .name = {"Biometric data", "Biometrische gegevens", "Biometrische Daten",
              "Données biométriques"},
     .description =
         {"Physical, physiological or behavioural characteristics processed to identify "
          "a person uniquely (Art. 4(14), 9(1)).",
          "Fysieke, fysiologische of gedragskenmerken die worden verwerkt om iemand "
          "uniek te identificeren (art. 4 onder 14 en 9 lid 1 AVG).",
          "Physische, physiologische oder verhaltenstypische Merkmale, die zur eindeutigen "
          "Identifizierung einer Person verarbeitet werden (Art. 4 Nr. 14, Art. 9 Abs. 1 DSGVO).",
          "Caractéristiques physiques, physiologiques ou comportementales traitées pour identifier "
          "une personne de manière unique (article 4, point 14), et article 9, paragraphe 1, du "
          "RGPD)."},
     .fideslang = "user.biometric",
     .special = S::biometric},
    {.kind = K::category,
     .id = "bsn",
     .name = {"Citizen service number (BSN)", "Burgerservicenummer (BSN)",
              "Niederländische Bürgerservicenummer (BSN)",
              "Numéro de service citoyen néerlandais (BSN)"},
     .description = {"The Dutch national identification number; only where a law allows it "
                     "(UAVG art. 46).",
                     "Het Nederlandse identificatienummer; alleen waar een wet dat toestaat "
                     "(art. 46 UAVG).",
                     "Die niederländische Identifikationsnummer; nur soweit ein Gesetz es erlaubt "
                     "(Art. 46 UAVG).",
                     "Le numéro d’identification néerlandais ; uniquement lorsqu’une loi le permet "
                     "(article 46 de l’UAVG)."},
     .fideslang = "user.government_id.national_identification_number",
     .parent = "national-id"},
    {.kind = K::category,
     .id = "camera-images",
     .name = {"Camera images", "Camerabeelden", "Kameraaufnahmen", "Images de vidéosurveillance"},
     .description =
         {"Images of recognisable people from CCTV or other cameras; monitoring a "
          "publicly accessible area is systematic monitoring (WP248).",
          "Beelden van herkenbare personen van beveiligings- of andere camera's; "
          "toezicht op een openbaar toegankelijke ruimte is stelselmatige monitoring "
          "(WP248).",
          "Aufnahmen erkennbarer Personen aus Überwachungs- oder anderen Kameras; die Überwachung "
          "öffentlich zugänglicher Räume ist eine systematische Überwachung (WP248; § 4 BDSG).",
          "Images de personnes reconnaissables issues de caméras de vidéosurveillance ou autres ; "
          "filmer un lieu ouvert au public est une surveillance systématique (WP248 ; articles L. "
          "251-1 et suivants du code de la sécurité intérieure)."},
     .fideslang = "user.content.self_image"},
    {.kind = K::category,
     .id = "communications",
     .name = {"Content of communications", "Inhoud van communicatie", "Inhalt von Kommunikation",
              "Contenu des communications"},
     .description =
         {"E-mails, chat and other messages; highly personal (WP248).",
          "E-mails, chats en andere berichten; zeer persoonlijk (WP248).",
          "E-Mails, Chats und andere Nachrichten; höchstpersönlich (WP248).",
          "Courriels, messageries et autres messages ; à caractère hautement personnel (WP248)."},
     .fideslang = "user.content.private",
     .highly_personal = true},
    {.kind = K::category,
     .id = "contact",
     .name = {"Contact details", "Contactgegevens", "Kontaktdaten", "Coordonnées"},
     .description = {"Ways to reach a person: address, e-mail, telephone.",
                     "Manieren om iemand te bereiken: adres, e-mail, telefoon.",
                     "Wege, eine Person zu erreichen: Anschrift, E-Mail, Telefon.",
                     "Moyens de joindre une personne : adresse, courriel, téléphone."},
     .fideslang = "user.contact"},
    {.kind = K::category,
     .id = "criminal",
     .name = {"Criminal convictions and offences", "Strafrechtelijke gegevens",
              "Strafrechtliche Daten", "Données d’infraction"},
     .description =
         {"Data on criminal convictions, offences and related security measures "
          "(Art. 10; UAVG art. 31-33).",
          "Gegevens over strafrechtelijke veroordelingen, strafbare feiten en "
          "daarmee verband houdende veiligheidsmaatregelen (art. 10 AVG; art. 31-33 "
          "UAVG).",
          "Daten über strafrechtliche Verurteilungen und Straftaten oder damit zusammenhängende "
          "Sicherungsmaßregeln (Art. 10 DSGVO).",
          "Données relatives aux condamnations pénales, aux infractions ou aux mesures de sûreté "
          "connexes (article 10 du RGPD ; article 46 de la loi Informatique et Libertés)."},
     .fideslang = "user.criminal_history",
     .special = S::criminal},
    {.kind = K::category,
     .id = "date-of-birth",
     .name = {"Date of birth", "Geboortedatum", "Geburtsdatum", "Date de naissance"},
     .description = {"A person's date of birth or age.", "Iemands geboortedatum of leeftijd.",
                     "Geburtsdatum oder Alter einer Person.",
                     "La date de naissance ou l’âge d’une personne."},
     .fideslang = "user.demographic.date_of_birth"},
    {.kind = K::category,
     .id = "email",
     .name = {"E-mail address", "E-mailadres", "E-Mail-Adresse", "Adresse électronique"},
     .description = {"A personal or work e-mail address.",
                     "Een persoonlijk of zakelijk "
                     "e-mailadres.",
                     "Eine private oder dienstliche E-Mail-Adresse.",
                     "Une adresse électronique personnelle ou professionnelle."},
     .fideslang = "user.contact.email",
     .parent = "contact"},
    {.kind = K::category,
     .id = "employment",
     .name = {"Employment details", "Arbeidsgegevens", "Beschäftigungsdaten",
              "Données relatives à l’emploi"},
     .description = {"Job title, department, contract and working hours.",
                     "Functie, afdeling, contract en werktijden.",
                     "Funktion, Abteilung, Vertrag und Arbeitszeiten.",
                     "Fonction, service, contrat et horaires de travail."},
     .fideslang = "user.job_title"},
    {.kind = K::category,
     .id = "financial",
     .name = {"Financial data", "Financiële gegevens", "Finanzdaten", "Données financières"},
     .description =
         {"Payments, income, debts and other financial data; highly personal "
          "(WP248).",
          "Betalingen, inkomen, schulden en andere financiële gegevens; zeer "
          "persoonlijk (WP248).",
          "Zahlungen, Einkommen, Schulden und andere Finanzdaten; höchstpersönlich (WP248).",
          "Paiements, revenus, dettes et autres données financières ; à caractère hautement "
          "personnel (WP248)."},
     .fideslang = "user.financial",
     .highly_personal = true},
    {.kind = K::category,
     .id = "fingerprint",
     .name = {"Fingerprint", "Vingerafdruk", "Fingerabdruck", "Empreinte digitale"},
     .description =
         {"Fingerprint templates, e.g. of a time clock or an access gate.",
          "Vingerafdrukken, bijvoorbeeld van een prikklok of een toegangspoort.",
          "Fingerabdruck-Templates, etwa einer Zeiterfassung oder einer Zugangsschranke.",
          "Gabarits d’empreintes digitales, par exemple d’une badgeuse ou d’un portique d’accès."},
     .fideslang = "user.biometric.fingerprint",
     .parent = "biometric"},
    {.kind = K::category,
     .id = "genetic",
     .name = {"Genetic data", "Genetische gegevens", "Genetische Daten", "Données génétiques"},
     .description =
         {"Inherited or acquired genetic characteristics (Art. 4(13), 9(1)).",
          "Erfelijke of verworven genetische kenmerken (art. 4 onder 13 en 9 lid 1 "
          "AVG).",
          "Ererbte oder erworbene genetische Eigenschaften (Art. 4 Nr. 13, Art. 9 Abs. 1 DSGVO).",
          "Caractéristiques génétiques héréditaires ou acquises (article 4, point 13), et article "
          "9, paragraphe 1, du RGPD)."},
     .fideslang = "user.health_and_medical.genetic",
     .special = S::genetic},
    {.kind = K::category,
     .id = "health",
     .name = {"Health data", "Gezondheidsgegevens", "Gesundheitsdaten", "Données de santé"},
     .description = {"Physical or mental health, including care received (Art. 4(15), 9(1)).",
                     "Lichamelijke of geestelijke gezondheid, ook ontvangen zorg (art. 4 onder "
                     "15 en 9 lid 1 AVG).",
                     "Körperliche oder geistige Gesundheit, einschließlich erbrachter "
                     "Gesundheitsdienstleistungen (Art. 4 Nr. 15, Art. 9 Abs. 1 DSGVO).",
                     "Santé physique ou mentale, y compris les soins reçus (article 4, point 15), "
                     "et article 9, paragraphe 1, du RGPD)."},
     .fideslang = "user.health_and_medical",
     .special = S::health},
    {.kind = K::category,
     .id = "identity-document",
     .name = {"Copy of an identity document", "Kopie identiteitsbewijs",
              "Kopie eines Ausweisdokuments", "Copie d’une pièce d’identité"},
     .description = {"A copy of a passport or identity card; in the Netherlands it carries the "
                     "BSN.",
                     "Een kopie van een paspoort of identiteitskaart; daarop staat het BSN.",
                     "Eine Kopie des Reisepasses oder Personalausweises; zulässig nur im Rahmen "
                     "von § 20 PAuswG.",
                     "Une copie d’un passeport ou d’une carte d’identité."},
     .fideslang = "user.government_id.passport_number",
     .parent = "national-id"},
    {.kind = K::category,
     .id = "location",
     .name = {"Location data", "Locatiegegevens", "Standortdaten", "Données de localisation"},
     .description =
         {"Where a person is or has been; highly personal (WP248).",
          "Waar iemand is of is geweest; zeer persoonlijk (WP248).",
          "Wo sich eine Person aufhält oder aufgehalten hat; höchstpersönlich (WP248).",
          "Où une personne se trouve ou s’est trouvée ; à caractère hautement personnel (WP248)."},
     .fideslang = "user.location",
     .highly_personal = true},
    {.kind = K::category,
     .id = "name",
     .name = {"Name", "Naam", "Name", "Nom"},
     .description = {"First and last name, initials.", "Voor- en achternaam, voorletters.",
                     "Vor- und Nachname, Initialen.", "Nom et prénom, initiales."},
     .fideslang = "user.name"},
    {.kind = K::category,
     .id = "national-id",
     .name = {"National identification number", "Nationaal identificatienummer",
              "Kennnummer von allgemeiner Bedeutung", "Numéro d’identification national"},
     .description = {"A number a state issues to identify a person (Art. 87).",
                     "Een nummer dat een overheid uitgeeft om iemand te identificeren (art. 87 "
                     "AVG).",
                     "Eine staatlich vergebene Nummer zur Identifizierung einer Person, etwa die "
                     "Steuer-ID (Art. 87 DSGVO).",
                     "Un numéro attribué par l’État pour identifier une personne, tel que le NIR "
                     "(article 87 du RGPD ; article 30 de la loi Informatique et Libertés)."},
     .fideslang = "user.government_id.national_identification_number",
     .national_id = true},
    {.kind = K::category,
     .id = "online-identifiers",
     .name = {"Online identifiers", "Online identificatoren", "Online-Kennungen",
              "Identifiants en ligne"},
     .description = {"IP addresses, cookie and device identifiers.",
                     "IP-adressen, cookie- en apparaat-ID's.",
                     "IP-Adressen, Cookie- und Gerätekennungen.",
                     "Adresses IP, identifiants de cookies et d’appareils."},
     .fideslang = "user.device"},
    {.kind = K::category,
     .id = "phone",
     .name = {"Telephone number", "Telefoonnummer", "Telefonnummer", "Numéro de téléphone"},
     .description = {"A landline or mobile number.", "Een vast of mobiel nummer.",
                     "Eine Festnetz- oder Mobilfunknummer.", "Un numéro fixe ou mobile."},
     .fideslang = "user.contact.phone_number",
     .parent = "contact"},
    {.kind = K::category,
     .id = "political-opinions",
     .name = {"Political opinions", "Politieke opvattingen", "Politische Meinungen",
              "Opinions politiques"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG.",
                     "Besondere Kategorie nach Art. 9 Abs. 1 DSGVO.",
                     "Catégorie particulière de l’article 9, paragraphe 1, du RGPD."},
     .fideslang = "user.demographic.political_opinion",
     .special = S::political_opinions},
    {.kind = K::category,
     .id = "precise-location",
     .name = {"Precise location", "Precieze locatie", "Genauer Standort", "Localisation précise"},
     .description = {"GPS or similar positions, accurate to a few metres.",
                     "GPS- of vergelijkbare posities, tot op enkele meters nauwkeurig.",
                     "GPS- oder vergleichbare Positionen, auf wenige Meter genau.",
                     "Positions GPS ou similaires, précises à quelques mètres."},
     .fideslang = "user.location.precise",
     .parent = "location"},
    {.kind = K::category,
     .id = "racial-ethnic-origin",
     .name = {"Racial or ethnic origin", "Ras of etnische afkomst",
              "Rassische oder ethnische Herkunft", "Origine raciale ou ethnique"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG.",
                     "Besondere Kategorie nach Art. 9 Abs. 1 DSGVO.",
                     "Catégorie particulière de l’article 9, paragraphe 1, du RGPD."},
     .fideslang = "user.demographic.race_ethnicity",
     .special = S::racial_ethnic_origin},
    {.kind = K::category,
     .id = "religious-beliefs",
     .name = {"Religious or philosophical beliefs", "Godsdienst of levensovertuiging",
              "Religiöse oder weltanschauliche Überzeugungen",
              "Convictions religieuses ou philosophiques"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG.",
                     "Besondere Kategorie nach Art. 9 Abs. 1 DSGVO.",
                     "Catégorie particulière de l’article 9, paragraphe 1, du RGPD."},
     .fideslang = "user.demographic.religious_belief",
     .special = S::religious_beliefs},
    {.kind = K::category,
     .id = "salary",
     .name = {"Salary and payroll", "Salaris- en loongegevens", "Gehalts- und Lohndaten",
              "Données de paie"},
     .description = {"Salary, allowances, tax and social security deductions.",
                     "Salaris, toeslagen, loonheffing en premies.",
                     "Gehalt, Zulagen, Lohnsteuer und Sozialversicherungsbeiträge.",
                     "Salaire, primes, prélèvement à la source et cotisations sociales."},
     .fideslang = "user.financial",
     .parent = "financial"},
    {.kind = K::category,
     .id = "sex-life",
     .name = {"Sex life or sexual orientation", "Seksueel leven of seksuele gerichtheid",
              "Sexualleben oder sexuelle Orientierung", "Vie sexuelle ou orientation sexuelle"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG.",
                     "Besondere Kategorie nach Art. 9 Abs. 1 DSGVO.",
                     "Catégorie particulière de l’article 9, paragraphe 1, du RGPD."},
     .fideslang = "user.demographic.sexual_orientation",
     .special = S::sex_life},
    {.kind = K::category,
     .id = "sick-leave",
     .name = {"Sick leave", "Ziekteverzuim", "Krankheitsbedingte Fehlzeiten", "Arrêts maladie"},
     .description = {"Absence through illness and its progress; health data, which an employer "
                     "may record only as the Dutch rules on absence allow.",
                     "Verzuim door ziekte en het verloop ervan; gezondheidsgegevens, die een "
                     "werkgever alleen mag vastleggen voor zover de verzuimregels dat toestaan.",
                     "Arbeitsunfähigkeit und ihr Verlauf; Gesundheitsdaten, die ein Arbeitgeber "
                     "nur im Rahmen von § 26 Abs. 3 BDSG verarbeiten darf.",
                     "Absences pour maladie et leur suivi ; données de santé que l’employeur ne "
                     "peut traiter que dans la mesure où le droit du travail l’exige."},
     .fideslang = "user.health_and_medical",
     .parent = "health"},
    {.kind = K::category,
     .id = "trade-union",
     .name = {"Trade union membership", "Lidmaatschap van een vakbond",
              "Gewerkschaftszugehörigkeit", "Appartenance syndicale"},
     .description = {"Art. 9(1) special category.", "Bijzondere categorie van art. 9 lid 1 AVG.",
                     "Besondere Kategorie nach Art. 9 Abs. 1 DSGVO.",
                     "Catégorie particulière de l’article 9, paragraphe 1, du RGPD."},
     .fideslang = "user.demographic",
     .special = S::trade_union},
    // ---- categories of data subjects ----
    {.kind = K::subject,
     .id = "children",
     .name = {"Children", "Kinderen", "Kinder", "Enfants"},
     .description = {"Persons under 16 (Art. 8; UAVG art. 5); vulnerable (WP248).",
                     "Personen jonger dan 16 jaar (art. 8 AVG; art. 5 UAVG); kwetsbaar (WP248).",
                     "Personen unter 16 Jahren (Art. 8 DSGVO); schutzbedürftig (WP248).",
                     "Personnes de moins de 15 ans en France (article 8 du RGPD ; article 45 de la "
                     "loi Informatique et Libertés) ; vulnérables (WP248)."},
     .fideslang = "",
     .vulnerable = true,
     .children = true},
    {.kind = K::subject,
     .id = "customers",
     .name = {"Customers", "Klanten", "Kunden", "Clients"},
     .description =
         {"People who buy or use the organisation's products or services.",
          "Mensen die producten of diensten van de organisatie kopen of gebruiken.",
          "Personen, die Produkte oder Dienstleistungen der Organisation kaufen oder nutzen.",
          "Les personnes qui achètent ou utilisent les produits ou services de l’organisme."},
     .fideslang = "customer"},
    {.kind = K::subject,
     .id = "employees",
     .name = {"Employees", "Medewerkers", "Beschäftigte", "Salariés"},
     .description =
         {"The organisation's own staff; vulnerable towards their employer (WP248).",
          "Het eigen personeel; kwetsbaar tegenover de werkgever (WP248).",
          "Das eigene Personal; gegenüber dem Arbeitgeber schutzbedürftig (WP248; § 26 BDSG).",
          "Le personnel de l’organisme ; vulnérable vis-à-vis de son employeur (WP248)."},
     .fideslang = "employee",
     .vulnerable = true,
     .own_staff = true},
    {.kind = K::subject,
     .id = "job-applicants",
     .name = {"Job applicants", "Sollicitanten", "Bewerber", "Candidats"},
     .description = {"People who apply for a job.", "Mensen die solliciteren.",
                     "Personen, die sich auf eine Stelle bewerben.",
                     "Les personnes qui postulent à un emploi."},
     .fideslang = "job_applicant"},
    {.kind = K::subject,
     .id = "patients",
     .name = {"Patients", "Patiënten", "Patienten", "Patients"},
     .description = {"People receiving care; vulnerable (WP248).",
                     "Mensen die zorg ontvangen; kwetsbaar (WP248).",
                     "Personen, die medizinisch versorgt werden; schutzbedürftig (WP248).",
                     "Les personnes qui reçoivent des soins ; vulnérables (WP248)."},
     .fideslang = "patient",
     .vulnerable = true},
    {.kind = K::subject,
     .id = "prospects",
     .name = {"Prospects", "Potentiële klanten", "Interessenten", "Prospects"},
     .description = {"People the organisation hopes to make customers.",
                     "Mensen die de organisatie als klant hoopt te winnen.",
                     "Personen, die die Organisation als Kunden gewinnen möchte.",
                     "Les personnes que l’organisme souhaite compter parmi ses clients."},
     .fideslang = "prospect"},
    {.kind = K::subject,
     .id = "supplier-contacts",
     .name = {"Contacts at suppliers", "Contactpersonen van leveranciers",
              "Ansprechpartner bei Lieferanten", "Contacts chez les fournisseurs"},
     .description =
         {"The people the organisation deals with at its suppliers.",
          "De mensen met wie de organisatie bij leveranciers contact heeft.",
          "Die Personen, mit denen die Organisation bei ihren Lieferanten zu tun hat.",
          "Les personnes avec lesquelles l’organisme est en relation chez ses fournisseurs."},
     .fideslang = "supplier_vendor"},
    {.kind = K::subject,
     .id = "visitors",
     .name = {"Visitors", "Bezoekers", "Besucher", "Visiteurs"},
     .description = {"People who visit the organisation's premises or website.",
                     "Mensen die de gebouwen of de website van de organisatie bezoeken.",
                     "Personen, die die Räumlichkeiten oder die Website der Organisation besuchen.",
                     "Les personnes qui visitent les locaux ou le site web de l’organisme."},
     .fideslang = "visitor"},
    // ---- purposes ----
    {.kind = K::purpose,
     .id = "absence-management",
     .name = {"Absence management", "Verzuimbegeleiding", "Fehlzeitenmanagement",
              "Gestion des absences"},
     .description = {"Registering sick leave and supporting return to work.",
                     "Ziekteverzuim registreren en re-integratie begeleiden.",
                     "Erfassung krankheitsbedingter Fehlzeiten und betriebliches "
                     "Eingliederungsmanagement (§ 167 Abs. 2 SGB IX).",
                     "Enregistrer les arrêts maladie et accompagner le retour au travail."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "accounting",
     .name = {"Accounting and tax", "Financiële administratie en belastingen",
              "Buchhaltung und Steuern", "Comptabilité et fiscalité"},
     .description =
         {"Bookkeeping and the statutory retention of records.",
          "Boekhouding en de fiscale bewaarplicht.",
          "Buchführung und gesetzliche Aufbewahrung von Unterlagen (§ 147 AO, § 257 HGB).",
          "La tenue de la comptabilité et la conservation légale des pièces (article L. 123-22 du "
          "code de commerce)."},
     .fideslang = "finance"},
    {.kind = K::purpose,
     .id = "camera-surveillance",
     .name = {"Camera surveillance", "Cameratoezicht", "Videoüberwachung", "Vidéoprotection"},
     .description = {"Protecting people and property with cameras.",
                     "Mensen en eigendommen beschermen met camera's.",
                     "Schutz von Personen und Eigentum mit Kameras.",
                     "Protéger les personnes et les biens au moyen de caméras."},
     .fideslang = "essential.service.security"},
    {.kind = K::purpose,
     .id = "customer-service",
     .name = {"Customer service", "Klantenservice", "Kundenservice", "Service client"},
     .description = {"Answering questions and complaints.", "Vragen en klachten afhandelen.",
                     "Beantwortung von Fragen und Beschwerden.",
                     "Répondre aux questions et aux réclamations."},
     .fideslang = "essential.service.operations.support"},
    {.kind = K::purpose,
     .id = "hr-administration",
     .name = {"Personnel administration", "Personeelsadministratie", "Personalverwaltung",
              "Gestion administrative du personnel"},
     .description = {"Keeping employment records.", "Het personeelsdossier bijhouden.",
                     "Führung der Personalakte.", "La tenue du dossier du personnel."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "invoicing",
     .name = {"Invoicing and payments", "Facturatie en betalingen",
              "Rechnungsstellung und Zahlungen", "Facturation et paiements"},
     .description = {"Sending invoices and receiving payments.",
                     "Facturen sturen en betalingen ontvangen.",
                     "Rechnungen versenden und Zahlungen empfangen.",
                     "Émettre les factures et encaisser les paiements."},
     .fideslang = "essential.service.payment_processing"},
    {.kind = K::purpose,
     .id = "marketing",
     .name = {"Marketing", "Marketing", "Marketing", "Marketing"},
     .description = {"Promoting products and services.", "Producten en diensten aanprijzen.",
                     "Werbung für Produkte und Dienstleistungen.",
                     "Promouvoir les produits et services."},
     .fideslang = "marketing.advertising"},
    {.kind = K::purpose,
     .id = "newsletter",
     .name = {"Newsletter", "Nieuwsbrief", "Newsletter", "Lettre d’information"},
     .description = {"Sending news and offers by e-mail.",
                     "Nieuws en aanbiedingen per e-mail sturen.",
                     "Versand von Neuigkeiten und Angeboten per E-Mail.",
                     "Envoyer des actualités et des offres par courriel."},
     .fideslang = "marketing.communications.email"},
    {.kind = K::purpose,
     .id = "order-fulfilment",
     .name = {"Order processing and delivery", "Orderverwerking en levering",
              "Auftragsabwicklung und Lieferung", "Traitement et livraison des commandes"},
     .description = {"Performing the contract with the customer.",
                     "De overeenkomst met de klant uitvoeren.",
                     "Erfüllung des Vertrags mit dem Kunden.",
                     "Exécuter le contrat conclu avec le client."},
     .fideslang = "essential.service"},
    {.kind = K::purpose,
     .id = "payroll",
     .name = {"Payroll", "Salarisadministratie", "Lohn- und Gehaltsabrechnung", "Paie"},
     .description = {"Paying salaries and filing payroll taxes.",
                     "Salarissen betalen en loonaangifte doen.",
                     "Zahlung der Gehälter und Lohnsteueranmeldung.",
                     "Verser les salaires et effectuer les déclarations sociales (DSN)."},
     .fideslang = "employment"},
    {.kind = K::purpose,
     .id = "recruitment",
     .name = {"Recruitment and selection", "Werving en selectie", "Personalgewinnung und -auswahl",
              "Recrutement"},
     .description = {"Finding and selecting new staff.", "Nieuwe medewerkers zoeken en kiezen.",
                     "Suche und Auswahl neuer Beschäftigter.",
                     "Rechercher et sélectionner de nouveaux collaborateurs."},
     .fideslang = "employment.recruitment"},
    {.kind = K::purpose,
     .id = "security",
     .name = {"Information security", "Informatiebeveiliging", "Informationssicherheit",
              "Sécurité des systèmes d’information"},
     .description =
         {"Protecting systems and data, incl. logging and access control.",
          "Systemen en gegevens beschermen, met logging en toegangsbeheer.",
          "Schutz von Systemen und Daten, einschließlich Protokollierung und Zugriffskontrolle.",
          "Protéger les systèmes et les données, y compris la journalisation et le contrôle "
          "d’accès."},
     .fideslang = "essential.service.security"},
    {.kind = K::purpose,
     .id = "web-analytics",
     .name = {"Website analytics", "Webstatistieken", "Webanalyse", "Mesure d’audience"},
     .description = {"Measuring how the website is used.", "Meten hoe de website wordt gebruikt.",
                     "Messung der Nutzung der Website.", "Mesurer la fréquentation du site web."},
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
    std::optional<std::size_t> index = language_index(language);
    return index && !text[*index].empty() ? text[*index] : text.front();
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
