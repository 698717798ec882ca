// `privmap import --from avg-register`: each fixture (a clean register, one with gaps, one with
// values privmap cannot map) becomes a model that loads without model.* errors, whose gaps are
// comments in the files and findings of `privmap check`.
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

Imported import_fixture(const TempDir& dir, const std::string& fixture) {
    Imported result;
    result.model = (dir.path / "register").string();
    result.import =
        run_privmap({"import", "--from", "avg-register",
                     "tests/models/import/avg-register/" + fixture, "-o", result.model});
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
