// The lineage diagrams of generated models larger than a page holds, as they print.
#include "printed_diagrams.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/modelgen.h>
#include <regex>

using privmap::test::printed_diagrams;
using privmap::test::PrintedDiagram;
using privmap::test::shows_whole;

namespace {

struct Printed {
    privmap::Model model;
    std::vector<PrintedDiagram> diagrams;
};

/// The register of a generated model of `activities` activities, as Markdown for print.
Printed printed_register(std::size_t activities) {
    privmap::modelgen::Options options;
    options.seed = 1;
    options.activities = activities;
    privmap::test::TempDir dir;
    REQUIRE_FALSE(
        privmap::modelgen::write(privmap::modelgen::generate(options), dir.path / "model"));
    auto run = privmap::test::run_privmap({"report", (dir.path / "model").string(), "-o",
                                           (dir.path / "out").string(), "--format", "md", "--today",
                                           "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    return {privmap::load_model(dir.path / "model").model,
            printed_diagrams(dir.path / "out" / "register.md")};
}

void check_every_activity_named(const Printed& printed) {
    std::string text;
    for (const auto& diagram : printed.diagrams)
        text += diagram.text;
    for (const auto& activity : printed.model.activities) {
        INFO(activity.name);
        CHECK(shows_whole(text, activity.name));
    }
}

} // namespace

TEST_CASE("a 40-activity model's lineage prints split per department, every text at 8 pt") {
    Printed printed = printed_register(40);
    CHECK(printed.diagrams.size() > 1); // the whole does not fit a page
    for (const auto& diagram : printed.diagrams) {
        INFO(diagram.file << ": " << diagram.caption);
        CHECK(diagram.smallest_pt >= 8.0);
    }
    check_every_activity_named(printed);
}

TEST_CASE("a department of 30 activities prints in runs of consecutive activities at 8 pt") {
    Printed printed = printed_register(120); // departments of 22 to 36 activities
    // "Department: hr (activities 11–12 of 36)"
    std::regex run_caption(R"re(\(activities (\d+)–(\d+) of (\d+)\))re");
    std::size_t runs = 0, large_department_runs = 0, small = 0;
    for (const auto& diagram : printed.diagrams) {
        INFO(diagram.file << ": " << diagram.caption);
        std::smatch run;
        if (std::regex_search(diagram.caption, run, run_caption)) {
            ++runs;
            large_department_runs += std::stoul(run[3]) > 25;
            CHECK(std::stoul(run[1]) < std::stoul(run[2]));
        }
        // One activity alone with a dozen labelled links can be too large for a landscape
        // page at 8 pt (docs/diagrams.md); every run and department prints at 8 pt.
        bool alone = diagram.caption.find(" — ") != std::string::npos;
        CHECK(diagram.smallest_pt >= (alone ? 7.0 : 8.0));
        small += diagram.smallest_pt < 8.0;
    }
    CHECK(large_department_runs > 0);
    CHECK(runs > 0);
    CHECK(small * 20 <= printed.diagrams.size()); // 2 of 105 when measured
    check_every_activity_named(printed);
}
