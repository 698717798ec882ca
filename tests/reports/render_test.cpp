// Model strings reach the documents as literal text: no Markdown, HTML or TeX gets through.
#include "render.h"
#include "support.h"

#include <catch2/catch.hpp>

using privmap::reports::markdown_escape;

TEST_CASE("Markdown escaping keeps markup characters literal") {
    CHECK(markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
    CHECK(markdown_escape("**bold** _it_ `code` [link](x)") ==
          "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x)");
    CHECK(markdown_escape("$x^2$ \\textbf{y}") == "\\$x\\^2\\$ \\\\textbf\\{y\\}");
    CHECK(markdown_escape("a | b") == "a \\| b");
}

TEST_CASE("Markdown escaping stops a value from starting a list, heading or table row") {
    CHECK(markdown_escape("- item") == "\\- item");
    CHECK(markdown_escape("# heading") == "\\# heading");
    CHECK(markdown_escape("12. twelve") == "12\\. twelve");
    CHECK(markdown_escape("line one\nline two\n\n- three") == "line one line two - three");
}

TEST_CASE("Markdown escaping leaves ordinary text alone") {
    CHECK(markdown_escape("De Webwinkel B.V., Utrecht (NL)") == "De Webwinkel B.V., Utrecht (NL)");
    CHECK(markdown_escape("7 jaar na einde") == "7 jaar na einde");
}

TEST_CASE("Markdown escaping keeps a value's own list marker literal: numbers, letters, roman") {
    CHECK(markdown_escape("(a) the first ground") == "(a\\) the first ground");
    CHECK(markdown_escape("i. one") == "i\\. one");
    CHECK(markdown_escape("b) two") == "b\\) two");
    CHECK(markdown_escape("IV. four") == "IV\\. four");
    CHECK(markdown_escape("(12) twelve") == "(12\\) twelve");
    CHECK(markdown_escape("  - after blanks") == "\\- after blanks");
    CHECK(markdown_escape("\n\t3. after a line break") == "3\\. after a line break");
}

TEST_CASE("Markdown escaping leaves words that merely start like a marker alone") {
    CHECK(markdown_escape("Dr. Jansen") == "Dr. Jansen");
    CHECK(markdown_escape("ICT-afdeling (intern)") == "ICT-afdeling (intern)");
    CHECK(markdown_escape("a b. c") == "a b. c");
}

TEST_CASE("Markdown escaping replaces control characters, which a TOML escape can hold") {
    CHECK(markdown_escape(std::string("nul\0and\x1b[2J", 11)) == "nul\xEF\xBF\xBD"
                                                                 "and\xEF\xBF\xBD\\[2J");
    CHECK(markdown_escape("c1 \xC2\x9B and \xEF\xBF\xBE") == "c1 \xEF\xBF\xBD and \xEF\xBF\xBD");
}

TEST_CASE("a document's template sees its own keys over the shared report, less hidden ones") {
    privmap::test::TempDir dir;
    dir.write("page.html.mustache", "{{title}}|{{#diagrams.summary}}diagram{{/diagrams.summary}}|"
                                    "{{#dpia.risks}}{{id}} of {{title}};{{/dpia.risks}}|{{lang}}");
    privmap::reports::TemplateSet templates(dir.path);
    nlohmann::json report = {
        {"title", "Register"}, {"lang", "nl"}, {"diagrams", {{"summary", {{"svg", "<svg/>"}}}}}};
    privmap::reports::SharedData shared(report);
    nlohmann::json own = {{"title", "DPIA"},
                          {"dpia", {{"risks", {{{"id", "r1"}}, {{"id", "r2"}}}}}}};
    auto page = [&](const std::vector<std::string>& hidden) {
        return privmap::reports::render(templates, "page", shared, own, hidden,
                                        privmap::reports::Markup::html);
    };
    CHECK(page({}).text == "DPIA|diagram|r1 of DPIA;r2 of DPIA;|nl");
    CHECK(page({"diagrams"}).text == "DPIA||r1 of DPIA;r2 of DPIA;|nl");
    CHECK(report["title"] == "Register"); // shared, not changed
}
