// Draws what activities refer to: departments, subjects, the category tree, purposes,
// measures, parties and systems.
#include "plan.h"
#include "random.h"

#include <array>
#include <cmath>
#include <string_view>

namespace privmap::modelgen {
namespace {

constexpr std::array<std::string_view, 16> department_names{
    "hr",        "finance",          "sales",
    "marketing", "customer-service", "it",
    "legal",     "facilities",       "care",
    "research",  "communications",   "procurement",
    "security",  "education",        "social-services",
    "permits"};

// Departments whose work involves special categories of data.
bool handles_special_data(std::string_view department) {
    return department == "hr" || department == "care" || department == "research" ||
           department == "security" || department == "social-services";
}

struct BaseCategory {
    std::string_view id;
    std::string_view parent;
    std::string_view special;
    bool national_id;
    bool highly_personal;
    std::string_view statutory_period;
};

// A taxonomy like the ones registers use; special ones carry their Art. 9/10 kind.
constexpr std::array<BaseCategory, 47> base_categories{{
    {"contact", "", "", false, false, ""},
    {"email", "contact", "", false, false, ""},
    {"phone", "contact", "", false, false, ""},
    {"postal-address", "contact", "", false, false, ""},
    {"identity", "", "", false, false, ""},
    {"full-name", "identity", "", false, false, ""},
    {"birth-date", "identity", "", false, false, ""},
    {"bsn", "identity", "", true, false, ""},
    {"id-document", "identity", "", true, false, ""},
    {"financial", "", "", false, true, ""},
    {"iban", "financial", "", false, true, ""},
    {"invoice", "financial", "", false, true, "P7Y"},
    {"salary", "financial", "", false, true, "P7Y"},
    {"credit-score", "financial", "", false, true, ""},
    {"location", "", "", false, true, ""},
    {"gps-trace", "location", "", false, true, ""},
    {"online", "", "", false, false, ""},
    {"ip-address", "online", "", false, false, ""},
    {"cookie-id", "online", "", false, false, ""},
    {"device-id", "online", "", false, false, ""},
    {"communications", "", "", false, true, ""},
    {"email-content", "communications", "", false, true, ""},
    {"call-records", "communications", "", false, true, ""},
    {"employment", "", "", false, false, ""},
    {"contract-terms", "employment", "", false, false, ""},
    {"performance-review", "employment", "", false, false, ""},
    {"education-history", "", "", false, false, ""},
    {"diplomas", "education-history", "", false, false, ""},
    {"grades", "education-history", "", false, false, ""},
    {"customer-history", "", "", false, false, ""},
    {"orders", "customer-history", "", false, false, ""},
    {"support-tickets", "customer-history", "", false, false, ""},
    {"health", "", "health", false, false, ""},
    {"diagnosis", "health", "", false, false, ""},
    {"sick-leave", "health", "", false, false, ""},
    {"medication", "health", "", false, false, ""},
    {"disability", "health", "", false, false, ""},
    {"genetic-data", "", "genetic", false, false, ""},
    {"biometric", "", "biometric", false, false, ""},
    {"fingerprint", "biometric", "", false, false, ""},
    {"face-template", "biometric", "", false, false, ""},
    {"criminal", "", "criminal", false, false, ""},
    {"certificate-of-conduct", "criminal", "", false, false, ""},
    {"religion", "", "religious-beliefs", false, false, ""},
    {"union-membership", "", "trade-union", false, false, ""},
    {"ethnicity", "", "racial-ethnic-origin", false, false, ""},
    {"political-views", "", "political-opinions", false, false, ""},
}};

constexpr std::array<std::string_view, 12> subject_kinds{
    "customers", "employees", "applicants", "patients",   "pupils",   "supplier-contacts",
    "visitors",  "citizens",  "members",    "volunteers", "students", "tenants"};

constexpr std::array<std::string_view, 10> purpose_verbs{
    "administration", "planning", "reporting",  "quality",  "billing",
    "communication",  "support",  "compliance", "analysis", "archiving"};

constexpr std::array<std::string_view, 12> system_kinds{
    "crm",       "erp",     "hris",        "archive",    "portal",    "data-warehouse",
    "ticketing", "mailbox", "case-system", "file-share", "scheduler", "mobile-app"};

constexpr std::array<std::string_view, 12> base_measures{
    "encryption-at-rest", "mfa",         "access-logging", "backups", "pseudonymisation",
    "awareness-training", "clean-desk",  "badge-access",   "dlp",     "vulnerability-scanning",
    "retention-job",      "vendor-audit"};

constexpr std::array<std::string_view, 17> eea{"NL", "DE", "BE", "FR", "IE", "LU", "DK", "SE", "FI",
                                               "ES", "IT", "PL", "AT", "PT", "CZ", "NO", "IS"};
constexpr std::array<std::string_view, 8> adequate{"GB", "CH", "JP", "CA", "NZ", "KR", "IL", "UY"};
constexpr std::array<std::string_view, 8> third{"US", "US", "US", "IN", "BR", "AU", "SG", "AW"};

std::string numbered(std::string_view base, std::size_t round) {
    return round == 0 ? std::string(base) : std::string(base) + "-" + std::to_string(round + 1);
}

void draw_departments(Plan& plan, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k)
        plan.departments.push_back(
            {numbered(department_names[k % department_names.size()], k / department_names.size()),
             {},
             {},
             {},
             {},
             {},
             {}});
}

void draw_subjects(Plan& plan, Random& random) {
    std::size_t count = subject_kinds.size() + plan.departments.size() / 2;
    for (std::size_t k = 0; k < count; ++k) {
        std::string_view kind = subject_kinds[k % subject_kinds.size()];
        SubjectPlan subject{
            numbered(kind, k / subject_kinds.size()), std::string(kind), false, false, 0, 0};
        subject.name[0] = static_cast<char>(subject.name[0] - 'a' + 'A');
        subject.vulnerable = kind == "patients" || kind == "pupils" || kind == "employees";
        subject.children = kind == "pupils";
        if (subject.children)
            subject.min_age = random.between(8, 15);
        subject.count =
            static_cast<long long>(random.between(1, 100)) * (random.percent(10) ? 10000 : 500);
        plan.subjects.push_back(std::move(subject));
    }
    for (Department& department : plan.departments)
        for (std::size_t k = 0, n = static_cast<std::size_t>(random.between(2, 4)); k < n; ++k)
            department.subjects.push_back(static_cast<int>(random.below(plan.subjects.size())));
}

int category_index(const Plan& plan, std::string_view id) {
    for (std::size_t k = 0; k < plan.categories.size(); ++k)
        if (plan.categories[k].id == id)
            return static_cast<int>(k);
    return -1;
}

void add_category(Plan& plan, CategoryPlan category) {
    if (category.parent >= 0) {
        const CategoryPlan& parent = plan.categories[static_cast<std::size_t>(category.parent)];
        category.effectively_special = parent.effectively_special;
        category.effectively_highly_personal = parent.effectively_highly_personal;
    }
    category.effectively_special = category.effectively_special || !category.special.empty();
    category.effectively_highly_personal =
        category.effectively_highly_personal || category.highly_personal;
    plan.categories.push_back(std::move(category));
}

// The wide profile's taxonomy: three kinds of each base category, each in three parts
// (`email-2`, `email-2-3`), so that `contact` stands for 52 categories four levels deep.
void refine_base_categories(Plan& plan) {
    std::size_t bases = plan.categories.size();
    for (std::size_t b = 0; b < bases; ++b)
        for (int kind = 1; kind <= 3; ++kind) {
            int parent = static_cast<int>(plan.categories.size());
            std::string id = plan.categories[b].id + "-" + std::to_string(kind);
            add_category(plan, {id, plan.categories[b].name + " " + std::to_string(kind),
                                static_cast<int>(b), "", false, false, "", false, false});
            for (int part = 1; part <= 3; ++part)
                add_category(plan, {id + "-" + std::to_string(part),
                                    plan.categories[b].name + " " + std::to_string(kind) + "." +
                                        std::to_string(part),
                                    parent, "", false, false, "", false, false});
        }
}

// The base taxonomy (refined in the wide profile), then finer categories of some departments
// below base ones (e.g. `hr-2-sick-leave-notes`), then each department's pool.
void draw_categories(Plan& plan, Random& random) {
    for (const BaseCategory& base : base_categories)
        add_category(plan,
                     {std::string(base.id), std::string(base.id), category_index(plan, base.parent),
                      std::string(base.special), base.national_id, base.highly_personal,
                      std::string(base.statutory_period), false, false});
    if (plan.wide)
        refine_base_categories(plan);
    std::vector<int> ordinary, personal, special;
    for (std::size_t k = 0; k < plan.categories.size(); ++k) {
        const CategoryPlan& category = plan.categories[k];
        (category.effectively_special           ? special
         : category.effectively_highly_personal ? personal
                                                : ordinary)
            .push_back(static_cast<int>(k));
    }
    // An organisation's data taxonomy grows more slowly than its register: only the first
    // 4·√departments departments refine it, with two categories each.
    std::size_t refining = static_cast<std::size_t>(4 * std::sqrt(plan.departments.size()));
    for (std::size_t d = 0; d < plan.departments.size(); ++d) {
        Department& department = plan.departments[d];
        bool sensitive = handles_special_data(department_names[d % department_names.size()]);
        for (int k = 0; k < 2 && d < refining; ++k) {
            int parent = sensitive && k == 1 ? random.pick(special) : random.pick(ordinary);
            const CategoryPlan& base = plan.categories[static_cast<std::size_t>(parent)];
            std::string id = department.name + "-" + base.id + "-" + (k == 0 ? "detail" : "notes");
            department.categories.push_back(static_cast<int>(plan.categories.size()));
            add_category(plan, {id, base.name + " (" + department.name + ")", parent, "", false,
                                false, "", false, false});
        }
        int pool = plan.wide ? random.between(10, 14) : random.between(5, 8);
        for (int pick : random.sample(ordinary, static_cast<std::size_t>(pool)))
            department.categories.push_back(pick);
        for (int pick : random.sample(personal, static_cast<std::size_t>(random.between(0, 1))))
            department.categories.push_back(pick);
        if (sensitive)
            for (int pick : random.sample(special, static_cast<std::size_t>(random.between(1, 3))))
                department.categories.push_back(pick);
    }
}

void draw_purposes(Plan& plan, Random& random) {
    for (Department& department : plan.departments) {
        int count = random.between(3, 6);
        for (int k = 0; k < count; ++k) {
            PurposePlan purpose;
            std::string_view verb = purpose_verbs[random.below(purpose_verbs.size())];
            purpose.id = department.name + "-" + std::string(verb) + "-" + std::to_string(k + 1);
            purpose.name = "The " + std::string(verb) + " of " + department.name + " (" +
                           std::to_string(k + 1) + ")";
            if (!department.purposes.empty() && random.percent(35))
                purpose.compatible_with.push_back(random.pick(department.purposes));
            department.purposes.push_back(static_cast<int>(plan.purposes.size()));
            plan.purposes.push_back(std::move(purpose));
        }
    }
}

void draw_measures(Plan& plan) {
    constexpr std::array<std::string_view, 3> kinds{"technical", "organisational", "physical"};
    for (std::size_t k = 0; k < base_measures.size() + plan.departments.size() / 10; ++k) {
        std::string_view base = base_measures[k % base_measures.size()];
        std::string id = numbered(base, k / base_measures.size());
        plan.measures.push_back({id, id, std::string(kinds[k % kinds.size()]),
                                 k % 3 == 0 ? "ISO 27001 A.8." + std::to_string(k % 34 + 1) : ""});
    }
}

void place_abroad(PartyPlan& party, Random& random) {
    int where = random.between(1, 100);
    if (where <= 75) {
        party.country = std::string(random.pick(std::span<const std::string_view>(eea)));
    } else if (where <= 85) {
        party.country = std::string(random.pick(std::span<const std::string_view>(adequate)));
    } else if (where == 86) {
        party.country = "unknown";
    } else {
        party.country = std::string(random.pick(std::span<const std::string_view>(third)));
        if (party.country == "US" && random.percent(50)) {
            party.dpf_certified = true;
            return;
        }
        int safeguard = random.between(1, 100);
        if (safeguard <= 70)
            party.safeguard = "scc";
        else if (safeguard <= 80)
            party.safeguard = "bcr";
        else if (safeguard <= 85)
            party.safeguard = "derogation", party.derogation = "art49-1-b";
        party.tia = (party.safeguard == "scc" || party.safeguard == "bcr") && random.percent(70);
    }
}

std::string draw_role(Random& random, bool may_be_public) {
    int role = random.between(1, 100);
    if (role <= 40)
        return "processor";
    if (role <= 50)
        return "sub-processor";
    if (role <= 68)
        return "recipient";
    if (role <= 78)
        return "authority";
    if (role <= 92)
        return "controller";
    if (role <= 99 || !may_be_public)
        return "joint-controller";
    return "public";
}

void draw_parties(Plan& plan, Random& random) {
    constexpr std::array<std::string_view, 10> names{
        "cloudhost",    "payroll-bureau", "mailer",    "analytics-co", "insurer",
        "pension-fund", "it-support",     "printshop", "bank",         "courier"};
    std::vector<int> controllers;
    std::size_t count = 10 + plan.departments.size() * 7;
    for (std::size_t k = 0; k < count; ++k) {
        PartyPlan party;
        party.id = std::string(names[k % names.size()]) + "-" + std::to_string(k + 1);
        party.name = party.id;
        party.name[0] = static_cast<char>(party.name[0] - 'a' + 'A');
        party.role = draw_role(random, k % 200 == 7);
        if (party.role == "sub-processor" && controllers.empty())
            party.role = "processor";
        if (party.role != "public")
            place_abroad(party, random);
        party.dpa =
            (party.role == "processor" || party.role == "sub-processor") && random.percent(95);
        if (party.role == "sub-processor")
            party.authorised_by =
                random.sample(controllers, static_cast<std::size_t>(random.between(1, 2)));
        party.provider =
            (party.role == "controller" || party.role == "authority") && random.percent(50);
        if (party.role == "controller" || party.role == "joint-controller")
            controllers.push_back(static_cast<int>(k));
        plan.parties.push_back(std::move(party));
    }
    for (std::size_t d = 0; d < plan.departments.size(); ++d) {
        // Each department works with its own block of parties, and with a few shared ones.
        Department& department = plan.departments[d];
        for (std::size_t k = 10 + d * 7; k < 10 + d * 7 + 7; ++k)
            if (!plan.parties[k].provider)
                department.parties.push_back(static_cast<int>(k));
        department.parties.push_back(static_cast<int>(random.below(10)));
    }
}

RetentionPlan draw_system_retention(Random& random) {
    constexpr std::array<std::string_view, 5> periods{"P1Y", "P2Y", "P5Y", "P7Y", "P10Y"};
    RetentionPlan rule;
    rule.period = std::string(random.pick(std::span<const std::string_view>(periods)));
    rule.from = "last-change";
    rule.deletion = random.percent(70) ? "automatic" : "manual";
    return rule;
}

void draw_systems(Plan& plan, Random& random) {
    std::vector<int> operators;
    for (std::size_t k = 0; k < plan.parties.size(); ++k)
        if (plan.parties[k].role == "processor")
            operators.push_back(static_cast<int>(k));
    for (Department& department : plan.departments) {
        std::vector<std::string_view> kinds(system_kinds.begin(), system_kinds.end());
        for (std::string_view kind :
             random.sample(kinds, static_cast<std::size_t>(random.between(3, 6)))) {
            SystemPlan system;
            system.id = department.name + "-" + std::string(kind);
            system.name = std::string(kind) + " of " + department.name;
            system.country = random.percent(85) ? "NL" : std::string(eea[random.below(eea.size())]);
            if (!operators.empty() && random.percent(60)) {
                system.operated_by = random.pick(operators);
                const std::string& country =
                    plan.parties[static_cast<std::size_t>(system.operated_by)].country;
                if (country != "unknown")
                    system.country = country;
            }
            std::vector<int> measures(plan.measures.size());
            for (std::size_t m = 0; m < measures.size(); ++m)
                measures[m] = static_cast<int>(m);
            if (random.percent(92))
                system.measures =
                    random.sample(measures, static_cast<std::size_t>(random.between(1, 4)));
            if (random.percent(40))
                system.retention.push_back(draw_system_retention(random));
            department.systems.push_back(static_cast<int>(plan.systems.size()));
            plan.systems.push_back(std::move(system));
        }
    }
}

} // namespace

void draw_vocabulary(Plan& plan, Random& random, std::size_t departments) {
    draw_departments(plan, departments);
    draw_subjects(plan, random);
    draw_categories(plan, random);
    draw_purposes(plan, random);
    draw_measures(plan);
    draw_parties(plan, random);
    draw_systems(plan, random);
}

} // namespace privmap::modelgen
