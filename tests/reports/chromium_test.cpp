// The HTML register opens in a real browser (headless Chromium) with its register table.
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <privmap/reports.h>
#include <sstream>
#include <string>
#include <vector>

using namespace privmap;

namespace {

/// The DOM headless Chromium makes of `page`, with a profile of its own in `dir`; `options`
/// (a window size, a time budget) come before the page.
test::Run rendered_dom(const test::TempDir& dir, const std::filesystem::path& page,
                       const std::vector<std::string>& options = {}) {
    std::vector<std::string> argv{"chromium",
                                  "--headless",
                                  "--no-sandbox",
                                  "--disable-gpu",
                                  "--disable-background-networking",
                                  "--user-data-dir=" + (dir.path / "profile").string()};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), {"--dump-dom", "file://" + page.string()});
    return test::run_program(argv);
}

} // namespace

TEST_CASE("headless Chromium shows the controller register table of the HTML register") {
    test::TempDir dir;
    test::ReportModel model = test::small_report_model();
    ReportOptions options;
    options.out_dir = dir.path;
    options.formats = {"html"};
    options.today = {2026, 6, 15};
    REQUIRE(write_reports(model.model, model.analysis, options).empty());
    test::Run browser = rendered_dom(dir, dir.path / "register.html");
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

TEST_CASE("at a 900-pixel window no page of the eConnect reports scrolls sideways, in Dutch "
          "or German") {
    // The overviews' long Dutch and German words made the register 931 pixels wide at 900.
    test::TempDir dir;
    const std::string measure =
        "<script>window.addEventListener('load', () => { const p = "
        "document.createElement('pre'); p.id = 'widths'; p.textContent = "
        "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth; "
        "document.body.appendChild(p); });</script>";
    for (const char* lang : {"nl", "de"}) {
        const std::filesystem::path out = dir.path / lang;
        REQUIRE(
            test::run_privmap({"report", test::source_path("examples/econnect"), "-o", out.string(),
                               "--format", "html", "--lang", lang, "--today", "2026-06-15"})
                .exit_code == 0);
        for (const char* document : {"register", "compliance"}) {
            INFO(lang << " " << document);
            const std::filesystem::path page = out / (std::string(document) + "-measured.html");
            dir.write(std::filesystem::relative(page, dir.path).string(),
                      test::read_file((out / (std::string(document) + ".html")).string()) +
                          measure);
            test::Run browser =
                rendered_dom(dir, page, {"--window-size=900,1200", "--virtual-time-budget=3000"});
            REQUIRE(browser.exit_code == 0);
            std::size_t at = browser.out.find("<pre id=\"widths\">");
            REQUIRE(at != std::string::npos);
            std::istringstream widths(browser.out.substr(at + 17));
            int scroll_width = 0, client_width = 0;
            widths >> scroll_width >> client_width;
            CHECK(client_width > 0);
            CHECK(scroll_width <= client_width);
        }
    }
}
