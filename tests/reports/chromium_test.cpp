// The HTML register opens in a real browser (headless Chromium) with its register table.
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/reports.h>

using namespace privmap;

TEST_CASE("headless Chromium shows the controller register table of the HTML register") {
    test::TempDir dir;
    test::ReportModel model = test::small_report_model();
    ReportOptions options;
    options.out_dir = dir.path;
    options.formats = {"html"};
    options.today = {2026, 6, 15};
    REQUIRE(write_reports(model.model, model.analysis, options).empty());
    test::Run browser = test::run_program(
        {"chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--user-data-dir=" + (dir.path / "profile").string(),
         "--dump-dom", "file://" + (dir.path / "register.html").string()});
    INFO("chromium exit " << browser.exit_code << ": " << browser.err.substr(0, 400));
    REQUIRE(browser.exit_code == 0);
    std::size_t table = browser.out.find("<table id=\"controller-register\"");
    REQUIRE(table != std::string::npos);
    std::string register_table =
        browser.out.substr(table, browser.out.find("</table>", table) - table);
    CHECK(test::occurrences(register_table, "<tr>") ==
          4); // the header and three controller activities
    CHECK(register_table.find("href=\"#activity-orders\"") != std::string::npos);
    CHECK(browser.out.find("id=\"activity-orders\"") != std::string::npos);
    CHECK(browser.out.find("<table id=\"processor-register\"") != std::string::npos);
}
