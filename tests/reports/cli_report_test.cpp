// `privmap report` as a user runs it: a TOML model in, documents out, exit codes that say
// what went wrong.
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace privmap;
namespace fs = std::filesystem;

namespace {
const std::string webshop = "tests/reports/models/webshop";

/// Runs the test body with PATH set to `path`, then puts the old PATH back.
struct ScopedPath {
    std::string saved;
    explicit ScopedPath(const char* path) : saved(std::getenv("PATH") ? std::getenv("PATH") : "") {
        ::setenv("PATH", path, 1);
    }
    ~ScopedPath() { ::setenv("PATH", saved.c_str(), 1); }
};
} // namespace

TEST_CASE("privmap report writes the documents of a TOML model into the output folder") {
    test::TempDir dir;
    fs::path out = dir.path / "reports";
    test::Run run =
        test::run_privmap({"report", webshop, "-o", out.string(), "--format", "html,md,csv,xlsx",
                           "--lang", "en", "--today", "2026-06-15"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    for (const char* file : {"register.html", "compliance.html", "dpia-absence.html", "register.md",
                             "register.csv", "processor-register.csv", "register.xlsx"})
        CHECK(fs::exists(out / file));
    CHECK(test::read_file(out / "register.html").find("<html lang=\"en\">") != std::string::npos);
    // nothing beside the output folder, no temporary files left in it
    for (const auto& entry : fs::directory_iterator(dir.path))
        CHECK(entry.path() == out);
    for (const auto& entry : fs::directory_iterator(out))
        CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("privmap report lists every file it wrote, one a line") {
    test::TempDir dir;
    test::Run run = test::run_privmap({"report", webshop, "-o", dir.path.string(), "--format",
                                       "csv,md", "--today", "2026-06-15"});
    CHECK(run.exit_code == 0);
    std::string root = dir.path.generic_string();
    CHECK(run.out.starts_with("wrote " + root + "/register.csv\nwrote " + root +
                              "/processor-register.csv\n"));
    CHECK(run.out.find("wrote " + root + "/register.md\n") != std::string::npos);
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir.path))
        files += entry.is_regular_file() ? 1 : 0;
    CHECK(test::occurrences(run.out, "wrote ") == files);
}

TEST_CASE("privmap report uses the model's language unless --lang says otherwise") {
    test::TempDir dir;
    test::Run run = test::run_privmap(
        {"report", webshop, "-o", dir.path.string(), "--format", "md", "--today", "2026-06-15"});
    CHECK(run.exit_code == 0);
    CHECK(test::read_file(dir.path / "register.md").find("Stand per 15 juni 2026") !=
          std::string::npos);
}

TEST_CASE("privmap report refuses an invalid model with exit code 2 and writes nothing") {
    test::TempDir dir;
    test::Run run = test::run_privmap({"report", "tests/models/bad/cycle-self-parent.toml", "-o",
                                       (dir.path / "out").string(), "--format", "html"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("model.cycle") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "out"));
}

TEST_CASE("privmap report rejects an unknown format, language or date with exit code 2") {
    test::TempDir dir;
    CHECK(test::run_privmap({"report", webshop, "-o", dir.path.string(), "--format", "rtf"})
              .exit_code == 2);
    CHECK(
        test::run_privmap({"report", webshop, "-o", dir.path.string(), "--lang", "xx"}).exit_code ==
        2);
    CHECK(test::run_privmap({"report", webshop, "-o", dir.path.string(), "--today", "15-06-2026"})
              .exit_code == 2);
}

TEST_CASE("privmap report says which tool is missing and exits with 3") {
    test::TempDir dir;
    ScopedPath no_tools("/nonexistent");
    test::Run run = test::run_privmap(
        {"report", webshop, "-o", dir.path.string(), "--format", "docx", "--today", "2026-06-15"});
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("pandoc is not installed") != std::string::npos);
    CHECK(run.err.find("report.tool") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "register.docx"));
}

TEST_CASE("privmap report names the git commit of a model in git, and says when its files "
          "differ from it") {
    test::TempDir dir;
    fs::path repository = dir.path / "repo";
    fs::copy(test::source_path(webshop), repository, fs::copy_options::recursive);
    for (std::vector<std::string> step : {std::vector<std::string>{"init", "--quiet"},
                                          {"add", "."},
                                          {"commit", "--quiet", "--message", "the register"}})
        REQUIRE(test::run_git(repository, step).exit_code == 0);
    std::string commit = test::run_git(repository, {"rev-parse", "HEAD"}).out.substr(0, 40);
    auto colophon = [&] {
        test::Run run =
            test::run_privmap({"report", repository.string(), "-o", (dir.path / "out").string(),
                               "--format", "md", "--lang", "en", "--today", "2026-06-15"});
        REQUIRE(run.exit_code == 0);
        std::string text = test::read_file(dir.path / "out" / "register.md");
        return text.substr(text.find("## Colophon"));
    };
    std::string clean = colophon();
    CHECK(clean.find("| Git commit of the model | " + commit + " |") != std::string::npos);
    CHECK(clean.find("| Document version | 2026\\.2 |") != std::string::npos);
    CHECK(clean.find("| Made with | privmap ") != std::string::npos);
    std::ofstream(repository / "notes.toml") << "# a file not committed\n";
    CHECK(colophon().find(commit + " (with changes not committed)") != std::string::npos);
}

TEST_CASE("privmap report of a model outside git names its content hash, the same for the same "
          "files") {
    test::TempDir dir;
    fs::copy(test::source_path(webshop), dir.path / "model", fs::copy_options::recursive);
    test::Run run = test::run_privmap({"report", (dir.path / "model").string(), "-o",
                                       (dir.path / "out").string(), "--format", "md", "--lang",
                                       "en", "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    std::string text = test::read_file(dir.path / "out" / "register.md");
    CHECK(text.find("Git commit") == std::string::npos);
    LoadResult loaded = load_model(dir.path / "model");
    CHECK(text.find("| Content hash of the model files (SHA-256) | " + content_hash(loaded.model) +
                    " |") != std::string::npos);
}

TEST_CASE("the XLSX register has date cells, counts as numbers, the office's columns and the "
          "workbook's properties") {
    test::TempDir dir;
    test::Run run =
        test::run_privmap({"report", "tests/models/import/xlsx/roundtrip", "-o", dir.path.string(),
                           "--format", "xlsx", "--lang", "nl", "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    std::string xlsx = (dir.path / "register.xlsx").string();
    auto part = [&](const char* name) {
        return test::run_program({"unzip", "-p", xlsx, name}).out;
    };
    // The organisation, both registers, the parties, the systems, the findings: a sheet each.
    std::string workbook = part("xl/workbook.xml");
    std::size_t at = 0;
    for (const char* name : {"Organisatie", "Verwerkingsverantwoordelijke", "Verwerker", "Partijen",
                             "Systemen en locaties", "Bevindingen"}) {
        INFO(name);
        at = workbook.find("name=\"" + std::string(name) + "\"", at);
        CHECK(at != std::string::npos);
    }
    std::string sheet = part("xl/worksheets/sheet2.xml"); // the controller register
    // 2025-03-01 is serial 45717: a number cell (no t="s") that Excel shows as a date.
    std::size_t date = sheet.find("<v>45717</v>");
    REQUIRE(date != std::string::npos);
    std::string cell = sheet.substr(sheet.rfind("<c ", date), date - sheet.rfind("<c ", date));
    CHECK(cell.find(" t=") == std::string::npos);
    CHECK(cell.find(" s=") != std::string::npos);
    std::string strings = part("xl/sharedStrings.xml");
    for (const char* text :
         {"<t>Status</t>", "<t>Eigenaar</t>", "<t>Nationaal identificatienummer</t>",
          "<t>Verwerkersovereenkomsten</t>", "<t>Verwijdering</t>", "<t>Hoofd verkoop</t>",
          "<t>gepland</t>",
          "<t>Bezorgdienst Snel B.V.: VWO-2024-01; MailCloud Inc.: "
          "DPA-MailCloud</t>",
          "<t>Allergieën: automatisch verwijderd</t>", "<t>Waarborg bij doorgifte</t>",
          "<t>standaardcontractbepalingen (art. 46 lid 2 onder c)</t>",
          "<t>privacy@korenschoof.example</t>"})
        CHECK(strings.find(text) != std::string::npos);
    CHECK(strings.find("<t>1 maart 2025</t>") == std::string::npos); // dates are no strings
    CHECK(part("docProps/core.xml")
              .find("<dc:title>Verwerkingsregister — Verwerkingsregister Bakkerij De "
                    "Korenschoof</dc:title>") != std::string::npos);
    CHECK(part("docProps/core.xml").find("<dc:creator>Bakkerij De Korenschoof B.V.</dc:creator>") !=
          std::string::npos);
    CHECK(part("docProps/app.xml").find("<Company>Bakkerij De Korenschoof B.V.</Company>") !=
          std::string::npos);
}

TEST_CASE("the register's overviews are CSV files and XLSX sheets in the register's words, "
          "'not recorded' where the model says nothing, and CSV dates are ISO 8601") {
    test::TempDir dir;
    test::Run run =
        test::run_privmap({"report", "examples/econnect", "-o", dir.path.string(), "--format",
                           "csv,xlsx", "--lang", "en", "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    std::string retention = test::read_file(dir.path / "register-retention-schedule.csv");
    CHECK(retention.find("Category of personal data,Special categories,Period,Starts at,") !=
          std::string::npos);
    CHECK(retention.find("\r\nContactgegevens,,as long as necessary,not recorded,not recorded,"
                         "not recorded,Contactformulier op de website; Facturen afleveren in de "
                         "financiële software van klanten; Sales-gerelateerde werkzaamheden\r\n") !=
          std::string::npos);
    CHECK(test::read_file(dir.path / "register-transfers-by-country.csv")
              .find("\r\nunknown country,Klanten (verwerkingsverantwoordelijken),,Facturen "
                    "afleveren in de financiële software van klanten,") != std::string::npos);
    CHECK(test::read_file(dir.path / "register-systems.csv")
              .find("\r\nWebsite van eConnect met contactformulier,,Netherlands,eConnect,"
                    "Contactformulier op de website,") != std::string::npos);
    CHECK(test::read_file(dir.path / "register-rights-per-activity.csv")
              .find("\r\nSales-gerelateerde werkzaamheden,not recorded,not recorded: no lawful "
                    "basis is recorded,not recorded\r\n") != std::string::npos);
    CHECK(fs::exists(dir.path / "register-recipients.csv"));
    std::string workbook =
        test::run_program({"unzip", "-p", (dir.path / "register.xlsx").string(), "xl/workbook.xml"})
            .out;
    // Each sheet's name whole: Excel holds 31 characters, so long titles have short names.
    for (const char* sheet :
         {"Retention schedule", "Transfers by country", "Recipients and processors",
          "Systems and locations", "Rights per activity"})
        CHECK(workbook.find("name=\"" + std::string(sheet) + "\"") != std::string::npos);

    test::TempDir dated;
    REQUIRE(test::run_privmap({"report", "tests/models/import/xlsx/roundtrip", "-o",
                               dated.path.string(), "--format", "csv", "--lang", "nl", "--today",
                               "2026-06-15"})
                .exit_code == 0);
    std::string csv = test::read_file(dated.path / "register.csv");
    CHECK(csv.find(";2025-03-01") != std::string::npos);
    CHECK(csv.find("1 maart 2025") == std::string::npos);
}
