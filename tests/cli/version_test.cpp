#include "support.h"

#include <catch2/catch.hpp>

using privmap::test::run_privmap;

TEST_CASE("privmap --version prints the version and exits 0") {
    auto run = run_privmap({"--version"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("0.1.0") != std::string::npos);
}

TEST_CASE("an unknown command is a usage error, exit 2") {
    auto run = run_privmap({"frobnicate"});
    CHECK(run.exit_code == 2);
}
