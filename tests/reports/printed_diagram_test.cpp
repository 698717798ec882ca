// The lineage diagrams as they print: every text at 8 pt or more, every name whole.
#include "printed_diagrams.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <regex>

using privmap::test::printed_diagrams;
using privmap::test::shows_whole;

TEST_CASE("the bundled example's and the report tests' diagrams print at 8 pt or more and name "
          "everything whole") {
    // Every party and system of the example takes part in a flow; the webshop's partner (the
    // controller it processes for) and its tax authority take part in none.
    for (auto [source, every_party_drawn] :
         {std::pair{"examples/econnect", true}, std::pair{"tests/reports/models/webshop", false}}) {
        INFO(source);
        privmap::test::TempDir out;
        auto run = privmap::test::run_privmap(
            {"report", source, "-o", out.path.string(), "--format", "md", "--today", "2026-06-15"});
        REQUIRE(run.exit_code == 0);
        auto diagrams = printed_diagrams(out.path / "register.md");
        REQUIRE(!diagrams.empty());
        std::string text;
        for (const auto& diagram : diagrams) {
            INFO(diagram.file);
            CHECK(diagram.smallest_pt >= 8.0);
            CHECK(diagram.text.find("…") == std::string::npos);
            text += diagram.text;
        }
        auto model = privmap::load_model(privmap::test::source_path(source)).model;
        for (const auto& activity : model.activities) {
            INFO(activity.name);
            CHECK(shows_whole(text, activity.name));
        }
        if (!every_party_drawn)
            continue;
        for (const auto& party : model.parties) {
            INFO(party.name);
            CHECK(shows_whole(text, party.name));
        }
        for (const auto& system : model.systems) {
            INFO(system.name);
            CHECK(shows_whole(text, system.name));
        }
    }
}

TEST_CASE("in ODT every diagram keeps its proportions and fits an upright page") {
    privmap::test::TempDir out;
    auto run = privmap::test::run_privmap({"report", "examples/econnect", "-o", out.path.string(),
                                           "--format", "odt", "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    const std::string odt = (out.path / "register.odt").string();
    const std::string content = privmap::test::run_program({"unzip", "-p", odt, "content.xml"}).out;
    static const std::regex frame(
        R"re(<draw:frame [^>]*svg:width="([\d.]+)in" svg:height="([\d.]+)in"><draw:image xlink:href="([^"]+)")re");
    static const std::regex view_box(R"re(viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)")re");
    int frames = 0;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), frame);
         it != std::sregex_iterator(); ++it, ++frames) {
        const std::string picture = (*it)[3];
        INFO(picture);
        const std::string svg = privmap::test::run_program({"unzip", "-p", odt, picture}).out;
        std::smatch size;
        REQUIRE(std::regex_search(svg, size, view_box));
        const double width = std::stod((*it)[1]), height = std::stod((*it)[2]);
        CHECK(width <= 7.0 + 0.01); // A4 less the margins of reference.odt: 17.8 cm
        CHECK(width / height == Approx(std::stod(size[1]) / std::stod(size[2])).epsilon(0.01));
    }
    CHECK(frames == 3); // two activities alone, two together (docs/diagrams.md)
}

TEST_CASE("the HTML register draws an activity's diagram in its lineage section from the entry's "
          "copy") {
    privmap::test::TempDir out;
    auto run = privmap::test::run_privmap({"report", "examples/econnect", "-o", out.path.string(),
                                           "--format", "html", "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    const std::string html = privmap::test::read_file(out.path / "register.html");
    const std::string lineage = html.substr(html.find("<section id=\"lineage\">"));
    static const std::regex use(R"re(<use href="#([^"]+)"/>)re");
    int references = 0;
    for (auto it = std::sregex_iterator(lineage.begin(), lineage.end(), use);
         it != std::sregex_iterator(); ++it, ++references) {
        const std::string group = "<g id=\"" + (*it)[1].str() + "\"";
        INFO(group);
        CHECK(html.find(group) < html.find("<section id=\"lineage\">")); // the entry's copy
        CHECK(lineage.find(group) == std::string::npos);                 // and no second one
    }
    CHECK(references == 2); // econnect's lineage shows two activities alone
}
