// Whatever a model's strings contain, the reports show them as text: no script runs, no
// Markdown or TeX is interpreted, in HTML, Markdown and the spreadsheet.
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <privmap/reports.h>

using namespace privmap;
namespace fs = std::filesystem;

namespace {
const std::string hostile_text = "<script>alert('x')</script> **bold** [link](http://evil.example) "
                                 "$\\frac{1}{2}$ \\textbf{tex} | cell";

void write_hostile(const fs::path& out, const std::vector<std::string>& formats) {
    test::ReportModel model = test::hostile_report_model(hostile_text);
    ReportOptions options;
    options.out_dir = out;
    options.formats = formats;
    options.lang = "en";
    options.today = {2026, 6, 15};
    REQUIRE(write_reports(model.model, model.analysis, options).empty());
}
} // namespace

TEST_CASE("hostile model strings are escaped in HTML") {
    test::TempDir dir;
    fs::path out = dir.path;
    write_hostile(out, {"html"});
    for (const char* file : {"register.html", "compliance.html", "dpia-absence.html"}) {
        std::string html = test::read_file(out / file);
        INFO(file);
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;") != std::string::npos);
    }
}

TEST_CASE("hostile model strings are escaped in Markdown") {
    test::TempDir dir;
    fs::path out = dir.path;
    write_hostile(out, {"md"});
    std::string md = test::read_file(out / "register.md");
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(
        md.find(
            "\\<script\\>alert('x')\\</script\\> \\*\\*bold\\*\\* \\[link\\](http://evil.example) "
            "\\$\\\\frac\\{1\\}\\{2\\}\\$ \\\\textbf\\{tex\\} \\| cell") != std::string::npos);
}

TEST_CASE("controls a model writes as TOML escapes reach no document: HTML, Markdown, CSV") {
    const std::string controls("nul\0 esc\x1b[2J c1\xC2\x9B del\x7F nonchar\xEF\xBF\xBE end", 37);
    test::ReportModel model = test::hostile_report_model(controls);
    test::TempDir dir;
    ReportOptions options;
    options.out_dir = dir.path;
    options.formats = {"html", "md", "csv"};
    options.lang = "en";
    options.today = {2026, 6, 15};
    REQUIRE(write_reports(model.model, model.analysis, options).empty());
    for (const auto& file : fs::directory_iterator(dir.path)) {
        std::string text = test::read_file(file.path());
        INFO(file.path().filename());
        for (const std::string& control :
             {std::string(1, '\0'), std::string("\x1b"), std::string("\xC2\x9B"),
              std::string("\x7F"), std::string("\xEF\xBF\xBE")})
            CHECK(text.find(control) == std::string::npos);
        if (file.path().extension() != ".svg") // diagram labels break between words
            CHECK(text.find("nul\xEF\xBF\xBD esc") != std::string::npos);
    }
}
