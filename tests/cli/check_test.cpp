// `privmap check` as CI runs it: formats, exit codes, the summary line.
#include "golden.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <sys/wait.h>

using privmap::test::check_golden;
using privmap::test::run_privmap;

TEST_CASE("a bad option value of check is a usage error, exit 2") {
    CHECK(run_privmap({"check", "examples/econnect", "--format", "xml"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--fail-on", "info"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--today", "2026-02-30"}).exit_code == 2);
    CHECK(run_privmap({"check", "examples/econnect", "--color", "sometimes"}).exit_code == 2);
    CHECK(run_privmap({"check"}).exit_code == 2);
}

TEST_CASE("check exits 3 when it cannot write its findings") {
    std::string command =
        std::string("cd '") + PRIVMAP_SOURCE_DIR + "' && '" + PRIVMAP_BINARY +
        "' check tests/cli/models/clean --format json --today 2026-06-01 > /dev/full 2>/dev/null";
    int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 3);
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
