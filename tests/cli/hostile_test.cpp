// Hostile and broken input: privmap answers with a located error (exit 2) or a clean run,
// never a crash, a hang, or model text that escapes into the terminal.
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::TempDir;

namespace {

struct HostileOutcome {
    std::vector<int> exit_codes;
    std::vector<std::string> expected;  // each must appear in the output
    std::vector<std::string> forbidden; // none may appear
};

std::vector<int> parse_exit_codes(const std::string& list) {
    std::vector<int> codes;
    std::stringstream stream(list);
    for (std::string code; std::getline(stream, code, ',');)
        codes.push_back(std::stoi(code));
    return codes;
}

/// `\e` in an expectation stands for ESC, which a TOML comment cannot hold.
std::string unescape(std::string text) {
    for (std::size_t at; (at = text.find("\\e")) != std::string::npos;)
        text.replace(at, 2, "\x1b");
    return text;
}

// The case's expectations are the `# expect-exit:`, `# expect-output:` and `# forbid-output:`
// comments at its top.
HostileOutcome read_expectation(const std::string& text) {
    HostileOutcome expectation;
    std::stringstream lines(text.rfind("\xEF\xBB\xBF", 0) == 0 ? text.substr(3) : text);
    for (std::string line; std::getline(lines, line) && line.rfind('#', 0) == 0;) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        auto value = [&](std::string_view key) { return line.substr(key.size()); };
        if (line.rfind("# expect-exit: ", 0) == 0)
            expectation.exit_codes = parse_exit_codes(value("# expect-exit: "));
        else if (line.rfind("# expect-output: ", 0) == 0)
            expectation.expected.push_back(value("# expect-output: "));
        else if (line.rfind("# forbid-output: ", 0) == 0)
            expectation.forbidden.push_back(unescape(value("# forbid-output: ")));
    }
    return expectation;
}

void check_case(const fs::path& model, const HostileOutcome& expectation) {
    auto run = run_privmap({"check", model.string(), "--today", "2026-06-01"});
    std::string output = run.out + run.err;
    INFO(model.string() << " exited " << run.exit_code << "\n" << output.substr(0, 4000));
    CHECK(std::find(expectation.exit_codes.begin(), expectation.exit_codes.end(), run.exit_code) !=
          expectation.exit_codes.end());
    for (const std::string& text : expectation.expected)
        CHECK(output.find(text) != std::string::npos);
    for (const std::string& text : expectation.forbidden)
        CHECK(output.find(text) == std::string::npos);
    if (run.exit_code == 2 && expectation.expected.empty())
        CHECK(output.find(model.filename().string() + ":") != std::string::npos); // located
}

std::vector<fs::path> toml_files(const std::string& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(privmap::test::source_path(folder)))
        if (entry.path().extension() == ".toml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool sanitizer_spoke(const std::string& output) {
    return output.find("Sanitizer") != std::string::npos ||
           output.find("runtime error:") != std::string::npos;
}

/// `privmap check`, then for a model that loads, `privmap report --format html,md`: what the
/// fuzzers do with each input. Any crash or sanitizer report fails.
void check_and_report(const fs::path& model) {
    auto check = run_privmap({"check", model.string(), "--today", "2026-06-01"});
    INFO(model.string() << ": check exited " << check.exit_code << "\n"
                        << check.err.substr(0, 4000));
    CHECK(check.exit_code <= 2);
    CHECK_FALSE(sanitizer_spoke(check.err));
    if (check.exit_code == 2)
        return;
    TempDir out;
    auto report = run_privmap({"report", model.string(), "-o", out.path.string(), "--format",
                               "html,md", "--today", "2026-06-01"});
    INFO("report exited " << report.exit_code << "\n" << report.err.substr(0, 4000));
    CHECK(report.exit_code <= 3);
    CHECK_FALSE(sanitizer_spoke(report.err));
    for (const auto& file : fs::directory_iterator(out.path))
        if (file.path().extension() == ".html")
            CHECK(read_file(file.path().string()).find("<script") == std::string::npos);
}

const std::string organisation =
    "[model]\nformat = 1\n\n[organisation]\nid = \"org\"\nname = \"Org\"\n"
    "country = \"NL\"\ncontact = { email = \"privacy@example.nl\" }\n";

} // namespace

TEST_CASE("every model of the hostile corpus gets its expected outcome") {
    std::vector<fs::path> cases = toml_files("tests/models/hostile");
    REQUIRE(cases.size() >= 30);
    for (const fs::path& model : cases) {
        HostileOutcome expectation = read_expectation(read_file(model.string()));
        REQUIRE_FALSE(expectation.exit_codes.empty());
        check_case(model, expectation);
    }
}

TEST_CASE("every input that once crashed a fuzzer, and every hostile model, is checked and "
          "reported without a crash") {
    for (const std::string folder : {"fuzz/regressions", "tests/models/hostile"})
        for (const fs::path& model : toml_files(folder))
            check_and_report(model);
}

TEST_CASE("ten thousand duplicate ids are reported without a crash or a quadratic wait") {
    TempDir dir;
    std::string text = organisation;
    for (int i = 0; i < 10000; ++i)
        text += "[[subject]]\nid = \"same\"\nname = \"S\"\n";
    dir.write("model.toml", text);
    check_case(dir.path / "model.toml", {{2}, {"model.duplicate-id"}, {}});
}

TEST_CASE("a string of ten megabytes is loaded or refused, never a crash") {
    TempDir dir;
    dir.write("model.toml", organisation + "[[subject]]\nid = \"s\"\nname = \"" +
                                std::string(10'000'000, 'x') + "\"\n");
    check_case(dir.path / "model.toml", {{0, 1, 2}, {}, {}});
}

TEST_CASE("a file larger than the size limit is refused with its name") {
    TempDir dir;
    dir.write("model.toml", organisation + "# " + std::string(20u << 20, 'x') + "\n");
    check_case(dir.path / "model.toml", {{2}, {"model.toml"}, {}});
}

TEST_CASE("a symlink leading outside the model root is refused and its target is not read") {
    TempDir outside;
    outside.write("secret.toml", "[[subject]]\nid = \"secret-subject\"\nname = \"Secret\"\n");
    TempDir dir;
    dir.write("model.toml", organisation);
    fs::create_symlink(outside.path / "secret.toml", dir.path / "link.toml");
    auto run = run_privmap({"check", dir.path.string(), "--format", "json"});
    CHECK(run.exit_code == 2);
    CHECK((run.out + run.err).find("link.toml") != std::string::npos);
    CHECK((run.out + run.err).find("secret-subject") == std::string::npos);
}

TEST_CASE("a model directory without TOML files is an error, not an empty model") {
    TempDir dir;
    dir.write("notes.txt", "nothing here");
    auto run = run_privmap({"check", dir.path.string()});
    CHECK(run.exit_code == 2);
}

TEST_CASE("a model path that does not exist is an error that names it") {
    auto run = run_privmap({"check", "/nonexistent/privmap-model"});
    CHECK(run.exit_code == 2);
    CHECK((run.out + run.err).find("/nonexistent/privmap-model") != std::string::npos);
}

TEST_CASE("a folder of the model that cannot be read is an error, never skipped") {
    TempDir dir;
    dir.write("model.toml", organisation);
    dir.write("locked/activities.toml", "[[activity]]\nid = \"hidden\"\n");
    fs::permissions(dir.path / "locked", fs::perms::none);
    // root reads any folder: the check runs without the capabilities that let it.
    std::vector<std::string> argv{PRIVMAP_BINARY, "check", dir.path.string()};
    if (::geteuid() == 0)
        argv.insert(argv.begin(), {"setpriv", "--bounding-set=-dac_override,-dac_read_search"});
    auto run = privmap::test::run_program(argv);
    fs::permissions(dir.path / "locked", fs::perms::owner_all);
    INFO(run.out << run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("cannot read the folder `locked`") != std::string::npos);
}

TEST_CASE("a FIFO named like a model file is reported, and check does not wait for it") {
    TempDir dir;
    dir.write("model.toml", organisation);
    REQUIRE(::mkfifo((dir.path / "pipe.toml").c_str(), 0600) == 0);
    auto run = run_privmap({"check", dir.path.string()});
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("pipe.toml") != std::string::npos);
    CHECK(run.out.find("not a regular file") != std::string::npos);
}
