// Whatever a model's strings contain, the reports show them as text: no script runs, no
// Markdown or TeX is interpreted, in HTML, Markdown and the spreadsheet.
#include "report_model.h"
#include "support.h"

#include <privmap/reports.h>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace privmap;
namespace fs = std::filesystem;

namespace {
const std::string hostile = "<script>alert('x')</script> **bold** [link](http://evil.example) $\\frac{1}{2}$ \\textbf{tex} | cell";

fs::path write_hostile(const std::vector<std::string>& formats) {
    std::string pattern = (fs::temp_directory_path() / "privmap-hostile-XXXXXX").string();
    fs::path out = ::mkdtemp(pattern.data());
    test::ReportModel model = test::hostile_report_model(hostile);
    ReportOptions options;
    options.out_dir = out;
    options.formats = formats;
    options.lang = "en";
    options.today = {2026, 6, 15};
    REQUIRE(write_reports(model.model, model.analysis, options).empty());
    return out;
}
} // namespace

TEST_CASE("hostile model strings are escaped in HTML") {
    fs::path out = write_hostile({"html"});
    for (const char* file : {"register.html", "compliance.html", "dpia-dpia-absence.html"}) {
        std::string html = test::read_file(out / file);
        INFO(file);
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;") != std::string::npos);
    }
    fs::remove_all(out);
}

TEST_CASE("hostile model strings are escaped in Markdown") {
    fs::path out = write_hostile({"md"});
    std::string md = test::read_file(out / "register.md");
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>alert('x')\\</script\\> \\*\\*bold\\*\\* \\[link\\](http://evil.example) "
                  "\\$\\\\frac\\{1\\}\\{2\\}\\$ \\\\textbf\\{tex\\} \\| cell") != std::string::npos);
    fs::remove_all(out);
}
