// `privmap check` as CI runs it: formats, exit codes, the summary line.
#include "support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <sys/wait.h>

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
