// privmap's reports as files: every requested format, nothing half-written, nothing outside
// the output folder, the same bytes for the same model, language and date.
#include "report_model.h"
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <privmap/languages.h>
#include <privmap/reports.h>
#include <regex>
#include <set>

using namespace privmap;
namespace fs = std::filesystem;

namespace {
std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

Diagnostics write(const fs::path& out, std::vector<std::string> formats,
                  const std::string& lang = "nl",
                  const test::ReportModel& model = test::small_report_model()) {
    ReportOptions options;
    options.out_dir = out;
    options.formats = std::move(formats);
    options.lang = lang;
    options.today = {2026, 6, 15};
    return write_reports(model.model, model.analysis, options);
}

/// Writes the small model's reports into `dir`/out with `dir`/templates, holding `templates`
/// (file name -> text), over the shipped ones.
Diagnostics write_with_templates(const fs::path& dir,
                                 const std::map<std::string, std::string>& templates,
                                 const std::string& format, const std::string& lang = "") {
    fs::create_directories(dir / "templates");
    for (const auto& [name, text] : templates)
        std::ofstream(dir / "templates" / name) << text;
    ReportOptions options;
    options.out_dir = dir / "out";
    options.formats = {format};
    options.lang = lang;
    options.templates_dir = dir / "templates";
    test::ReportModel model = test::small_report_model();
    return write_reports(model.model, model.analysis, options);
}
} // namespace

TEST_CASE("report writes the register, the compliance report and each DPIA in the fast formats") {
    test::TempDir dir;
    Diagnostics problems = write(dir.path / "out", {"html", "md", "csv", "xlsx"});
    CHECK(problems.empty());
    CHECK(files_in(dir.path / "out") ==
          std::set<std::string>{
              "register.html", "compliance.html", "register.md", "compliance.md",
              // The summary does not fit a page at 8 pt: one per department.
              "register-lineage.svg", "register-lineage-2.svg", "register-lineage-3.svg",
              "dpia-absence.html", "dpia-absence.md", "dpia-absence-lineage.svg",
              "dpia-payroll.html", "dpia-payroll.md", "dpia-payroll-lineage.svg",
              "dpia-support.html", "dpia-support.md", "register.csv", "processor-register.csv",
              "register-retention-schedule.csv", "register-transfers-by-country.csv",
              "register-recipients.csv", "register-systems.csv", "register-rights-per-activity.csv",
              "register.xlsx"});
}

TEST_CASE("the register's diagram follows its heading without a caption that repeats it") {
    test::TempDir dir;
    write(dir.path, {"md"}, "en");
    std::string markdown = test::read_file(dir.path / "register.md");
    // Alone in its paragraph the image would be a figure, captioned by Pandoc with its alt text.
    CHECK(std::regex_search(
        markdown,
        std::regex(R"re(\]\(register-lineage\.svg\)\{width=[0-9.]+mm height=[0-9.]+mm\}\\\n)re")));
}

TEST_CASE("the same model, language and date give byte-identical reports") {
    test::TempDir dir;
    write(dir.path / "a", {"html", "md", "csv", "xlsx"});
    write(dir.path / "b", {"html", "md", "csv", "xlsx"});
    for (const std::string& name : files_in(dir.path / "a")) {
        INFO(name);
        CHECK(test::read_file(dir.path / "a" / name) == test::read_file(dir.path / "b" / name));
    }
}

TEST_CASE("the CSV register has one row per activity with the register's columns") {
    test::TempDir dir;
    write(dir.path, {"csv"}, "en");
    std::string csv = test::read_file(dir.path / "register.csv");
    CHECK(csv.find("No.,Processing activity,Status,Department,Owner,Role,") != std::string::npos);
    CHECK(csv.find("V-001,Bestellingen,in use,Verkoop,,Controller") != std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 4); // header and three controller activities
    CHECK(test::read_file(dir.path / "processor-register.csv")
              .find("Partner Retail GmbH <datenschutz@partner.example>") != std::string::npos);
}

TEST_CASE("a Dutch CSV register is separated by semicolons, which Excel in a Dutch locale "
          "splits, and the processor's has its retention") {
    test::TempDir dir;
    write(dir.path, {"csv"}, "nl");
    std::string csv = test::read_file(dir.path / "register.csv");
    CHECK(csv.starts_with("\xEF\xBB\xBFNr.;Verwerking;Status;Afdeling;Eigenaar;Rol;"));
    CHECK(csv.find("V-001;Bestellingen;in gebruik;Verkoop;;Verwerkingsverantwoordelijke") !=
          std::string::npos);
    std::string processor = test::read_file(dir.path / "processor-register.csv");
    CHECK(processor.find(";Bewaartermijnen;") != std::string::npos);
}

TEST_CASE("a templates folder overrides the shipped templates file by file") {
    test::TempDir dir;
    CHECK(write_with_templates(dir.path,
                               {{"compliance.md.mustache", "Custom {{t.summary}}: {{title}}\n"}},
                               "md", "en")
              .empty());
    CHECK(test::read_file(dir.path / "out" / "compliance.md") ==
          "Custom Summary: Verwerkingsregister De Webwinkel\n");
    CHECK(test::read_file(dir.path / "out" / "register.md")
              .find("**[Register of processing activities]{.kind}**") != std::string::npos);
}

TEST_CASE("a broken template is reported and leaves no file behind") {
    test::TempDir dir;
    Diagnostics problems =
        write_with_templates(dir.path, {{"compliance.html.mustache", "{{#unclosed}}\n"}}, "html");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rule == "report.template");
    CHECK(message_text(problems[0].message).find("compliance.html.mustache") != std::string::npos);
    CHECK(files_in(dir.path / "out") == std::set<std::string>{"register.html", "dpia-absence.html",
                                                              "dpia-payroll.html",
                                                              "dpia-support.html"});
}

TEST_CASE("a model language without a catalogue falls back to English with a warning") {
    // "../../tools/package" leads from templates/i18n/ to a JSON file of the source tree: a
    // language is a tag, never a path to a catalogue.
    for (const std::string language : {"xh", "../../tools/package"}) {
        INFO(language);
        test::TempDir dir;
        test::ReportModel model = test::small_report_model();
        model.model.info.language = language;
        ReportOptions options;
        options.out_dir = dir.path;
        options.formats = {"md"};
        Diagnostics problems = write_reports(model.model, model.analysis, options);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].rule == "report.lang");
        CHECK(problems[0].severity == Severity::warning);
        CHECK(test::read_file(dir.path / "register.md")
                  .find("**[Register of processing activities]{.kind}**") != std::string::npos);
    }
}

// Not run by default: writes every format of the small model to $PRIVMAP_LOOK_DIR (or
// /tmp/privmap-look) so a person can look at the documents:
//   build/tests/test_reports "[.look]" && pdftoppm -png -r 60 /tmp/privmap-look/nl/register.pdf
//   page
TEST_CASE("every format of the small model, for a person to look at", "[.look]") {
    const char* dir = std::getenv("PRIVMAP_LOOK_DIR");
    for (std::string_view code : privmap::languages) {
        std::string lang(code);
        Diagnostics problems = write(fs::path(dir ? dir : "/tmp/privmap-look") / lang,
                                     {"html", "pdf", "docx", "odt", "md", "csv", "xlsx"}, lang);
        for (const Diagnostic& problem : problems)
            WARN(message_text(problem.message));
        CHECK(problems.empty());
    }
}

TEST_CASE("file names made from ids never leave the output folder") {
    test::TempDir dir;
    test::ReportModel model = test::small_report_model();
    model.model.dpias[0].id = "../../escape";
    Diagnostics problems = write(dir.path / "out", {"html"}, "en", model);
    CHECK(problems.empty());
    CHECK(files_in(dir.path) == std::set<std::string>{"out"});
    CHECK(files_in(dir.path / "out").count("dpia-..-..-escape.html") == 1);
}

TEST_CASE("a partial that includes itself is a template error, not a crash") {
    for (const std::string partial :
         {"{{> _activity}}", "x {{>_findings_list}}", "{{=<% %>=}}<%> _activity %>"}) {
        INFO(partial);
        test::TempDir dir;
        Diagnostics problems = write_with_templates(
            dir.path,
            {{"_activity.md.mustache", partial}, {"_findings_list.md.mustache", "{{> _activity}}"}},
            "md", "en");
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0].rule == "report.template");
        CHECK(message_text(problems[0].message).find("includes itself") != std::string::npos);
    }
}
