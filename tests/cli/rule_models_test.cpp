// Every rule has a directory tests/models/rules/<rule-id>/ with a model that must produce the
// rule (trigger.toml) and a near miss that must not (clean.toml). Adding a rule's test is
// adding that directory; this runner finds it. A case the rule learnt later adds its own pair
// beside them (trigger-<case>.toml, clean-<case>.toml), found the same way.
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

/// The models of `directory` whose name starts with `prefix` ("trigger", "clean"), sorted.
std::vector<fs::path> models_named(const fs::path& directory, std::string_view prefix) {
    std::vector<fs::path> models;
    for (const auto& entry : fs::directory_iterator(directory)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".toml")
            models.push_back(entry.path());
    }
    std::sort(models.begin(), models.end());
    return models;
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
            auto triggers = models_named(directory, "trigger");
            auto cleans = models_named(directory, "clean");
            CHECK(triggers.size() == cleans.size());
            for (const fs::path& model : triggers) {
                std::string triggered = check(model);
                INFO("privmap check " << model.string() << ":\n" << triggered);
                CHECK(triggered.find(tag) != std::string::npos);
            }
            for (const fs::path& model : cleans) {
                std::string clean = check(model);
                INFO("privmap check " << model.string() << ":\n" << clean);
                CHECK(clean.find(tag) == std::string::npos);
            }
        }
    }
}
