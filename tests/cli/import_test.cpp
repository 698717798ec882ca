// `privmap import --from avg-register` and `--from fides`: each fixture (a clean register, one
// with gaps, one with values privmap cannot map) becomes a model that loads without model.* errors,
// whose gaps are comments in the files and findings of `privmap check`.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <utility>

using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::TempDir;

namespace {

struct Imported {
    privmap::test::Run import;
    std::string model; // the folder written
    std::string check; // what `privmap check` says about it
};

/// `privmap import --from FORMAT tests/models/import/FORMAT/FIXTURE`, then `privmap check`.
Imported import_fixture(const TempDir& dir, const std::string& fixture,
                        const std::string& format = "avg-register",
                        std::vector<std::string> options = {}) {
    Imported result;
    result.model = (dir.path / "register").string();
    std::vector<std::string> args{"import", "--from",
                                  format,   "tests/models/import/" + format + "/" + fixture,
                                  "-o",     result.model};
    args.insert(args.end(), options.begin(), options.end());
    result.import = run_privmap(args);
    // An imported register may be Dutch (`language = "nl"`); these tests read the English
    // findings.
    auto check = run_privmap({"check", result.model, "--today", "2026-06-01", "--lang", "en"});
    result.check = check.out + check.err;
    return result;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// model.* findings other than model.incomplete: the files do not load as a model. An entry
/// the source left without subjects or categories is model.incomplete, a gap like any other.
std::size_t load_problems(const std::string& check) {
    return privmap::test::occurrences(check, "[model.") -
           privmap::test::occurrences(check, "[model.incomplete]");
}

} // namespace

TEST_CASE("a clean AVG register imports as a model that loads, in the standard vocabulary") {
    TempDir dir;
    Imported run = import_fixture(dir, "clean.json");
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(has(run.import.out, " 0 gaps, 0 left out"));
    CHECK(load_problems(run.check) == 0);
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK_FALSE(has(activities, "\n# GAP:")); // the header names them, no line is one
    CHECK(has(activities, "reference = \"VZ-0001\""));
    CHECK(has(activities, "lawful_basis = \"public-task\""));
    CHECK(has(activities, "basis_reference = \"Awb art. 2:3\""));
    CHECK(has(activities, "categories = [\"std:name\", \"std:email\", \"std:address\", "
                          "\"inhoud-van-de-brief\"]"));
    CHECK(has(activities, "subjects = [\"std:employees\"]"));
    CHECK(has(activities, "retention = { period = \"P5Y\" }"));
    // What the register lacks in privmap's eyes is a finding, not an import gap.
    CHECK(has(run.check, "error[processor.dpa-missing]"));
    CHECK(has(run.check, "error[dpia.required]: activity `personeelsdossier`"));
}

TEST_CASE("an AVG register with gaps imports with a GAP comment and a finding for each") {
    TempDir dir;
    Imported run = import_fixture(dir, "gaps.json");
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(run.check, "error[model.incomplete]: activity `klachtenregistratie`"));
    CHECK(has(run.import.out, "guessed: organisatie.land: country `NL` (rule: the AVG Register "
                              "is Dutch)"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the record names no purpose (Art. 30(1)(b))"));
    CHECK(has(activities, "# GAP: the register's retention `zo lang als nodig` is not a period"));
    CHECK(has(read_file(run.model + "/parties.toml"),
              "# GAP: the register does not say where `Nationale ombudsman` processes the data"));
    CHECK(has(run.check, "error[lawfulness.purpose-missing]: activity `cameratoezicht-stadhuis`"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `cameratoezicht-stadhuis`"));
    CHECK(has(run.check, "error[retention.missing]"));
    CHECK(has(run.check, "[organisation.contact-missing]"));
    CHECK(has(run.check, "[transfer.unknown-destination]"));
    CHECK(has(run.check, "systematic-monitoring"));
}

TEST_CASE("values an AVG register import cannot map are gaps or left out, never invented") {
    TempDir dir;
    Imported run = import_fixture(dir, "unmappable.json");
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(run.import.out, "left out: verwerkingen[0].risicoklasse: privmap has no place for "
                              "`risicoklasse`"));
    CHECK(has(run.import.out, "left out: versie:"));
    CHECK(has(run.import.out, "left out: organisatie.sector:"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the register's lawful basis `Beleid van de dienst` is none of "
                          "Art. 6(1)'s; set `lawful_basis`"));
    CHECK_FALSE(has(activities, "lawful_basis ="));
    CHECK(has(read_file(run.model + "/categories.toml"),
              "# GAP: the register lists `Gevoelige kenmerken` as special data, but not which "
              "Art. 9(1) kind"));
    CHECK(has(read_file(run.model + "/parties.toml"), "# GAP: the register names the safeguard "
                                                      "`contract met eigen clausules`"));
    CHECK(has(read_file(run.model + "/dpias.toml"), "# GAP: the register gives no date for this "
                                                    "DPIA"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `onderzoek-naar-fraude`"));
    CHECK(has(run.check, "[transfer.no-safeguard]"));
    CHECK(has(run.check, "error[retention.missing]"));
}

TEST_CASE("import refuses a source that is not the register's JSON, and an existing model") {
    TempDir dir;
    dir.write("bad.json", "[1, 2");
    auto bad = run_privmap({"import", "--from", "avg-register", (dir.path / "bad.json").string(),
                            "-o", (dir.path / "out").string()});
    CHECK(bad.exit_code == 2);
    CHECK(has(bad.err, "is not a JSON object"));

    dir.write("register/model.toml", "# my own work\n");
    auto existing = run_privmap({"import", "--from", "avg-register",
                                 "tests/models/import/avg-register/clean.json", "-o",
                                 (dir.path / "register").string()});
    CHECK(existing.exit_code == 2);
    CHECK(has(existing.err, "already exists"));
    CHECK(read_file((dir.path / "register/model.toml").string()) == "# my own work\n");
}

TEST_CASE("a clean Fides manifest imports as a model in the standard vocabulary") {
    TempDir dir;
    Imported run = import_fixture(dir, "clean.yml", "fides");
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(has(run.import.out, " 0 gaps, 0 left out"));
    CHECK(has(run.import.out, "guessed: organization[0].controller.address: country `NL` (rule: "
                              "the country named at the end of the address)"));
    CHECK(load_problems(run.check) == 0);
    std::string model = read_file(run.model + "/model.toml");
    CHECK(has(model, "country = \"NL\""));
    CHECK(has(model, "dpo = { name = \"J. de Vries\", email = \"fg@korenschoof.example\" }"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK_FALSE(has(activities, "\n# GAP:"));
    // fideslang keys become standard terms; the dataset the system refers to adds its fields'.
    CHECK(has(activities, "name = \"Orders in the webshop\"\nreference = \"webshop\""));
    CHECK(has(activities, "purposes = [\"std:order-fulfilment\"]\nlawful_basis = \"contract\""));
    CHECK(has(activities, "categories = [\"std:name\", \"std:email\", \"std:address\", "
                          "\"std:phone\"]"));
    CHECK(has(activities, "purposes = [\"std:invoicing\"]\nlawful_basis = \"legal-obligation\""));
    CHECK(has(activities, "subjects = [\"std:job-applicants\"]"));
    CHECK(has(activities, "retention = { period = \"P4W\" }"));
    CHECK_FALSE(has(run.check, "[lawfulness.basis-missing]"));
    CHECK(has(run.check, "warning[lawfulness.basis-undocumented]: activity `job-applications`"));
    CHECK_FALSE(has(run.check, "[retention.missing]"));
}

TEST_CASE("a Fides manifest with gaps imports with a GAP comment and a finding for each") {
    TempDir dir;
    Imported without_country = import_fixture(dir, "gaps.yml", "fides");
    CHECK(without_country.import.exit_code == 2);
    CHECK(has(without_country.import.err, "give it with --country"));

    Imported run = import_fixture(dir, "gaps.yml", "fides", {"--country", "NL"});
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(read_file(run.model + "/model.toml"), "country = \"NL\""));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the declaration names no lawful basis (Art. 6(1))"));
    CHECK(has(activities, "# GAP: the manifests give no retention period"));
    CHECK(has(activities, "# GAP: the declaration names no data use (purpose)"));
    CHECK(has(run.import.out, "guessed: system[0].privacy_declarations[1].retention_period: `28` "
                              "as `P28D` (rule: Fides gives a bare retention period in days)"));
    CHECK(has(read_file(run.model + "/parties.toml"),
              "# GAP: the register does not say where `Bondsbureau` processes the data"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `member-administration`"));
    CHECK(has(run.check, "error[lawfulness.purpose-missing]: activity `camera-at-the-entrance`"));
    CHECK(has(run.check, "error[model.incomplete]: activity `camera-at-the-entrance`"));
    CHECK(has(run.check, "[lawfulness.special-condition]"));
    CHECK(has(run.check, "error[retention.missing]"));
    CHECK(has(run.check, "[organisation.contact-missing]"));
    CHECK(has(run.check, "[transfer.unknown-destination]"));
}

TEST_CASE("values a Fides import cannot map are gaps or left out, never invented") {
    TempDir dir;
    Imported run = import_fixture(dir, "unmappable.yml", "fides");
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(run.import.out, "left out: system[0].system_type: privmap has no place for "
                              "`system_type`"));
    CHECK(has(run.import.out, "left out: system[0].privacy_declarations[0].features:"));
    CHECK(has(run.import.out, "left out: policy:"));
    CHECK(has(run.import.out, "left out: organization[0].security_policy:"));
    CHECK(has(run.import.out, "`system.operations` is not personal data"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the manifest's legal basis `Other` is none of Art. 6(1)'s"));
    CHECK(has(activities, "# GAP: the manifest's special-category basis `Because members agreed "
                          "to the house rules` is none of Art. 9(2)'s"));
    CHECK(has(activities, "# GAP: the manifest's retention `as long as the member is active` is "
                          "not a period"));
    CHECK_FALSE(has(activities, "lawful_basis ="));
    // A data use several standard purposes share is not picked among them.
    CHECK(has(read_file(run.model + "/purposes.toml"),
              "# GAP: `employment` is the fideslang key of `std:absence-management` "
              "`std:hr-administration` `std:payroll`"));
    std::string categories = read_file(run.model + "/categories.toml");
    // The manifests' own category under user.health_and_medical is health data ...
    CHECK(has(categories, "name = \"Allergies\"\nparent = \"std:health\""));
    // ... a fideslang key under a standard one extends it, by a rule the report names ...
    CHECK(has(categories, "name = \"user.device.cookie_id\"\nparent = \"std:online-identifiers\""));
    CHECK(has(run.import.out, "(rule: `user.device.cookie_id` is a kind of `user.device`)"));
    // ... and one that maps to nothing asks which kind of data it is.
    CHECK(has(categories, "# GAP: `user.unique_id` maps to no standard category"));
    CHECK(has(categories, "# GAP: `user.authorization.credentials` maps to no standard category"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `loyalty-programme`"));
    CHECK(has(run.check, "[lawfulness.special-condition]"));
    CHECK(has(run.check, "error[retention.missing]"));
}

TEST_CASE("import refuses a Fides source that is not YAML, naming the line") {
    TempDir dir;
    dir.write("bad.yml", "system:\n  - name: [unclosed\n");
    auto bad = run_privmap({"import", "--from", "fides", (dir.path / "bad.yml").string(), "-o",
                            (dir.path / "out").string(), "--country", "NL"});
    CHECK(bad.exit_code == 2);
    CHECK(has(bad.err, "bad.yml:3:1: not YAML"));
    dir.write("list.yml", "- 1\n- 2\n");
    auto list = run_privmap({"import", "--from", "fides", (dir.path / "list.yml").string(), "-o",
                             (dir.path / "out").string(), "--country", "NL"});
    CHECK(list.exit_code == 2);
    CHECK(has(list.err, "is not a Fides manifest"));
}

TEST_CASE("a clean register in the ICO template's columns imports as a model that loads") {
    TempDir dir;
    Imported run = import_fixture(dir, "clean.xlsx", "xlsx", {"--country", "NL"});
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(has(run.import.out, " 0 gaps, 0 left out"));
    CHECK(has(run.import.out, "(rule: the workbook's Company property)"));
    CHECK(load_problems(run.check) == 0);
    CHECK(has(read_file(run.model + "/model.toml"), "name = \"Bakkerij De Korenschoof B.V.\""));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK_FALSE(has(activities, "\n# GAP:"));
    CHECK(has(activities, "department = \"HR\""));
    CHECK(has(activities, "purposes = [\"std:payroll\"]\nlawful_basis = \"legal-obligation\""));
    CHECK(has(activities, "categories = [\"std:name\", \"std:bank-account\", \"std:salary\"]"));
    CHECK(has(activities, "systems = [\"crm\"]"));
    CHECK(has(read_file(run.model + "/systems.toml"), "name = \"CRM\"\ncountry = \"IE\""));
    CHECK(has(activities, "retention = { period = \"P2Y\" }"));
    CHECK_FALSE(has(run.check, "[lawfulness.basis-missing]"));
    CHECK(has(run.check, "warning[lawfulness.basis-undocumented]: activity `payroll`"));
}

TEST_CASE("a register in the AP's columns with gaps imports with a GAP comment and a finding "
          "for each") {
    TempDir dir;
    Imported without_country = import_fixture(dir, "gaps.xlsx", "xlsx");
    CHECK(without_country.import.exit_code == 2);
    CHECK(has(without_country.import.err, "give it with --country"));

    Imported run = import_fixture(dir, "gaps.xlsx", "xlsx", {"--country", "NL"});
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(read_file(run.model + "/model.toml"),
              "# GAP: the source does not name the organisation"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the row names no lawful basis (Art. 6(1))"));
    CHECK(has(activities, "# GAP: the row gives no retention period"));
    CHECK(has(activities, "# GAP: the row names no purpose (Art. 30(1)(b))"));
    CHECK(has(activities, "lawful_basis = \"legitimate-interests\""));
    CHECK(has(run.import.out, "guessed: Register!3: `Gezondheid` as `std:health` (rule: "
                              "`gezondheid` in the text)"));
    CHECK(has(read_file(run.model + "/parties.toml"),
              "# GAP: the register does not say where `Beveiligingsbedrijf` processes the data"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `ledenadministratie`"));
    CHECK(has(run.check, "error[lawfulness.purpose-missing]: activity `camerabewaking`"));
    CHECK(has(run.check, "error[model.incomplete]: activity `camerabewaking`"));
    CHECK(has(run.check, "[lawfulness.special-condition]"));
    CHECK(has(run.check, "error[retention.missing]"));
    CHECK(has(run.check, "[transfer.unknown-destination]"));
}

TEST_CASE("values an XLSX import cannot map are gaps or left out, never invented") {
    TempDir dir;
    Imported run = import_fixture(dir, "unmappable.xlsx", "xlsx", {"--country", "NL"});
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    CHECK(has(run.import.out, "left out: Controller!J1: column `Personal data breach?`: privmap "
                              "does not know it"));
    CHECK(has(run.import.out, "left out: Notes: no row of the sheet has a register's headings"));
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "# GAP: the sheet's lawful basis `Because we need it` is none of Art. "
                          "6(1)'s"));
    CHECK(has(activities, "# GAP: the sheet's condition for special data `Because they agreed` is "
                          "none of Art. 9(2)'s"));
    CHECK(has(activities, "# GAP: the sheet's retention `until further notice` is not a period"));
    CHECK(has(activities, "# GAP: the sheet does not say in which country `The cloud` keeps the "
                          "data"));
    CHECK_FALSE(has(activities, "lawful_basis ="));
    CHECK(has(run.import.out, "`Cookie identifiers` as `std:online-identifiers` (rule: `cookie` "
                              "in the text)"));
    CHECK(has(run.check, "error[lawfulness.basis-missing]: activity `profiling-of-visitors`"));
    CHECK(has(run.check, "error[retention.missing]"));
}

TEST_CASE("a processor's register in the ICO processor template imports as processor "
          "activities with their controllers' contacts and transfers to judge") {
    TempDir dir;
    Imported run = import_fixture(dir, "processor.xlsx", "xlsx", {"--country", "NL"});
    INFO(run.import.out << run.import.err << run.check);
    REQUIRE(run.import.exit_code == 0);
    CHECK(load_problems(run.check) == 0);
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "id = \"payroll\"\nname = \"Payroll\"\nrole = \"processor\"\n"
                          "controllers = [\"bakkerij-de-korenschoof-b-v\"]"));
    CHECK(has(activities, "controllers = [\"sportclub-vooruit\", \"fitlife-studios-b-v\"]"));
    CHECK_FALSE(has(activities, "lawful_basis"));
    CHECK_FALSE(has(activities, "GAP: the row gives no retention period"));
    std::string parties = read_file(run.model + "/parties.toml");
    CHECK(has(parties, "role = \"controller\"\ncountry = \"unknown\"\n"
                       "address = \"Dorpsstraat 1, 3511 AB Utrecht\"\n"
                       "contact = { email = \"privacy@korenschoof.example\" }"));
    CHECK(has(parties, "address = \"Sportlaan 2, Zeist\"\n"
                       "contact = { email = \"secretaris@vooruit.example\" }"));
    CHECK(has(parties, "# GAP: the register names a transfer to United States but not to whom"));
    CHECK(has(parties, "name = \"(recipient in United States)\"\nrole = \"recipient\"\n"
                       "country = \"US\"\nsafeguard = \"scc\""));
    CHECK(has(parties, "# GAP: the register's safeguard `Trust us` is none of Chapter V's"));
    CHECK(has(activities, "# GAP: the sheet's third country `Atlantis` is no country privmap "
                          "knows"));
    CHECK(has(run.import.out, "guessed: Processing!2: `Standard contractual clauses` as `scc` "
                              "(rule: its wording)"));
    CHECK(has(run.check, "error[model.incomplete]: activity `payroll` declares no categories of "
                         "data subjects"));
}

namespace {

using Cells = std::vector<std::vector<std::string>>;

/// The rows of a CSV file privmap wrote (RFC 4180: quoted cells, CRLF), cell by cell.
Cells csv_rows(const std::string& csv) {
    Cells rows(1);
    std::string cell;
    bool quoted = false;
    // privmap separates a Dutch CSV with ';', an English one with ','.
    char separator = csv.substr(0, csv.find('\r')).find(';') != std::string::npos ? ';' : ',';
    for (std::size_t i = csv.starts_with("\xEF\xBB\xBF") ? 3 : 0; i < csv.size(); ++i) {
        char c = csv[i];
        if (quoted && c == '"' && i + 1 < csv.size() && csv[i + 1] == '"')
            cell += csv[++i];
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            rows.back().push_back(std::exchange(cell, {}));
        else if (!quoted && c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            rows.back().push_back(std::exchange(cell, {}));
            rows.emplace_back();
            ++i;
        } else
            cell += c;
    }
    if (!cell.empty() || !rows.back().empty())
        rows.back().push_back(cell);
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

/// Both register tables of `privmap report MODEL --format xlsx,csv` (written into `out`),
/// without the column of findings: privmap computes it, and the sheet does not hold all a
/// rule reads (a DPA's reference, where an Art. 9(2) condition is recorded ...).
Cells export_register(const std::string& model, const std::string& out) {
    auto report =
        run_privmap({"report", model, "-o", out, "--format", "xlsx,csv", "--today", "2026-06-01"});
    REQUIRE(report.exit_code == 0);
    Cells rows = csv_rows(read_file(out + "/register.csv"));
    Cells processor = csv_rows(read_file(out + "/processor-register.csv"));
    rows.insert(rows.end(), processor.begin(), processor.end());
    std::size_t findings = 0;
    for (auto& row : rows) {
        if (row.empty())
            continue;
        if (row.front() == "Nr." || row.front() == "No.")
            findings = static_cast<std::size_t>(std::find_if(row.begin(), row.end(),
                                                             [](const std::string& c) {
                                                                 return c == "Bevindingen" ||
                                                                        c == "Findings";
                                                             }) -
                                                row.begin());
        if (findings < row.size())
            row.erase(row.begin() + static_cast<std::ptrdiff_t>(findings));
    }
    return rows;
}

Imported import_workbook(const TempDir& dir, const std::string& workbook,
                         const std::string& model) {
    Imported result;
    result.model = (dir.path / model).string();
    result.import =
        run_privmap({"import", "--from", "xlsx", workbook, "--country", "NL", "-o", result.model});
    auto check = run_privmap({"check", result.model, "--today", "2026-06-01"});
    result.check = check.out + check.err;
    return result;
}

} // namespace

TEST_CASE("privmap's own XLSX register imports back as the same register") {
    for (const std::string model : {"tests/models/import/xlsx/roundtrip", "examples/econnect"}) {
        TempDir dir;
        std::string out0 = (dir.path / "out0").string(), out1 = (dir.path / "out1").string(),
                    out2 = (dir.path / "out2").string();
        Cells original = export_register(model, out0);
        Imported first = import_workbook(dir, out0 + "/register.xlsx", "m1");
        INFO(model << "\n" << first.import.out << first.import.err << first.check);
        REQUIRE(first.import.exit_code == 0);
        CHECK(load_problems(first.check) == 0);
        // The overview sheets regroup the register's entries: no activities of their own.
        CHECK((first.import.out + first.import.err)
                  .find("Bewaartermijnen: privmap's overview of the register") !=
              std::string::npos);
        Cells again = export_register(first.model, out1);
        CHECK(again == original);
        // What the import could not tell is a GAP comment, so a second round changes nothing.
        Imported second = import_workbook(dir, out1 + "/register.xlsx", "m2");
        REQUIRE(second.import.exit_code == 0);
        CHECK(export_register(second.model, out2) == again);
        CHECK(read_file(second.model + "/activities.toml") ==
              read_file(first.model + "/activities.toml"));
    }
}

TEST_CASE("the XLSX round trip keeps what the sheet says and marks what it does not") {
    TempDir dir;
    std::string out0 = (dir.path / "out0").string();
    export_register("tests/models/import/xlsx/roundtrip", out0);
    Imported run = import_workbook(dir, out0 + "/register.xlsx", "m1");
    INFO(run.import.out << run.import.err);
    std::string activities = read_file(run.model + "/activities.toml");
    CHECK(has(activities, "retention = [\n  { categories = [\"std:name\", \"std:email\", "
                          "\"klantnummer\"], period = \"P7Y\", from = \"einde-boekjaar\", basis = "
                          "\"AWR art. 52 lid 4\" },\n  { categories = [\"allergieen\"], period = "
                          "\"P1Y\", deletion = \"automatic\" },\n]"));
    // The dates come back from date cells, the rest from the sheet's new columns.
    CHECK(has(activities, "updated = 2025-03-01\nreview = 2027-03-01"));
    CHECK(has(activities, "updated = 2026-01-15"));
    CHECK(has(activities, "owner = \"Hoofd verkoop\""));
    CHECK(has(activities, "status = \"planned\""));
    CHECK(has(activities, "retention = { period = \"P2Y\", deletion = \"manual\" }"));
    CHECK(has(activities, "special_condition = \"explicit-consent\""));
    CHECK(has(activities, "source = [\"subject\"]"));
    CHECK(has(read_file(run.model + "/categories.toml"),
              "name = \"Allergieën\"\nspecial = \"health\""));
    std::string parties = read_file(run.model + "/parties.toml");
    CHECK(has(parties, "name = \"MailCloud Inc.\"\nrole = \"recipient\"\ncountry = \"US\"\n"
                       "safeguard = \"scc\"\ndpa = \"DPA-MailCloud\""));
    CHECK(has(parties, "dpa = \"VWO-2024-01\""));
    CHECK(has(parties, "# GAP: the register lists no transfer to `Bezorgdienst Snel B.V.`, so it "
                       "is in the EEA"));
    CHECK(has(run.import.out, "left out: Verwerkingsverantwoordelijke!Y1: column `Rechten van "
                              "betrokkenen`: privmap computes it from the model"));
}

TEST_CASE("import refuses a file that is no XLSX workbook, and one without a register") {
    TempDir dir;
    dir.write("register.xlsx", "PK\x03\x04 not really a zip");
    auto bad = run_privmap({"import", "--from", "xlsx", (dir.path / "register.xlsx").string(),
                            "--country", "NL", "-o", (dir.path / "out").string()});
    CHECK(bad.exit_code == 2);
    CHECK(has(bad.err, "register.xlsx: not an XLSX workbook"));
    auto notes = run_privmap({"import", "--from", "xlsx", "tests/models/import/xlsx/notes.xlsx",
                              "--country", "NL", "-o", (dir.path / "out").string()});
    CHECK(notes.exit_code == 2);
    CHECK(has(notes.err, "has no sheet with a register's column headings"));
}

TEST_CASE("a folder of Fides manifests imports as one register: an error names its file") {
    TempDir dir;
    dir.write(".fides/organization.yml", "organization:\n  - fides_key: o\n    name: Vooruit\n");
    dir.write(".fides/systems/crm.yaml",
              "system:\n  - fides_key: crm\n    name: CRM\n    privacy_declarations:\n"
              "      - name: Members\n        data_use: essential.service\n"
              "        data_subjects: [customer]\n        data_categories: [user.name]\n"
              "        legal_basis_for_processing: Contract\n        retention_period: 1 year\n");
    dir.write(".fides/notes.txt", "not a manifest");
    std::string folder = (dir.path / ".fides").string();
    auto run = run_privmap({"import", "--from", "fides", folder, "--country", "NL", "-o",
                            (dir.path / "register").string()});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(has(run.out, " 0 gaps, 0 left out"));
    CHECK(has(read_file((dir.path / "register/model.toml").string()), "name = \"Vooruit\""));
    CHECK(has(read_file((dir.path / "register/activities.toml").string()),
              "purposes = [\"std:order-fulfilment\"]\nlawful_basis = \"contract\""));

    dir.write(".fides/systems/broken.yml", "system: [unclosed\n");
    auto broken = run_privmap({"import", "--from", "fides", folder, "--country", "NL", "-o",
                               (dir.path / "other").string()});
    CHECK(broken.exit_code == 2);
    CHECK(has(broken.err, "broken.yml:2:1: not YAML"));
    auto not_fides = run_privmap(
        {"import", "--from", "avg-register", folder, "-o", (dir.path / "other").string()});
    CHECK(not_fides.exit_code == 2);
    CHECK(has(not_fides.err, ".fides is not a file"));
}
