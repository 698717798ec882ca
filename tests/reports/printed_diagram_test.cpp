// The lineage diagrams as they print: every text at 8 pt or more, every name whole.
#include "printed_diagrams.h"
#include "support.h"

#include <catch2/catch.hpp>

using privmap::test::printed_diagrams;
using privmap::test::shows_whole;

TEST_CASE("the bundled example's diagrams print at 8 pt or more and name every activity whole") {
    privmap::test::TempDir out;
    auto run = privmap::test::run_privmap({"report", "examples/econnect", "-o", out.path.string(),
                                           "--format", "md", "--today", "2026-06-15"});
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
    auto model = privmap::load_model(privmap::test::source_path("examples/econnect")).model;
    for (const auto& activity : model.activities) {
        INFO(activity.name);
        CHECK(shows_whole(text, activity.name));
    }
    for (const auto& party : model.parties) {
        INFO(party.name);
        CHECK(shows_whole(text, party.name));
    }
    for (const auto& system : model.systems) {
        INFO(system.name);
        CHECK(shows_whole(text, system.name));
    }
}
