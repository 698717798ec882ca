// Every broken model under tests/models/bad/ goes through the real `privmap check`: exit 2 and
// the expected rule at the expected line. Each model (a file, or a directory of files) says
// what it expects in its first line: `# expect: <rule-id> <line>`.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;
using privmap::test::read_file;
using privmap::test::run_privmap;

namespace {

struct ExpectedError {
    std::string file; // as privmap prints it
    std::string rule;
    int line = 0;
};

std::optional<ExpectedError> expectation_in(const fs::path& file, const std::string& printed) {
    std::istringstream first_line(read_file(file.string()));
    std::string hash, expect;
    ExpectedError expected{printed, "", 0};
    if (first_line >> hash >> expect >> expected.rule >> expected.line && hash == "#" &&
        expect == "expect:")
        return expected;
    return std::nullopt;
}

/// A directory model's expectation is in the first line of the file it is about; privmap prints
/// that file as the model path given joined with the file inside the model.
std::optional<ExpectedError> expectation_of(const fs::path& model, const std::string& argument) {
    if (!fs::is_directory(model))
        return expectation_in(model, argument);
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(model))
        if (entry.path().extension() == ".toml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
        if (auto found = expectation_in(file, argument + "/" +
                                                  file.lexically_relative(model).generic_string()))
            return found;
    return std::nullopt;
}

std::vector<fs::path> bad_models() {
    std::vector<fs::path> models;
    for (const auto& entry : fs::directory_iterator(fs::path(PRIVMAP_TESTS_DIR) / "models" / "bad"))
        models.push_back(entry.path());
    std::sort(models.begin(), models.end());
    return models;
}

bool reported(const std::string& output, const ExpectedError& expected) {
    const std::string place = expected.file + ":" + std::to_string(expected.line) + ":";
    const std::string rule = "[" + expected.rule + "]";
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(place, 0) == 0 && line.find(rule) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("the corpus of broken models has at least 40 models, each with its expectation") {
    std::vector<fs::path> models = bad_models();
    REQUIRE(models.size() >= 40);
    for (const fs::path& model : models) {
        INFO(model.filename().string());
        CHECK(expectation_of(model, model.string()));
    }
}

TEST_CASE("every broken model is refused with exit 2 and the expected rule at the expected line") {
    for (const fs::path& model : bad_models()) {
        const std::string argument = "tests/models/bad/" + model.filename().string();
        auto expected = expectation_of(model, argument);
        if (!expected)
            continue;
        privmap::test::Run run = run_privmap({"check", argument});
        INFO(argument << " expects [" << expected->rule << "] at " << expected->file << ":"
                      << expected->line << "\n--- output:\n"
                      << run.out << run.err);
        CHECK(run.exit_code == 2);
        CHECK(reported(run.out, *expected));
    }
}
