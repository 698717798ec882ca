#include "report_model.h"

namespace privmap::test {
namespace {

Ref ref(std::string id) { return {std::move(id), {}}; }

std::vector<Ref> refs(std::initializer_list<const char*> ids) {
    std::vector<Ref> out;
    for (const char* id : ids)
        out.push_back(ref(id));
    return out;
}

template <class T> T named(std::string id, std::string name, std::string description = {}) {
    T entity;
    entity.id = std::move(id);
    entity.name = std::move(name);
    entity.description = std::move(description);
    entity.where = {"model.toml", 1, 1, 1};
    return entity;
}

RetentionRule keep(std::string period, std::string from, std::string basis, std::vector<Ref> categories = {}) {
    RetentionRule rule;
    rule.period = *Duration::parse(period);
    rule.from = std::move(from);
    rule.basis = std::move(basis);
    rule.categories = std::move(categories);
    rule.deletion = Deletion::automatic;
    return rule;
}

/// What resolve() does, for a model that is known to be valid: the index and the category tree.
void index_model(Model& model) {
    auto add = [&](const auto& entities, EntityKind kind) {
        for (std::size_t i = 0; i < entities.size(); ++i)
            model.index[entities[i].id] = {kind, i};
    };
    model.index[model.organisation->id] = {EntityKind::organisation, 0};
    add(model.subjects, EntityKind::subject);
    add(model.categories, EntityKind::category);
    add(model.purposes, EntityKind::purpose);
    add(model.parties, EntityKind::party);
    add(model.systems, EntityKind::system);
    add(model.measures, EntityKind::measure);
    add(model.activities, EntityKind::activity);
    add(model.dpias, EntityKind::dpia);
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        Category& category = model.categories[i];
        category.effective_special = category.special;
        category.special_from = category.special ? category.id : "";
        category.effective_highly_personal = category.highly_personal;
        category.effective_national_id = category.national_id;
        if (category.parent) {
            std::size_t parent = model.index[category.parent->id].index;
            category.parent_index = parent;
            model.categories[parent].children.push_back(i);
            const Category& ancestor = model.categories[parent]; // parents come first in this model
            if (!category.effective_special && ancestor.effective_special) {
                category.effective_special = ancestor.effective_special;
                category.special_from = ancestor.special_from;
            }
            category.effective_highly_personal = category.effective_highly_personal || ancestor.effective_highly_personal;
        }
    }
}

Organisation organisation() {
    auto org = named<Organisation>("webwinkel", "De Webwinkel B.V.");
    org.address = "Stationsplein 1, 3511 ED Utrecht";
    org.country = "NL";
    org.registration = "KvK 12345678";
    org.contact = {"Klantenservice", "privacy@webwinkel.example", "+31 30 123 4567", ""};
    org.dpo = Contact{"Mr. J. de Vries", "fg@webwinkel.example", "", ""};
    org.supervisory_authority = "Autoriteit Persoonsgegevens";
    org.rights_procedure = "Verzoeken via privacy@webwinkel.example, afgehandeld binnen een maand";
    return org;
}

void add_data(Model& model) {
    auto customers = named<Subject>("customers", "Klanten");
    customers.count = 12345;
    auto staff = named<Subject>("staff", "Medewerkers");
    staff.vulnerable = true;
    model.subjects = {customers, staff};

    auto contact = named<Category>("contact", "Contactgegevens");
    auto email = named<Category>("email", "E-mailadres");
    email.parent = ref("contact");
    auto hr = named<Category>("hr-file", "Personeelsdossier");
    auto sick = named<Category>("sick-leave", "Verzuimgegevens");
    sick.parent = ref("hr-file");
    sick.special = Special::health;
    auto health = named<Category>("medical", "Medische gegevens");
    health.special = Special::health;
    auto diagnosis = named<Category>("diagnosis", "Diagnose");
    diagnosis.parent = ref("medical");
    auto bsn = named<Category>("bsn", "Burgerservicenummer");
    bsn.national_id = true;
    auto invoice = named<Category>("invoice", "Factuurgegevens");
    invoice.highly_personal = true;
    model.categories = {contact, email, hr, sick, health, diagnosis, bsn, invoice};

    model.purposes = {named<Purpose>("sales", "Verkoop en levering", "Bestellingen afhandelen en bezorgen"),
                      named<Purpose>("salaries", "Salarisadministratie"),
                      named<Purpose>("absence-guidance", "Verzuimbegeleiding"),
                      named<Purpose>("support", "Klantenservice voor partner")};

    auto mailer = named<Party>("mailer", "MailCloud Inc.");
    mailer.role = PartyRole::processor;
    mailer.country = "US";
    mailer.safeguard = Safeguard::scc;
    mailer.tia = "TIA-2025-03";
    mailer.dpa = "VWO-2024-11";
    mailer.contact.email = "dpo@mailcloud.example";
    auto tax = named<Party>("belastingdienst", "Belastingdienst");
    tax.role = PartyRole::authority;
    tax.country = "NL";
    auto arbo = named<Party>("arbodienst", "Arbodienst Midden");
    arbo.role = PartyRole::processor;
    arbo.country = "NL";
    arbo.dpa = "VWO-2023-02";
    auto partner = named<Party>("partner", "Partner Retail GmbH");
    partner.role = PartyRole::controller;
    partner.country = "DE";
    partner.contact.email = "datenschutz@partner.example";
    model.parties = {mailer, tax, arbo, partner};

    auto shop = named<System>("shop-db", "Webwinkeldatabase");
    shop.country = "NL";
    shop.measures = refs({"encryption"});
    shop.retention = {keep("P2Y", "einde klantrelatie", "", refs({"contact"}))};
    auto crm = named<System>("crm", "MailCloud CRM");
    crm.country = "US";
    crm.operated_by = ref("mailer");
    auto hris = named<System>("hris", "HR-systeem");
    hris.country = "NL";
    hris.measures = refs({"encryption", "mfa"});
    model.systems = {shop, crm, hris};

    auto encryption = named<Measure>("encryption", "Versleuteling in rust");
    encryption.kind = MeasureKind::technical;
    encryption.standard = "ISO 27001 A.8.24";
    auto mfa = named<Measure>("mfa", "Tweefactorauthenticatie");
    mfa.kind = MeasureKind::technical;
    auto need = named<Measure>("need-to-know", "Autorisatie op functie");
    need.kind = MeasureKind::organisational;
    model.measures = {encryption, mfa, need};
}

void add_activities(Model& model) {
    auto orders = named<Activity>("orders", "Bestellingen", "Bestellingen van klanten afhandelen.");
    orders.reference = "V-001";
    orders.department = "Verkoop";
    orders.purposes = refs({"sales"});
    orders.lawful_basis = LawfulBasis::contract;
    orders.subjects = refs({"customers"});
    orders.categories = refs({"contact", "invoice"});
    orders.source = refs({"subject"});
    orders.systems = refs({"shop-db", "crm"});
    orders.recipients = refs({"mailer", "belastingdienst"});
    orders.retention = {keep("P7Y", "factuurdatum", "AWR art. 52 lid 4", refs({"invoice"}))};
    orders.updated = Date{2026, 1, 15};
    orders.review = Date{2027, 1, 15};

    auto absence = named<Activity>("absence", "Verzuimregistratie");
    absence.reference = "P-002";
    absence.department = "HR";
    absence.purposes = refs({"absence-guidance"});
    absence.lawful_basis = LawfulBasis::legal_obligation;
    absence.basis_reference = "Wet verbetering poortwachter";
    absence.special_condition = SpecialCondition::employment;
    absence.subjects = refs({"staff"});
    absence.categories = refs({"hr-file", "bsn"});
    absence.source = refs({"subject", "arbodienst"});
    absence.systems = refs({"hris"});
    absence.recipients = refs({"arbodienst"});
    absence.measures = refs({"need-to-know"});
    absence.retention = {keep("P2Y", "einde dienstverband", "Uitvoeringsregels AP")};
    absence.dpia = ref("dpia-absence");
    absence.automated_decision = false;

    auto payroll = named<Activity>("payroll", "Salarisadministratie");
    payroll.reference = "P-001";
    payroll.purposes = refs({"salaries"});
    payroll.lawful_basis = LawfulBasis::legitimate_interests;
    payroll.subjects = refs({"staff"});
    payroll.categories = refs({"contact", "bsn"});
    payroll.status = ActivityStatus::planned;
    payroll.automated_decision = true;

    auto support = named<Activity>("partner-support", "Klantenservice voor Partner Retail");
    support.reference = "W-001";
    support.role = ActivityRole::processor;
    support.controllers = refs({"partner"});
    support.purposes = refs({"support"});
    support.subjects = refs({"customers"});
    support.categories = refs({"email", "medical"});
    support.systems = refs({"crm"});
    support.retention = {keep("P1Y6M", "einde opdracht", "verwerkersovereenkomst")};
    model.activities = {orders, absence, payroll, support};

    Flow flow;
    flow.from = ref("arbodienst");
    flow.to = ref("absence");
    flow.categories = refs({"sick-leave"});
    flow.activity = ref("absence");
    flow.transform = Transform::pseudonymised;
    model.flows = {flow};
}

void add_dpia(Model& model) {
    auto dpia = named<Dpia>("dpia-absence", "DPIA verzuimregistratie");
    dpia.activities = refs({"absence"});
    dpia.status = DpiaStatus::approved;
    dpia.approved = Date{2025, 3, 1};
    dpia.review = Date{2026, 3, 1};
    dpia.dpo_advice = "Positief, mits de toegang tot verzuimgegevens beperkt blijft tot HR.";
    dpia.necessity = "Verzuimregistratie is wettelijk verplicht; alleen de noodzakelijke gegevens worden vastgelegd.";
    Risk access;
    access.id = "R1";
    access.event = RiskEvent::illegitimate_access;
    access.description = "Leidinggevenden zien medische gegevens";
    access.likelihood = Level::significant;
    access.severity = Level::significant;
    access.measures = refs({"need-to-know", "mfa"});
    access.residual_likelihood = Level::negligible;
    access.residual_severity = Level::significant;
    Risk loss;
    loss.id = "R2";
    loss.event = RiskEvent::disappearance;
    loss.description = "Dossier raakt kwijt bij migratie";
    loss.likelihood = Level::limited;
    loss.severity = Level::limited;
    loss.residual_likelihood = Level::limited;
    loss.residual_severity = Level::limited;
    dpia.risks = {access, loss};
    model.dpias = {dpia};
}

Diagnostic finding(std::string rule, Severity severity, std::string entity, std::string message, std::string help) {
    Diagnostic diagnostic;
    diagnostic.rule = std::move(rule);
    diagnostic.severity = severity;
    diagnostic.entity = std::move(entity);
    diagnostic.where = {"activities.toml", 12, 5, 3};
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

Analysis fixed_analysis(const Model& model) {
    Analysis analysis;
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        analysis.screenings.push_back({i, {}, false});
    analysis.screenings[1].hits = {
        {Criterion::sensitive_data, "`sick-leave` is a kind of `health`", {"categories.toml", 17, 1, 10}},
        {Criterion::vulnerable_subjects, "`staff` is marked vulnerable", {"subjects.toml", 8, 1, 5}}};
    analysis.screenings[2].hits = {{Criterion::automated_decision, "`automated_decision = true`", {}}};
    analysis.findings = {
        finding("lawfulness.basis-undocumented", Severity::warning, "payroll",
                "activity `payroll` relies on legitimate interests without a legitimate interests assessment",
                "add `basis_reference` with the LIA"),
        finding("retention.missing", Severity::error, "payroll", "activity `payroll` has no retention for `bsn`",
                "add a retention rule for `bsn`"),
        finding("dpia.review-overdue", Severity::warning, "dpia-absence",
                "DPIA `dpia-absence` was due for review on 2026-03-01", "review the DPIA"),
        finding("transfer.tia-missing", Severity::warning, "mailer", "transfer to `mailer` has no TIA", ""),
        finding("retention.vague", Severity::warning, "orders", "activity `orders` keeps contact data vaguely",
                "add `max`")};
    analysis.findings.back().waiver = WaiverInfo{"Handmatig per kwartaal beoordeeld", "FG", {2027, 1, 1}, {}};
    return analysis;
}
} // namespace

ReportModel small_report_model() {
    ReportModel result;
    Model& model = result.model;
    model.info.format = 1;
    model.info.title = "Verwerkingsregister De Webwinkel";
    model.info.language = "nl";
    model.organisation = organisation();
    add_data(model);
    add_activities(model);
    add_dpia(model);
    index_model(model);
    result.analysis = fixed_analysis(model);
    return result;
}

ReportModel hostile_report_model(const std::string& text) {
    ReportModel result = small_report_model();
    Model& model = result.model;
    model.info.title = text;
    model.organisation->name = text;
    model.organisation->address = text;
    auto rename = [&](auto& entities) {
        for (auto& entity : entities) {
            entity.name = text;
            entity.description = text;
        }
    };
    rename(model.subjects);
    rename(model.categories);
    rename(model.purposes);
    rename(model.parties);
    rename(model.systems);
    rename(model.measures);
    rename(model.activities);
    rename(model.dpias);
    for (Activity& activity : model.activities) {
        activity.basis_reference = text;
        activity.reference = text;
        for (RetentionRule& rule : activity.retention)
            rule.basis = text;
    }
    for (Dpia& dpia : model.dpias) {
        dpia.dpo_advice = text;
        dpia.necessity = text;
        for (Risk& risk : dpia.risks)
            risk.description = text;
    }
    for (Diagnostic& finding : result.analysis.findings)
        finding.message = text;
    return result;
}

} // namespace privmap::test
