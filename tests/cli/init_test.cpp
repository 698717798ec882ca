#include "support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <privmap/languages.h>
#include <sstream>
#include <string>
#include <vector>

using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::TempDir;
namespace fs = std::filesystem;

namespace {

/// The lines of `privmap check dir` that report a model.* problem: the model does not load.
std::vector<std::string> model_problems(const std::string& dir) {
    auto run = run_privmap({"check", dir});
    INFO(run.out << run.err);
    CHECK((run.exit_code == 0 || run.exit_code == 1));
    std::vector<std::string> found;
    std::istringstream lines(run.out + run.err);
    for (std::string line; std::getline(lines, line);)
        if (line.find("[model.") != std::string::npos)
            found.push_back(line);
    return found;
}

/// `text` with the commented [[dpia]] example switched on: its lines, up to the first empty
/// line, without their "# ".
std::string with_dpia_uncommented(const std::string& text) {
    std::istringstream lines(text);
    std::string out;
    bool inside = false;
    for (std::string line; std::getline(lines, line);) {
        inside = inside ? !line.empty() : line.starts_with("# [[dpia]]");
        if (inside)
            line.erase(0, line.starts_with("# ") ? 2 : 1);
        out += line + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("the starter's DPIA example, switched on, is a complete DPIA with nothing to report") {
    for (std::string_view code : privmap::languages) {
        std::string lang(code);
        SECTION("in " + lang) {
            TempDir dir;
            std::string target = (dir.path / "register").string();
            REQUIRE(run_privmap({"init", target, "--lang", lang}).exit_code == 0);
            std::string dpias = with_dpia_uncommented(read_file(target + "/dpias.toml"));
            REQUIRE(dpias.find("\n[[dpia.action]]") != std::string::npos);
            std::ofstream(target + "/dpias.toml") << dpias;
            // Before the action plan's due date (2026-06-01) and the review (2027-03-01).
            auto run = run_privmap({"check", target, "--today", "2026-04-01", "--lang", "en"});
            INFO(run.out << run.err);
            CHECK(model_problems(target).empty());
            CHECK(run.out.find("[dpia.") == std::string::npos);
        }
    }
}

TEST_CASE("privmap init writes a starter model that loads without model errors") {
    for (std::string_view code : privmap::languages) {
        std::string lang(code);
        SECTION("in " + lang) {
            TempDir dir;
            std::string target = (dir.path / "register").string();
            auto run = run_privmap({"init", target, "--lang", lang});
            INFO(run.out << run.err);
            REQUIRE(run.exit_code == 0);
            CHECK(fs::exists(fs::path(target) / "model.toml"));
            CHECK(fs::exists(fs::path(target) / "activities.toml"));
            CHECK(read_file(target + "/model.toml").find("language = \"" + lang + "\"") !=
                  std::string::npos);
            CHECK(model_problems(target).empty());
        }
    }
}

TEST_CASE("privmap init refuses to overwrite an existing model, exit 2, and leaves it untouched") {
    TempDir dir;
    std::string model = (dir.path / "model.toml").string();
    std::ofstream(model) << "# my own work\n";
    auto run = run_privmap({"init", dir.path.string()});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("model.toml already exists") != std::string::npos);
    CHECK(read_file(model) == "# my own work\n");
    CHECK_FALSE(fs::exists(dir.path / "activities.toml"));
}

TEST_CASE("privmap init rejects a language it has no starter for, exit 2") {
    TempDir dir;
    auto run = run_privmap({"init", dir.path.string(), "--lang", "xx"});
    CHECK(run.exit_code == 2);
    CHECK(fs::is_empty(dir.path));
}

TEST_CASE("privmap init writes the schema its files name, so an editor completes them at once") {
    TempDir dir;
    REQUIRE(run_privmap({"init", dir.path.string()}).exit_code == 0);
    CHECK(read_file((dir.path / "privmap.schema.json").string()) == run_privmap({"schema"}).out);
    std::vector<std::string> argv{privmap::test::source_path("tools/node_modules/.bin/taplo"),
                                  "check", "--no-auto-config"};
    for (const auto& entry : fs::directory_iterator(dir.path))
        if (entry.path().extension() == ".toml") {
            CHECK(read_file(entry.path().string()).rfind("#:schema ./privmap.schema.json\n", 0) ==
                  0);
            argv.push_back(entry.path().string());
        }
    auto run = privmap::test::run_program(argv); // Taplo follows each file's #:schema line
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
}

TEST_CASE("privmap init writes nothing through a link in the folder, not even a broken one") {
    TempDir dir;
    fs::path target = dir.path / "register";
    fs::create_directories(target);
    fs::path victim = dir.path / "victim.json";
    fs::create_symlink(victim, target / "privmap.schema.json"); // leads to nothing yet
    auto run = run_privmap({"init", target.string()});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("privmap.schema.json already exists") != std::string::npos);
    CHECK_FALSE(fs::exists(victim));
    CHECK_FALSE(fs::exists(target / "model.toml"));
}
