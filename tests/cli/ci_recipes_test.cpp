// The CI recipes stay in step: what docs/ci.md tells a user to copy is what privmap offers.
#include "support.h"

#include <catch2/catch.hpp>
#include <sstream>

using privmap::test::read_file;
using privmap::test::source_path;

namespace {
/// A YAML file without its comment lines: what pre-commit reads.
std::string without_comments(const std::string& text) {
    std::istringstream lines(text);
    std::string kept;
    for (std::string line; std::getline(lines, line);)
        if (!line.starts_with("#"))
            kept += line + "\n";
    return kept;
}
} // namespace

TEST_CASE("the pre-commit hook at the repository root is the one examples/ci offers to copy") {
    std::string root = without_comments(read_file(source_path(".pre-commit-hooks.yaml")));
    CHECK(root.find("- id: privmap-check\n") != std::string::npos);
    CHECK(root.find("entry: privmap check\n") != std::string::npos);
    CHECK(root == without_comments(read_file(source_path("examples/ci/pre-commit-hooks.yaml"))));
}
