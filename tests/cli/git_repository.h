// Git repositories in temporary folders for the tests of what privmap reads at a revision
// (`diff --git`, `report --since`).
#pragma once

#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

namespace privmap::test {

/// Runs git in `repository` as a user with a throwaway identity.
inline void git(const std::filesystem::path& repository, std::vector<std::string> args) {
    Run run = run_git(repository, std::move(args));
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
}

inline void copy_model(const std::string& from, const std::filesystem::path& to) {
    namespace fs = std::filesystem;
    fs::create_directories(to);
    fs::copy(source_path(from), to,
             fs::copy_options::overwrite_existing | fs::copy_options::recursive);
}

/// A repository whose last commit holds the model `old_model` in `register/`, and whose working
/// tree holds `new_model`.
inline std::filesystem::path repository_with_change(const TempDir& dir,
                                                    const std::string& old_model,
                                                    const std::string& new_model) {
    std::filesystem::path repository = dir.path / "repo";
    copy_model(old_model, repository / "register");
    git(repository, {"init", "--quiet"});
    git(repository, {"add", "."});
    git(repository, {"commit", "--quiet", "--message", "the old register"});
    std::filesystem::remove_all(repository / "register");
    copy_model(new_model, repository / "register");
    return repository;
}

} // namespace privmap::test
