#include "i18n.h"
#include "model_tables.h"
#include "report_model.h"
#include "support.h"
#include "tables.h"
#include "template_set.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using privmap::Table;

namespace {

const std::string bom = "\xEF\xBB\xBF";

/// One member of a zip file (an XLSX), through `unzip -p`.
std::string unzip_member(const fs::path& archive, const std::string& member) {
    auto run = privmap::test::run_program({"unzip", "-p", archive.string(), member});
    return run.exit_code == 0 ? run.out : "";
}

/// The XML of the cell at `reference` ("B2") in a worksheet, or "" when it has none.
std::string cell_xml(const std::string& sheet, const std::string& reference) {
    std::size_t start = sheet.find("<c r=\"" + reference + "\"");
    if (start == std::string::npos)
        return "";
    std::size_t end = sheet.find("</c>", start);
    std::size_t empty = sheet.find("/>", start);
    return sheet.substr(start, std::min(end, empty) - start);
}

privmap::WorkbookInfo created_on(privmap::Date date) {
    privmap::WorkbookInfo info;
    info.created = date;
    return info;
}

Table register_table() {
    return Table{"Register",
                 {"Activity", "Purpose"},
                 {{"Payroll", "Pay, on time"}, {"Hiring", "Find \"good\" people"}}};
}

} // namespace

TEST_CASE("a CSV starts with a byte order mark and quotes fields with commas and quotes") {
    std::string csv = privmap::to_csv(register_table());
    CHECK(csv == bom + "Activity,Purpose\r\nPayroll,\"Pay, on time\"\r\nHiring,\"Find \"\"good\"\" "
                       "people\"\r\n");
}

TEST_CASE("a CSV field with a line break stays one field") {
    Table table{"t", {"a", "b"}, {{"line one\nline two", "x"}}};
    CHECK(privmap::to_csv(table) == bom + "a,b\r\n\"line one\nline two\",x\r\n");
}

TEST_CASE("a CSV cell that a spreadsheet would run as a formula starts with an apostrophe") {
    Table table{"t",
                {"cell"},
                {{"=HYPERLINK(\"http://evil\")"}, {"+1"}, {"-2"}, {"@SUM(A1)"}, {"\tx"}, {"a=b"}}};
    CHECK(privmap::to_csv(table) ==
          bom + "cell\r\n\"'=HYPERLINK(\"\"http://"
                "evil\"\")\"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n'\tx\r\na=b\r\n");
}

TEST_CASE("a CSV row shorter than the header is padded with empty fields") {
    Table table{"t", {"a", "b", "c"}, {{"1"}}};
    CHECK(privmap::to_csv(table) == bom + "a,b,c\r\n1,,\r\n");
}

TEST_CASE("write_csv replaces the file and leaves no temporary file behind") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "register.csv";
    std::ofstream(file) << "old";
    REQUIRE_FALSE(privmap::write_csv(register_table(), file));
    CHECK(privmap::test::read_file(file.string()) == privmap::to_csv(register_table()));
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("writing into a folder that does not exist is a report.write diagnostic") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "no-such-folder" / "register.csv";
    auto failure = privmap::write_csv(register_table(), file);
    REQUIRE(failure);
    CHECK(failure->rule == "report.write");
    CHECK(failure->severity == privmap::Severity::error);
    CHECK(message_text(failure->message).find("no-such-folder") != std::string::npos);
    auto xlsx_failure =
        privmap::write_xlsx({register_table()}, dir.path / "no-such-folder" / "r.xlsx", {});
    REQUIRE(xlsx_failure);
    CHECK(xlsx_failure->rule == "report.write");
}

TEST_CASE("an XLSX holds every value as a string, formulas included, and the header row") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "register.xlsx";
    Table table = register_table();
    table.rows.push_back({"=1+1", "<script>alert(1)</script> & \"quotes\""});
    REQUIRE_FALSE(privmap::write_xlsx({table}, file, created_on({2026, 3, 1})));

    std::string strings = unzip_member(file, "xl/sharedStrings.xml");
    CHECK(strings.find("<t>Activity</t>") != std::string::npos);
    CHECK(strings.find("<t>Pay, on time</t>") != std::string::npos);
    CHECK(strings.find("<t>=1+1</t>") != std::string::npos);
    CHECK(strings.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"") !=
          std::string::npos);

    std::string sheet = unzip_member(file, "xl/worksheets/sheet1.xml");
    CHECK(sheet.find("<f>") == std::string::npos);              // no formula anywhere
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos); // header row frozen
    CHECK(sheet.find("<autoFilter ref=\"A1:B4\"/>") != std::string::npos);
    CHECK(unzip_member(file, "xl/workbook.xml").find("name=\"Register\"") != std::string::npos);
}

TEST_CASE("the same tables give a byte-identical XLSX") {
    privmap::test::TempDir dir;
    REQUIRE_FALSE(
        privmap::write_xlsx({register_table()}, dir.path / "a.xlsx", created_on({2026, 3, 1})));
    REQUIRE_FALSE(
        privmap::write_xlsx({register_table()}, dir.path / "b.xlsx", created_on({2026, 3, 1})));
    CHECK(privmap::test::read_file((dir.path / "a.xlsx").string()) ==
          privmap::test::read_file((dir.path / "b.xlsx").string()));
}

TEST_CASE("sheet names that Excel refuses are repaired and kept unique") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "sheets.xlsx";
    Table first{"Risks [DPIA]: a/b?", {"x"}, {{"1"}}};
    Table twin{"risks [dpia]: a/b?", {"x"}, {{"2"}}};
    Table longer{std::string(40, 'n'), {"x"}, {{"3"}}};
    REQUIRE_FALSE(privmap::write_xlsx({first, twin, longer}, file, {}));
    std::string workbook = unzip_member(file, "xl/workbook.xml");
    CHECK(workbook.find("name=\"Risks _DPIA__ a_b_\"") != std::string::npos);
    CHECK(workbook.find("name=\"Sheet2\"") != std::string::npos);
    CHECK(workbook.find("name=\"" + std::string(31, 'n') + "\"") != std::string::npos);
}

TEST_CASE("an XLSX cell with control characters or broken UTF-8 stays well-formed XML") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "odd.xlsx";
    Table table{"t", {"x"}, {{std::string("bell\x07 and \xC3 broken")}}};
    REQUIRE_FALSE(privmap::write_xlsx({table}, file, {}));
    std::string strings = unzip_member(file, "xl/sharedStrings.xml");
    CHECK(strings.find('\x07') == std::string::npos);
    CHECK(strings.find("\xEF\xBF\xBD broken") != std::string::npos); // U+FFFD
}

TEST_CASE(
    "an XLSX writes a count as a number and a date as a date cell, the CSV a date in ISO 8601") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "typed.xlsx";
    Table table{"t", {"Activity", "Findings", "Next review"}, {}};
    table.rows = {{"Payroll", privmap::Cell::count(3),
                   privmap::Cell::day(privmap::Date{2026, 6, 15}, "15 juni 2026")},
                  {"Hiring", privmap::Cell::count(0), privmap::Cell::day(std::nullopt, "")}};
    REQUIRE_FALSE(privmap::write_xlsx({table}, file, {}));

    std::string sheet = unzip_member(file, "xl/worksheets/sheet1.xml");
    // No t="s": a number, not a string. 46188 is 2026-06-15 counted from 1899-12-30.
    std::string count = cell_xml(sheet, "B2"), date = cell_xml(sheet, "C2");
    CHECK(count.find("t=\"") == std::string::npos);
    CHECK(count.find("<v>3</v>") != std::string::npos);
    CHECK(cell_xml(sheet, "B3").find("<v>0</v>") != std::string::npos);
    CHECK(date.find("t=\"") == std::string::npos);
    CHECK(date.find("<v>46188</v>") != std::string::npos);
    CHECK(cell_xml(sheet, "C3").empty()); // no date: an empty cell
    // The date cell's style shows Excel's built-in short date (14), in the reader's locale.
    std::size_t style = std::stoul(date.substr(date.find(" s=\"") + 4));
    std::string styles = unzip_member(file, "xl/styles.xml");
    std::size_t xfs = styles.find("<cellXfs");
    for (std::size_t i = 0; i <= style && xfs != std::string::npos; ++i)
        xfs = styles.find("<xf ", xfs + 1);
    REQUIRE(xfs != std::string::npos);
    CHECK(styles.substr(xfs, 17) == "<xf numFmtId=\"14\"");

    CHECK(privmap::to_csv(table) ==
          bom + "Activity,Findings,Next review\r\nPayroll,3,2026-06-15\r\nHiring,0,\r\n");
}

TEST_CASE("an XLSX carries its title, subject, author, company and language") {
    privmap::test::TempDir dir;
    fs::path file = dir.path / "info.xlsx";
    REQUIRE_FALSE(privmap::write_xlsx({register_table()}, file,
                                      {.title = "Verwerkingsregister — Bakkerij <Bol>",
                                       .subject = "Art. 30 AVG",
                                       .author = "J. de Vries",
                                       .company = "Bakkerij Bol B.V.",
                                       .language = "nl",
                                       .created = privmap::Date{2026, 6, 15}}));
    std::string core = unzip_member(file, "docProps/core.xml");
    CHECK(core.find("<dc:title>Verwerkingsregister — Bakkerij &lt;Bol&gt;</dc:title>") !=
          std::string::npos);
    CHECK(core.find("<dc:subject>Art. 30 AVG</dc:subject>") != std::string::npos);
    CHECK(core.find("<dc:creator>J. de Vries</dc:creator>") != std::string::npos);
    CHECK(core.find("2026-06-15T12:00:00Z") != std::string::npos);
    CHECK(unzip_member(file, "docProps/app.xml").find("<Company>Bakkerij Bol B.V.</Company>") !=
          std::string::npos);
    std::string custom = unzip_member(file, "docProps/custom.xml");
    CHECK(custom.find("name=\"Language\"") != std::string::npos);
    CHECK(custom.find("<vt:lpwstr>nl</vt:lpwstr>") != std::string::npos);
}

TEST_CASE("the findings table gives the date a waiver expires a column of its own: a date cell "
          "in XLSX, ISO 8601 in CSV") {
    using namespace privmap;
    test::ReportModel model = test::small_report_model();
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(nlohmann::json::parse(*templates.read("i18n/en.json")), "en");
    reports::Builder b(model.model, model.analysis, catalogue, {2026, 6, 15});
    Table findings = reports::findings_table(b);
    REQUIRE(findings.columns.size() == 8);
    CHECK(findings.columns[6] == "Accepted by waiver");
    CHECK(findings.columns[7] == "Accepted until");
    auto accepted = std::find_if(findings.rows.begin(), findings.rows.end(),
                                 [](const std::vector<Cell>& row) { return row.size() == 8; });
    REQUIRE(accepted != findings.rows.end());
    CHECK((*accepted)[6].text == "Handmatig per kwartaal beoordeeld; approved by FG");
    CHECK((*accepted)[7].date == Date{2027, 1, 1});
    CHECK(to_csv(findings).find(",2027-01-01\r\n") != std::string::npos);
}
