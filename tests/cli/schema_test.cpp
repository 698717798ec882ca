// `privmap schema` gives editors the model language: Taplo, the engine of VS Code's Even
// Better TOML, must accept every real model file against it and reject a broken one.
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using privmap::test::run_privmap;
using privmap::test::run_program;
using privmap::test::source_path;

namespace {

const std::string taplo = source_path("tools/node_modules/.bin/taplo");

fs::path write_schema() {
    auto run = run_privmap({"schema"});
    REQUIRE(run.exit_code == 0);
    fs::path path =
        fs::temp_directory_path() / ("privmap-schema-" + std::to_string(::getpid()) + ".json");
    std::ofstream(path) << run.out;
    return path;
}

/// Taplo checks `files` against `schema`, or, when it is empty, against the schema each file
/// names in its `#:schema` line (as an editor does).
privmap::test::Run taplo_check(const fs::path& schema, const std::vector<fs::path>& files) {
    std::vector<std::string> argv{taplo, "check", "--no-auto-config"};
    if (!schema.empty())
        argv.insert(argv.end(), {"--schema", "file://" + schema.string()});
    for (const fs::path& file : files)
        argv.push_back(file.string());
    return run_program(argv);
}

std::vector<fs::path> model_files(const std::string& folder) {
    std::vector<fs::path> files;
    if (!fs::exists(source_path(folder)))
        return files;
    for (const auto& entry : fs::recursive_directory_iterator(source_path(folder)))
        if (entry.path().extension() == ".toml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("privmap schema prints a draft-07 JSON Schema with hover docs") {
    auto run = run_privmap({"schema"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("\"$schema\": \"http://json-schema.org/draft-07/schema#\"") !=
          std::string::npos);
    CHECK(run.out.find("\"x-taplo\"") != std::string::npos);
    CHECK(run.out.find("\"lawful_basis\"") != std::string::npos);
    CHECK(run.out.find("\"legitimate-interests\"") != std::string::npos);
}

TEST_CASE("Taplo accepts every example and rule model against the schema") {
    INFO("Taplo is installed by scripts/install-deps.sh (npm ci --prefix tools)");
    REQUIRE(fs::exists(taplo));
    fs::path schema = write_schema();
    std::vector<fs::path> files = model_files("examples");
    // A model.* rule's trigger model is invalid by design: the schema rejects it as check does.
    for (const fs::path& file : model_files("tests/models/rules"))
        if (!(file.parent_path().filename().string().starts_with("model.") &&
              file.filename().string().starts_with("trigger")))
            files.push_back(file);
    REQUIRE(files.size() > 10);
    // One run for all files: Taplo starts slowly, and its output names each file it rejects.
    auto run = taplo_check(schema, files);
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    fs::remove(schema);
}

TEST_CASE("Taplo rejects a model file with an unknown key or a wrong enum value") {
    REQUIRE(fs::exists(taplo));
    fs::path schema = write_schema();
    fs::path broken =
        fs::temp_directory_path() / ("privmap-broken-" + std::to_string(::getpid()) + ".toml");
    std::ofstream(broken) << "[[activity]]\nid = \"a\"\nname = \"A\"\nrole = \"controller\"\n"
                             "lawful_basis = \"because\"\ncategries = [\"x\"]\n";
    auto run = taplo_check(schema, {broken});
    CHECK(run.exit_code != 0);
    fs::remove(broken);
    fs::remove(schema);
}

TEST_CASE("docs/privmap.schema.json, the schema the examples name, is what privmap schema prints") {
    INFO("regenerate it: build/cli/privmap schema > docs/privmap.schema.json");
    CHECK(privmap::test::read_file(source_path("docs/privmap.schema.json")) ==
          run_privmap({"schema"}).out);
}

TEST_CASE("every example starts with a #:schema line that Taplo follows to the schema") {
    REQUIRE(fs::exists(taplo));
    std::vector<fs::path> files = model_files("examples");
    REQUIRE_FALSE(files.empty());
    for (const fs::path& file : files) {
        std::string text = privmap::test::read_file(file.string());
        INFO(file.string());
        CHECK(text.rfind("#:schema ../../docs/privmap.schema.json\n", 0) == 0);
    }
    auto run = taplo_check({}, files); // a path Taplo cannot follow would fail the check
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
}
