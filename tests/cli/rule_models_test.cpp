// Every rule has a directory tests/models/rules/<rule-id>/ with a model that must produce the
// rule (trigger.toml) and a near miss that must not (clean.toml). Adding a rule's test is
// adding that directory; this runner finds it.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

namespace fs = std::filesystem;
using privmap::test::run_privmap;

namespace {

std::vector<fs::path> rule_directories() {
    std::vector<fs::path> directories;
    for (const auto& entry :
         fs::directory_iterator(fs::path(PRIVMAP_TESTS_DIR) / "models" / "rules"))
        if (entry.is_directory())
            directories.push_back(entry.path());
    std::sort(directories.begin(), directories.end());
    return directories;
}

std::string check(const fs::path& model) {
    auto run = run_privmap({"check", model.string(), "--today", "2026-06-01"});
    return run.out + run.err;
}

} // namespace

TEST_CASE("each rule's trigger model produces the rule and its near miss does not") {
    auto directories = rule_directories();
    REQUIRE(!directories.empty());
    for (const fs::path& directory : directories) {
        std::string rule = directory.filename().string();
        std::string tag = "[" + rule + "]";
        SECTION(rule) {
            std::string triggered = check(directory / "trigger.toml");
            INFO("privmap check " << (directory / "trigger.toml").string() << ":\n" << triggered);
            CHECK(triggered.find(tag) != std::string::npos);
            std::string clean = check(directory / "clean.toml");
            INFO("privmap check " << (directory / "clean.toml").string() << ":\n" << clean);
            CHECK(clean.find(tag) == std::string::npos);
        }
    }
}
