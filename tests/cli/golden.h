// Golden files: expected output under tests/cli/golden/. Set PRIVMAP_UPDATE_GOLDEN=1 to
// rewrite them from the current output (then review the diff before committing).
#pragma once

#include "support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>

namespace privmap::test {

inline std::string golden_path(const std::string& name) {
    return std::string(PRIVMAP_TESTS_DIR) + "/cli/golden/" + name;
}

inline void check_golden(const std::string& name, const std::string& actual) {
    if (std::getenv("PRIVMAP_UPDATE_GOLDEN")) {
        std::ofstream(golden_path(name), std::ios::binary) << actual;
        return;
    }
    INFO("golden file tests/cli/golden/" << name << " (PRIVMAP_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(actual == read_file(golden_path(name)));
}

} // namespace privmap::test
