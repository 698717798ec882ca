// The report document: what the register, DPIA and compliance report say about a model.
#include "i18n.h"
#include "report_data.h"
#include "report_model.h"
#include "template_set.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace privmap;
using nlohmann::json;

namespace {
reports::Catalogue catalogue(const std::string& lang) {
    reports::TemplateSet templates(std::nullopt);
    return reports::Catalogue(json::parse(*templates.read("i18n/" + lang + ".json")), lang);
}

json report(const std::string& lang = "nl") {
    static test::ReportModel model = test::small_report_model();
    return reports::build_report_data(model.model, model.analysis, catalogue(lang), {2026, 6, 15});
}

const json& entry(const json& data, const std::string& id) {
    for (const char* section : {"controller_register", "processor_register"})
        for (const json& candidate : data[section]["entries"])
            if (candidate["id"] == id)
                return candidate;
    FAIL("no register entry " << id);
    static json none;
    return none;
}

const json& dpia_of(const json& data, const std::string& id) {
    for (const json& candidate : data["dpias"])
        if (candidate["id"] == id)
            return candidate;
    FAIL("no DPIA " << id);
    static json none;
    return none;
}

std::vector<std::string> rights(const json& entry) {
    std::vector<std::string> keys;
    for (const json& right : entry["rights"])
        keys.push_back(right["key"]);
    return keys;
}
} // namespace

TEST_CASE("controller and processor activities go to separate registers") {
    json data = report();
    REQUIRE(data["controller_register"]["entries"].size() == 3);
    REQUIRE(data["processor_register"]["entries"].size() == 1);
    CHECK(data["processor_register"]["entries"][0]["controllers"][0]["name"] ==
          "Partner Retail GmbH");
    CHECK(data["controller_register"]["count_text"] == "3 verwerkingen");
    CHECK(data["processor_register"]["count_text"] == "1 verwerking");
}

TEST_CASE("register entries are sorted with the language's collation") {
    json data = report();
    std::vector<std::string> names;
    for (const json& e : data["controller_register"]["entries"])
        names.push_back(e["name"]);
    CHECK(names ==
          std::vector<std::string>{"Bestellingen", "Salarisadministratie", "Verzuimregistratie"});
}

TEST_CASE("the rights that apply follow from the lawful basis") {
    json data = report();
    // contract: portability, no objection
    CHECK(rights(entry(data, "orders")) == std::vector<std::string>{"access", "rectification",
                                                                    "erasure", "restriction",
                                                                    "portability"});
    // legal obligation: no erasure, no portability, no objection
    CHECK(rights(entry(data, "absence")) ==
          std::vector<std::string>{"access", "rectification", "restriction"});
    // legitimate interests: objection; an automated decision adds human intervention
    CHECK(rights(entry(data, "payroll")) ==
          std::vector<std::string>{"access", "rectification", "erasure", "restriction", "objection",
                                   "human-intervention"});
    // a processor's register entry lists no rights: they are exercised with the controller
    CHECK(entry(data, "partner-support")["rights"].empty());
}

TEST_CASE("special categories are marked, also when inherited through the category tree") {
    json data = report();
    const json& absence = entry(data, "absence");
    CHECK(absence["has_special"] == true);
    REQUIRE(absence["sensitive_reached"].size() == 1);
    CHECK(absence["sensitive_reached"][0]["name"] == "Verzuimgegevens");
    CHECK(absence["sensitive_reached"][0]["special"] == "gezondheid");
    CHECK(absence["sensitive_reached"][0]["via"] == "Personeelsdossier");
    CHECK(absence["special_condition"]["article"] == "art. 9 lid 2 onder b");
    const json& support = entry(data, "partner-support");
    bool medical_marked = false;
    for (const json& category : support["categories"])
        medical_marked = medical_marked || (category["name"] == "Medische gegevens" &&
                                            category["special"] == "gezondheid");
    CHECK(medical_marked);
    CHECK(entry(data, "orders")["has_special"] == false);
}

TEST_CASE("transfers outside the EEA show the party, the country and the safeguard") {
    json data = report("en");
    const json& orders = entry(data, "orders");
    // The CRM system in the US is run by a US party: one transfer, to that party, as the
    // transfer.* rules count it.
    REQUIRE(orders["transfers"].size() == 1);
    CHECK(orders["transfers"][0]["name"] == "MailCloud Inc.");
    CHECK(orders["transfers"][0]["country"]["name"] == "United States");
    CHECK(orders["transfers"][0]["safeguard"] == "standard contractual clauses (Art. 46(2)(c))");
    CHECK(orders["transfers"][0]["covered"] == "yes");
    CHECK(orders["transfers"][0]["tia"] == "TIA-2025-03");
    CHECK(entry(data, "absence")["transfers"].empty());
}

TEST_CASE("retention periods are written out in the report's language, per category") {
    json data = report("nl");
    const json& orders = entry(data, "orders");
    CHECK(orders["retention"][1]["categories"] == "Factuurgegevens");
    CHECK(orders["retention"][1]["period"] == "7 jaar");
    CHECK(entry(report("en"), "orders")["retention"][1]["period"] == "7 years");
    CHECK(entry(data, "partner-support")["retention"][0]["period"] == "1 jaar en 6 maanden");
    // a category the activity's own rules leave out is kept as the system's rule says
    CHECK(orders["retention"][0]["categories"] == "Contactgegevens");
    CHECK(orders["retention"][0]["owner"] == "Webwinkeldatabase");
    // and one nothing covers says so
    const json& payroll = entry(data, "payroll");
    CHECK(payroll["retention"][0]["period"] == "niet vastgelegd");
    CHECK(payroll["retention"][0]["unrecorded"] == true);
}

TEST_CASE("a fact the model does not state is 'not recorded', never 'no'") {
    json data = report("nl");
    const json& orders = entry(data, "orders");
    CHECK(orders["automated_decision_text"] == "niet vastgelegd"); // no automated_decision key
    CHECK(entry(data, "payroll")["automated_decision_text"] == "Ja");
    CHECK(entry(data, "payroll")["recipients_recorded"] == false); // no recipients key
    CHECK(orders["recipients_recorded"] == true);
    // no screening and fewer than two criteria: nothing to conclude "no DPIA required" from
    CHECK(orders["dpia"]["state"] == "not-screened");
    CHECK(orders["dpia"]["text"] == "Geen DPIA-toets vastgelegd");
}

TEST_CASE("a recipient the lineage graph finds is listed with the way the data gets there") {
    json data = report("en");
    const json& support = entry(data, "partner-support");
    REQUIRE(support["recipients"].size() == 1);
    CHECK(support["recipients"][0]["name"] == "MailCloud Inc.");
    CHECK(support["recipients"][0]["declared"] == false);
    CHECK(support["recipients"][0]["path"] ==
          "Klantenservice voor Partner Retail → MailCloud CRM → MailCloud Inc. (United States)");
}

TEST_CASE("dates are in the locale's format") {
    CHECK(report("nl")["today_text"] == "15 juni 2026");
    CHECK(report("en")["today_text"] == "June 15, 2026");
}

TEST_CASE("the DPIA carries its risk map before and after the measures") {
    json data = report("en");
    const json& dpia = dpia_of(data, "dpia-absence");
    // rows run from maximum severity down, columns from negligible likelihood up
    const json& before = dpia["risk_map_before"]["rows"];
    CHECK(before[1]["severity"] == "Significant");
    CHECK(before[1]["cells"][2]["risks"][0]["id"] == "r1");
    CHECK(before[1]["cells"][2]["level"] == "high");
    CHECK(before[1]["cells"][2]["level_text"] == "High"); // written out, never the colour alone
    CHECK(before[3]["cells"][0]["level_text"] == "Low");
    CHECK(dpia["risk_map_after"]["rows"][1]["cells"][0]["risks"][0]["id"] == "r1");
    CHECK(dpia["risks"][0]["event"] == "Illegitimate access to personal data");
    CHECK(dpia["review_overdue"] == true);
    CHECK(dpia["art36"]["state"] == "not-required");
    CHECK(dpia["description"]["flows"][0]["transform"] == "pseudonymised");
}

TEST_CASE("the DPIA says which feared events it assessed and which not") {
    json data = report("en");
    const json& events = dpia_of(data, "dpia-absence")["events"];
    REQUIRE(events.size() == 12); // the CNIL events, the rights-and-freedoms risks, other
    CHECK(events[0]["event"] == "Illegitimate access to personal data");
    CHECK(events[0]["risks"] == "r1");
    CHECK(events[1]["assessed"] == false); // unwanted modification
    CHECK(events[2]["risks"] == "r2");
    CHECK(events[3]["event"] == "Discrimination");
    CHECK(events[3]["risks"] == "r3");
    CHECK(events[4]["assessed"] == false); // exclusion
    CHECK(events.back()["event"] == "Other risk");
    CHECK(events.back()["risks"] == "r4");
}

TEST_CASE("a DPIA risk runs from its risk source through the feared event to its impact, and an "
          "`other` event carries the DPO's own name") {
    json data = report("en");
    const json& risks = dpia_of(data, "dpia-absence")["risks"];
    const json& discrimination = risks[2]["risks"][0];
    CHECK(discrimination["id"] == "r3");
    CHECK(discrimination["risk_source"] == "Leidinggevenden die verzuimpatronen zien");
    CHECK(discrimination["impact"] == "Minder kans op promotie of verlenging van het contract");
    const json& other = risks.back();
    CHECK(other["event"] == "Other risk");
    CHECK(other["risks"][0]["named_event"] == "Druk om eerder terug te keren");
}

TEST_CASE("a risk without both levels is listed beside the map, not placed on it") {
    json data = report("en");
    const json& support = dpia_of(data, "dpia-support");
    CHECK(support["risk_map_before"]["off_map"] == "r1");
    CHECK(support["risk_map_after"]["off_map"] == "r1");
    CHECK(support["risks"][0]["risks"][0]["level"] == "unknown");
}

TEST_CASE("the DPIA names the parts Art. 35(7) asks for that it leaves empty, as check does") {
    json data = report("en");
    CHECK(dpia_of(data, "dpia-absence")["missing"].empty());
    const json& support = dpia_of(data, "dpia-support");
    CHECK(
        support["missing"] ==
        json{{"description", true}, {"necessity", true}, {"measures", true}, {"dpo_advice", true}});
    const json& payroll = dpia_of(data, "dpia-payroll");
    CHECK(payroll["missing"].contains("risks"));
    CHECK(payroll["dpo_advice"].is_null());
    CHECK(payroll["decision"].is_null());
    CHECK(payroll["subjects_views"].is_null());
}

TEST_CASE("the DPIA carries the DPO's advice, the data subjects' views and the sign-off") {
    json data = report("nl");
    const json& dpia = dpia_of(data, "dpia-absence");
    CHECK(dpia["dpo_advice"]["name"] == "M. de Vries");
    CHECK(dpia["dpo_advice"]["date"] == "10 februari 2025");
    CHECK(dpia["dpo_advice"]["followed"] == "Ja");
    CHECK(dpia["subjects_views"]["sought"] == "Ja");
    CHECK(dpia["subjects_views"]["how"] == "Voorgelegd aan de ondernemingsraad");
    CHECK(dpia["decision"]["outcome"] == "Vastgesteld onder voorwaarden");
    CHECK(dpia["decision"]["by"] == "J. Jansen");
    CHECK(dpia["decision"]["date"] == "1 maart 2025");
    const json& support = dpia_of(data, "dpia-support");
    CHECK(support["dpo_advice"]["followed"] == "Nee");
    CHECK(support["dpo_advice"]["not_followed"] == true);
}

TEST_CASE("the DPIA's action plan names each measure's owner, due date, state and risks, and "
          "marks a planned measure past its date") {
    json data = report("en");
    const json& actions = dpia_of(data, "dpia-absence")["actions"];
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]["risks"] == "r1, r3, r4");
    CHECK(actions[0]["owner"] == "HR");
    CHECK(actions[0]["state"] == "implemented");
    CHECK(actions[0]["overdue"] == false);
    CHECK(actions[1]["due"] == "June 1, 2025");
    CHECK(actions[1]["state"] == "planned"); // the default
    CHECK(actions[1]["overdue"] == true);    // the reports' today is 15 June 2026
    CHECK(dpia_of(data, "dpia-payroll")["has_actions"] == false);
}

TEST_CASE("the DPIA lists part A's context and part B's assessment each with its answer, empty "
          "where the DPO recorded none") {
    json data = report("en");
    const json& dpia = dpia_of(data, "dpia-absence");
    REQUIRE(dpia["context"].size() == 3);
    CHECK(dpia["context"][1]["name"] == "Techniques and technology");
    CHECK(dpia["context"][1]["text"] == "");
    CHECK(dpia["context"][2]["text"] == "Wet verbetering poortwachter; Arbowet");
    REQUIRE(dpia["assessment"].size() == 6);
    CHECK(dpia["assessment"][0]["name"] == "Purpose limitation");
    CHECK(dpia["assessment"][3]["text"] ==
          "Zonder registratie kan de begeleiding niet wettelijk plaatsvinden.");
    CHECK(dpia["assessment"][5]["text"] == ""); // the retention periods' justification
}

TEST_CASE("the DPIA screening says where each criterion came from") {
    json data = report("en");
    const json& absence = entry(data, "absence");
    REQUIRE(absence["screening"]["criteria"].size() == 2);
    CHECK(absence["screening"]["criteria"][0]["because"] ==
          "‘sick-leave’ is a kind of ‘health’, special-category data (health)");
    CHECK(absence["screening"]["criteria"][0]["location"] == "categories.toml:17:1");
    CHECK(absence["dpia"]["state"] == "approved");
}

TEST_CASE("findings appear beside the entry, and waived ones as accepted") {
    json data = report("en");
    CHECK(entry(data, "payroll")["findings_count"] == 2);
    const json& orders = entry(data, "orders");
    CHECK(orders["findings_count"] == 0);
    REQUIRE(orders["findings"].size() == 1);
    CHECK(orders["findings"][0]["accepted"] == true);
    CHECK(orders["findings"][0]["waiver"]["approved_by"] == "FG");
    CHECK(orders["findings"][0]["waiver"]["expires"] == "January 1, 2027");
}

TEST_CASE("the compliance report groups findings by entity and severity") {
    json data = report("en");
    const json& compliance = data["compliance"];
    CHECK(compliance["summary"]["open"] == "4 open findings");
    CHECK(compliance["summary"]["accepted"] == "1 accepted finding");
    CHECK(compliance["summary"]["errors"] == 1);
    std::vector<std::string> groups;
    for (const json& group : compliance["groups"])
        groups.push_back(group["name"]);
    CHECK(groups == std::vector<std::string>{"Bestellingen", "DPIA verzuimregistratie",
                                             "MailCloud Inc.", "Salarisadministratie"});
    const json& payroll = compliance["groups"][3];
    CHECK(payroll["severities"][0]["severity"] == "error");
    CHECK(payroll["severities"][1]["severity"] == "warning");
    CHECK(compliance["groups"][0]["accepted"][0]["waiver"]["reason"] ==
          "Handmatig per kwartaal beoordeeld");
}

TEST_CASE("the compliance verdict names only the severities of open findings") {
    test::ReportModel model = test::small_report_model();
    std::vector<Diagnostic> findings = model.analysis.findings; // an error and warnings
    findings.push_back(findings.front());
    findings.back().severity = Severity::note;
    auto verdict = [&](std::initializer_list<Severity> kept) {
        Analysis& analysis = model.analysis;
        analysis.findings = findings;
        std::erase_if(analysis.findings, [&](const Diagnostic& finding) {
            return std::find(kept.begin(), kept.end(), finding.severity) == kept.end();
        });
        return reports::build_report_data(model.model, analysis, catalogue("en"),
                                          {2026, 6, 15})["compliance"]["summary"]["verdict"]
            .get<std::string>();
    };
    CHECK(verdict({Severity::warning}) == "The register has no errors; warnings remain.");
    CHECK(verdict({Severity::note}) == "The register has no errors or warnings; notes remain.");
    CHECK(verdict({Severity::warning, Severity::note}) ==
          "The register has no errors; warnings and notes remain.");
    CHECK(verdict({}) == "No open findings: the register is complete as far as privmap can check.");
}

/// The finding of `rule` beside an entry.
const json& finding_of(const json& entry, std::string_view rule) {
    for (const json& finding : entry["findings"])
        if (finding["rule"] == rule)
            return finding;
    FAIL("no finding " << rule);
    return entry;
}

TEST_CASE("a Dutch report gives each finding, its notes and its fix in Dutch, and names its "
          "entity") {
    json data = report("nl");
    const json& finding = finding_of(entry(data, "payroll"), "retention.missing");
    CHECK(finding["text"] == "verwerking ‘payroll’ heeft geen bewaartermijn voor ‘bsn’, niet bij "
                             "de verwerking en niet bij de systemen die zij gebruikt");
    CHECK(finding["notes"][0] == "systeem ‘erp’ heeft er ook geen termijn voor");
    CHECK(finding["help"].get<std::string>().starts_with("voeg ‘retention = "));
    CHECK(finding["about"]["name"] == "Salarisadministratie");
    CHECK(finding["about"]["href"] == "register.html#activity-payroll");
    const json& dpia = data["compliance"]["groups"][1]["severities"][0]["findings"][0];
    CHECK(dpia["about"]["href"] == "dpia-absence.html");
}

TEST_CASE("an English report shows the rule's message as the finding's text") {
    json data = report("en");
    const json& finding = finding_of(entry(data, "payroll"), "lawfulness.basis-undocumented");
    CHECK(finding["text"] == "activity ‘payroll’ relies on ‘legitimate-interests’ without "
                             "documenting a legitimate interests assessment (purpose, necessity, "
                             "balancing)");
    CHECK(finding["about"] == false);
}

TEST_CASE("the compliance report puts where each finding is in the model in its appendix") {
    json data = report("nl");
    const json& positions = data["compliance"]["positions"];
    REQUIRE(!positions.empty());
    CHECK(positions[0]["location"] == "activities.toml:12:5");
    bool note_listed = false;
    for (const json& position : positions)
        note_listed = note_listed || (position["location"] == "systems.toml:3:1" &&
                                      position["what"] == "systeem ‘erp’ heeft er ook geen "
                                                          "termijn voor");
    CHECK(note_listed);
}

TEST_CASE("a Dutch report gives the DPIA screening's reasons in Dutch") {
    json data = report("nl");
    const json& absence = entry(data, "absence")["screening"]["criteria"];
    CHECK(absence[0]["because"] == "‘sick-leave’ valt onder ‘health’, een bijzonder "
                                   "persoonsgegeven (gezondheid)");
    CHECK(absence[1]["because"] == "betrokkenen ‘staff’ zijn als kwetsbaar aangemerkt");
}

TEST_CASE("every reason the screening gives has a Dutch sentence") {
    reports::Catalogue nl = catalogue("nl");
    for (const char* key :
         {"declared", "automated-decision", "public-area", "highly-personal", "special", "criminal",
          "special-inherited", "criminal-inherited", "reached", "large-scale", "matching-datasets",
          "children", "vulnerable"}) {
        INFO("templates/i18n/nl.json has no finding sentence screening." << key);
        CHECK(nl.entry("findings", std::string("screening.") + key).has_value());
    }
}

TEST_CASE("a screening reason reached along a path says the path in Dutch") {
    reports::Catalogue nl = catalogue("nl");
    test::ReportModel model = test::small_report_model();
    model.analysis.screenings[0].hits = {
        {Criterion::sensitive_data,
         {},
         {"highly-personal", {{"category", "`bsn`"}, {"path", "hr-db → payroll"}}}}};
    json data = reports::build_report_data(model.model, model.analysis, nl, {2026, 6, 15});
    std::string first = model.model.activities[0].id;
    CHECK(entry(data, first)["screening"]["criteria"][0]["because"] ==
          "‘bsn’ is zeer persoonlijk; de verwerking krijgt deze gegevens via hr-db → payroll");
}

namespace {
/// Every key of every object in `value`, at any depth, except the catalogue's labels.
void collect_keys(const json& value, std::set<std::string>& keys) {
    if (value.is_array())
        for (const json& item : value)
            collect_keys(item, keys);
    if (!value.is_object())
        return;
    for (const auto& [key, item] : value.items()) {
        keys.insert(key);
        if (key != "t")
            collect_keys(item, keys);
    }
}
} // namespace

TEST_CASE("docs/templates.md names every key of the report document") {
    std::set<std::string> keys;
    for (const char* lang : {"nl", "en"})
        collect_keys(report(lang), keys);
    std::string docs = test::read_file(test::source_path("docs/templates.md"));
    for (const std::string& key : keys) {
        INFO("key `" << key << "` of the report document");
        CHECK((docs.find("`" + key + "`") != std::string::npos ||
               docs.find("`" + key + "[]`") != std::string::npos ||
               docs.find("`" + key + ".") != std::string::npos));
    }
}

TEST_CASE("the register shows adequacy only for a recipient within the decision's scope") {
    test::ReportModel model = test::small_report_model();
    Party& mailer = *std::find_if(model.model.parties.begin(), model.model.parties.end(),
                                  [](const Party& p) { return p.id == "mailer"; });
    mailer.country = "CA";
    mailer.safeguard.reset();
    auto canadian_safeguard = [&] {
        Analysis analysis = analyze(model.model, {Date{2026, 6, 15}});
        json data =
            reports::build_report_data(model.model, analysis, catalogue("en"), {2026, 6, 15});
        for (const json& transfer : entry(data, "orders")["transfers"])
            if (transfer["name"] == "MailCloud Inc.")
                return transfer["safeguard"].get<std::string>();
        return std::string("(no transfer)");
    };
    CHECK(canadian_safeguard() == catalogue("en").vocabulary("safeguard", "adequacy"));
    mailer.role = PartyRole::authority; // a federal authority is outside PIPEDA
    CHECK(canadian_safeguard() == "");
}

TEST_CASE("a DPIA whose decision rejected it is not shown as approved, whatever its status") {
    // Before: the report judged `status` alone while check and the facts read the decision.
    test::ReportModel model = test::small_report_model();
    REQUIRE(!model.model.dpias.empty());
    Dpia& dpia = model.model.dpias.front();
    dpia.status = DpiaStatus::approved;
    dpia.decision = DpiaDecision{};
    dpia.decision->outcome = DpiaOutcome::rejected;
    Analysis analysis = analyze(model.model, {Date{2026, 6, 15}});
    json data = reports::build_report_data(model.model, analysis, catalogue("en"), {2026, 6, 15});
    CHECK(dpia_of(data, dpia.id)["approved"] == false);
}

TEST_CASE("a DPIA's review is overdue in the report exactly when check says dpia.review-overdue") {
    test::ReportModel model = test::small_report_model();
    REQUIRE(!model.model.dpias.empty());
    const Dpia& dpia = model.model.dpias.front();
    auto shown_and_found = [&](Date review) {
        model.model.dpias.front().review = review;
        Analysis analysis = analyze(model.model, {Date{2026, 6, 15}});
        json data =
            reports::build_report_data(model.model, analysis, catalogue("en"), {2026, 6, 15});
        bool found = std::any_of(analysis.findings.begin(), analysis.findings.end(),
                                 [&](const Diagnostic& d) {
                                     return d.rule == "dpia.review-overdue" && d.entity == dpia.id;
                                 });
        return std::pair{dpia_of(data, dpia.id)["review_overdue"].get<bool>(), found};
    };
    CHECK(shown_and_found({2026, 6, 14}) == std::pair{true, true});
    CHECK(shown_and_found({2026, 6, 15}) == std::pair{false, false});
}
