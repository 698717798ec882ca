// `privmap check` as CI runs it: formats, exit codes, the summary line.
#include "golden.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using privmap::test::check_golden;
using privmap::test::run_privmap;
using privmap::test::run_program;

TEST_CASE("a bad option value of check is a usage error, exit 2") {
    CHECK(run_privmap({"check", "examples/econnect", "--format", "xml"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--fail-on", "info"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--today", "2026-02-30"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--color", "sometimes"}).exit_code == 2);
    CHECK(run_privmap({"check"}).exit_code == 2);
}

TEST_CASE("every command that prints a result exits 3 when it cannot write it") {
    const std::vector<std::vector<std::string>> commands{
        {"check", "tests/cli/models/clean", "--format", "json", "--today", "2026-06-01"},
        {"diff", "tests/cli/models/clean", "tests/cli/models/clean"},
        {"trace", "examples/econnect", "financial"},
        {"schema"},
        {"rules"},
        {"explain", "--all"}};
    for (const std::vector<std::string>& args : commands) {
        INFO(args.front());
        std::vector<std::string> argv{PRIVMAP_BINARY};
        argv.insert(argv.end(), args.begin(), args.end());
        auto run = run_program(argv, "/dev/full");
        CHECK(run.exit_code == 3);
        CHECK(run.err.find("cannot write") != std::string::npos);
    }
}

TEST_CASE("a model that loads clean exits 0 and says so on stderr") {
    auto run = run_privmap({"check", "tests/cli/models/clean", "--today", "2026-06-01"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(run.err == "no findings\n");
}

TEST_CASE("a dangling reference is exit 2, printed with a caret under the id") {
    auto run = run_privmap({"check", "tests/cli/models/dangling", "--today", "2026-06-01"});
    CHECK(run.exit_code == 2);
    check_golden("dangling.txt", run.out);
    CHECK(run.err == "1 error\n");
}

TEST_CASE("a dangling reference in JSON: the public shape, and exit code 2 in the summary") {
    auto run = run_privmap(
        {"check", "tests/cli/models/dangling", "--format", "json", "--today", "2026-06-01"});
    CHECK(run.exit_code == 2);
    check_golden("dangling.json", run.out);
    CHECK(run.err.empty());
}

TEST_CASE("a model path that does not exist is exit 2, never a crash") {
    auto run = run_privmap({"check", "tests/cli/models/no-such-model", "--today", "2026-06-01"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("tests/cli/models/no-such-model: error[model.") == 0);
}

TEST_CASE("compliance findings are exit 1: the waived one is shown as waived and not counted") {
    auto run = run_privmap({"check", "tests/cli/models/findings", "--today", "2026-06-01"});
    CHECK(run.exit_code == 1);
    check_golden("findings.txt", run.out);
    CHECK(run.out.find("warning[retention.vague]") != std::string::npos);
    CHECK(run.out.find("(waived: Addresses are removed by hand at unsubscription \u2014 approved "
                       "by DPO, until "
                       "2027-01-01)") != std::string::npos);
    CHECK(run.err.find("1 waived") != std::string::npos);
}

TEST_CASE("compliance findings in JSON carry the waiver, and the summary counts it apart") {
    auto run = run_privmap(
        {"check", "tests/cli/models/findings", "--format", "json", "--today", "2026-06-01"});
    CHECK(run.exit_code == 1);
    check_golden("findings.json", run.out);
}

TEST_CASE("an expired waiver no longer suppresses: the finding counts again") {
    auto run = run_privmap(
        {"check", "tests/cli/models/findings", "--format", "json", "--today", "2027-06-01"});
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("\"waived\": true") == std::string::npos);
}

TEST_CASE("warnings pass by default and fail with --fail-on warning") {
    auto lenient = run_privmap({"check", "tests/cli/models/warnings", "--today", "2026-06-01"});
    CHECK(lenient.exit_code == 0);
    CHECK(lenient.out.find("warning[") != std::string::npos);
    CHECK(lenient.out.find("error[") == std::string::npos);
    auto strict = run_privmap(
        {"check", "tests/cli/models/warnings", "--fail-on", "warning", "--today", "2026-06-01"});
    CHECK(strict.exit_code == 1);
}

TEST_CASE("the GitHub format annotates the findings of a model") {
    auto run = run_privmap(
        {"check", "tests/cli/models/findings", "--format", "github", "--today", "2026-06-01"});
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("::error file=tests/cli/models/findings/model.toml,line=") !=
          std::string::npos);
    CHECK(run.out.find("title=retention.missing::") != std::string::npos);
    CHECK(run.out.find("title=retention.vague::") == std::string::npos); // waived
}

TEST_CASE("a date given with --today outside the years 1900 to 2200 is a usage error") {
    for (const char* date : {"9999-12-31", "1899-12-31", "2201-01-01", "0001-01-01"}) {
        auto run = run_privmap({"check", "tests/cli/models/clean", "--today", date});
        INFO(date << ": " << run.err);
        CHECK(run.exit_code == 2);
        CHECK(run.err.find("outside the years 1900 to 2200") != std::string::npos);
    }
    CHECK(run_privmap({"check", "tests/cli/models/clean", "--today", "2200-12-31"}).exit_code == 0);
    CHECK(run_privmap({"check", "tests/cli/models/clean", "--today", "1900-01-01"}).exit_code == 0);
}

TEST_CASE("check --lang nl prints eConnect's findings, notes and fixes in Dutch") {
    std::vector<std::string> check{"check",      "examples/econnect", "--today",
                                   "2026-06-01", "--color",           "never"};
    auto with = [&](std::vector<std::string> more) {
        std::vector<std::string> args = check;
        args.insert(args.end(), more.begin(), more.end());
        return run_privmap(args);
    };
    auto dutch = with({"--lang", "nl"});
    CHECK(dutch.exit_code == 1);
    CHECK(dutch.out.find("error[lawfulness.basis-missing]: verwerking `contact-form` heeft geen "
                         "`lawful_basis`") != std::string::npos);
    CHECK(dutch.out.find("help: voeg `lawful_basis = ") != std::string::npos);
    CHECK(dutch.out.find("note: `customer-organisations` is een ontvanger van verwerking "
                         "`invoice-delivery`") != std::string::npos);
    for (const char* english : {" the ", " has ", " and ", " without ", " receives ", " is a ",
                                "activity `", "add `", "set `"}) {
        INFO("English in `privmap check --lang nl`: \"" << english << "\"\n" << dutch.out);
        CHECK(dutch.out.find(english) == std::string::npos);
    }
    INFO("without --lang, check speaks the model's `[model] language`");
    CHECK(with({}).out == dutch.out);
    auto english = with({"--lang", "en"});
    CHECK(english.out.find("error[lawfulness.basis-missing]: activity `contact-form` has no "
                           "`lawful_basis`") != std::string::npos);
}

TEST_CASE("JSON findings keep their rule ids and shape in every language") {
    auto nl = nlohmann::json::parse(
        run_privmap({"check", "examples/econnect", "--format", "json", "--lang", "nl"}).out);
    auto en = nlohmann::json::parse(
        run_privmap({"check", "examples/econnect", "--format", "json", "--lang", "en"}).out);
    REQUIRE(nl["findings"].size() == en["findings"].size());
    for (std::size_t i = 0; i < nl["findings"].size(); ++i) {
        CHECK(nl["findings"][i]["rule"] == en["findings"][i]["rule"]);
        CHECK(nl["findings"][i]["line"] == en["findings"][i]["line"]);
        CHECK(nl["findings"][i]["message"] != en["findings"][i]["message"]);
    }
}
