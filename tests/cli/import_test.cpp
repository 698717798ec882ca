// `privmap import --from avg-register` and `--from fides`: each fixture (a clean register, one
// with gaps, one with values privmap cannot map) becomes a model that loads without model.* errors,
// whose gaps are comments in the files and findings of `privmap check`.
#include "support.h"

#include <catch2/catch.hpp>

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
    auto check = run_privmap({"check", result.model, "--today", "2026-06-01"});
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
