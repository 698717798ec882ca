// `privmap diff`: what a reviewer of a change to the model sees, between two folders or
// against a git revision.
#include "golden.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

namespace fs = std::filesystem;
using namespace privmap::test;

namespace {

const std::string old_model = "tests/models/diff/old";
const std::string new_model = "tests/models/diff/new";

Run diff(std::vector<std::string> args) {
    args.insert(args.begin(), "diff");
    args.insert(args.end(), {"--today", "2026-01-01"});
    return run_privmap(args);
}

/// Runs git in `repository` as a user with a throwaway identity.
void git(const fs::path& repository, std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", repository.string(), "-c", "user.name=Test", "-c",
                               "user.email=test@example.org", "-c", "commit.gpgsign=false"});
    Run run = run_program(args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
}

void copy_model(const std::string& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(source_path(from), to,
             fs::copy_options::overwrite_existing | fs::copy_options::recursive);
}

/// A repository whose last commit holds the old model in `register/`, and whose working tree
/// holds the new one.
fs::path repository_with_change(const TempDir& dir) {
    fs::path repository = dir.path / "repo";
    copy_model(old_model, repository / "register");
    git(repository, {"init", "--quiet"});
    git(repository, {"add", "."});
    git(repository, {"commit", "--quiet", "--message", "the old register"});
    fs::remove_all(repository / "register");
    copy_model(new_model, repository / "register");
    return repository;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
        text.replace(at, from.size(), to), at += to.size();
    return text;
}

} // namespace

TEST_CASE("privmap diff prints every kind of change as text, one line each") {
    Run run = diff({old_model, new_model});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    check_golden("diff.txt", run.out);
}

TEST_CASE("privmap diff --format markdown writes a merge-request comment") {
    Run run = diff({old_model, new_model, "--format", "markdown"});
    CHECK(run.exit_code == 0);
    check_golden("diff.md", run.out);
}

TEST_CASE("privmap diff --format json names each change's kind and the facts of it") {
    Run run = diff({old_model, new_model, "--format", "json"});
    CHECK(run.exit_code == 0);
    check_golden("diff.json", run.out);
    std::set<std::string> kinds;
    nlohmann::json json = nlohmann::json::parse(run.out);
    for (const auto& change : json.at("changes"))
        kinds.insert(change.at("kind").get<std::string>());
    CHECK(kinds == std::set<std::string>{
                       "finding-introduced", "finding-fixed", "finding-waived", "activity-added",
                       "activity-removed", "category-added", "category-removed", "processing-added",
                       "processing-removed", "recipient-added", "recipient-removed",
                       "transfer-added", "transfer-removed", "basis-changed", "retention-changed"});
}

TEST_CASE("privmap diff of a model with itself says nothing changed, exit 0 even with --fail-on") {
    Run run = diff({new_model, new_model, "--fail-on", "note"});
    CHECK(run.exit_code == 0);
    CHECK(run.out == "no changes to the register and no findings introduced or fixed\n");
}

TEST_CASE("privmap diff --fail-on exits 1 when the change introduces a finding that severe") {
    CHECK(diff({old_model, new_model, "--fail-on", "error"}).exit_code == 1);
    // Going back fixes those errors and introduces only what the old model had on its own.
    CHECK(diff({new_model, old_model}).exit_code == 0);
}

TEST_CASE("privmap diff of an invalid model is exit 2, with the location of each error") {
    Run run = diff({"tests/cli/models/dangling", new_model});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("tests/cli/models/dangling/model.toml:") != std::string::npos);
    CHECK(run.err.find("error[model.dangling-ref]") != std::string::npos);
    CHECK(run.err.find("tests/cli/models/dangling is not a valid model") != std::string::npos);
}

TEST_CASE("privmap diff --git compares the model at a revision with the working tree") {
    TempDir dir;
    fs::path repository = repository_with_change(dir);
    fs::path scratch = dir.path / "tmp"; // privmap's temporary files go here
    fs::create_directory(scratch);

    Run run = run_program({"env", "TMPDIR=" + scratch.string(), PRIVMAP_BINARY, "diff", "--git",
                           "HEAD", (repository / "register").string(), "--today", "2026-01-01"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    // The same diff as between the two folders; findings point into the working tree.
    check_golden("diff.txt", replaced(run.out, (repository / "register").string(), new_model));
    CHECK(fs::is_empty(scratch)); // the old model's temporary copy is gone
}

TEST_CASE("privmap diff --git with a revision the repository lacks is exit 2 and says so") {
    TempDir dir;
    fs::path repository = repository_with_change(dir);
    Run run = diff({"--git", "no-such-branch", (repository / "register").string()});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("`no-such-branch` is not a commit, branch or tag") != std::string::npos);
}

TEST_CASE("privmap diff --git outside a repository, or of a model the revision lacks, is exit 2") {
    TempDir dir;
    copy_model(new_model, dir.path / "register");
    Run outside = diff({"--git", "HEAD", (dir.path / "register").string()});
    CHECK(outside.exit_code == 2);
    CHECK(outside.err.find("is not in a git repository") != std::string::npos);

    fs::path repository = repository_with_change(dir);
    copy_model(new_model, repository / "register-2");
    Run missing = diff({"--git", "HEAD", (repository / "register-2").string()});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("`register-2` did not exist at HEAD") != std::string::npos);
}

TEST_CASE("privmap diff --git reports an old version that does not load at its revision") {
    TempDir dir;
    fs::path repository = repository_with_change(dir);
    std::ofstream(repository / "register" / "activities.toml", std::ios::app) << "\n";
    git(repository, {"add", "."});
    git(repository, {"commit", "--quiet", "--message", "new"});
    copy_model("tests/cli/models/dangling", repository / "register" / "broken");
    git(repository, {"add", "."});
    git(repository, {"commit", "--quiet", "--message", "broken"});
    fs::remove_all(repository / "register" / "broken");

    Run run = diff({"--git", "HEAD", (repository / "register").string()});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("HEAD:register/broken/model.toml:") != std::string::npos);
}

TEST_CASE("privmap diff --git without git installed is exit 3, a tool failure, and says so") {
    Run run = run_program(
        {"env", "PATH=/nonexistent", PRIVMAP_BINARY, "diff", "--git", "HEAD", new_model});
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("git is not installed") != std::string::npos);
}
