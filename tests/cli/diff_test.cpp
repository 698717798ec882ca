// `privmap diff`: what a reviewer of a change to the model sees, between two folders or
// against a git revision.
#include "git_repository.h"
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

fs::path repository_with_change(const TempDir& dir) {
    return privmap::test::repository_with_change(dir, old_model, new_model);
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

namespace {

const std::string facts_model = "tests/models/diff/facts";

/// `privmap diff` between the facts model and a copy of it with `from` replaced by `to` in
/// model.toml, in `format`.
Run diff_after_edit(const TempDir& dir, const std::string& from, const std::string& to,
                    const std::string& format = "text") {
    std::string text = read_file(source_path(facts_model + "/model.toml"));
    REQUIRE(text.find(from) != std::string::npos);
    dir.write("after/model.toml", replaced(text, from, to));
    Run run = diff({facts_model, (dir.path / "after").string(), "--format", format});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run;
}

/// The changes of a JSON diff that are of `kind`.
std::vector<nlohmann::json> changes_of(const Run& run, const std::string& kind) {
    std::vector<nlohmann::json> found;
    nlohmann::json diff = nlohmann::json::parse(run.out);
    for (const auto& change : diff.at("changes"))
        if (change.at("kind") == kind)
            found.push_back(change);
    return found;
}

const std::string moved_processor = R"(id = "payments"
name = "Payments B.V."
role = "processor"
country = "NL")";

} // namespace

TEST_CASE("privmap diff names a processor that moved to a third country as a new transfer") {
    TempDir dir;
    std::string moved = replaced(moved_processor, "\"NL\"", "\"US\"");
    Run text = diff_after_edit(dir, moved_processor, moved);
    CHECK(text.out.find("+ `orders` now transfers data to `payments` in `US`, without adequacy "
                        "or a safeguard (via orders → payments (US))") != std::string::npos);
    Run markdown = diff_after_edit(dir, moved_processor, moved, "markdown");
    CHECK(markdown.out.find("### Transfers outside the EEA added") != std::string::npos);
    CHECK(markdown.out.find("`orders` now transfers data to `payments` in `US`") !=
          std::string::npos);
    auto added = changes_of(diff_after_edit(dir, moved_processor, moved, "json"), "transfer-added");
    REQUIRE(added.size() == 1);
    CHECK(added[0]["entity"] == "orders");
    CHECK(added[0]["detail"] == "US");
    CHECK(added[0]["destination"] == "payments");
    CHECK(added[0]["safeguard"] == "none");
}

TEST_CASE("privmap diff names a safeguard that changed on an existing transfer") {
    TempDir dir;
    std::string abroad = replaced(moved_processor, "\"NL\"", "\"US\"");
    dir.write("before/model.toml", replaced(read_file(source_path(facts_model + "/model.toml")),
                                            moved_processor, abroad));
    dir.write("after/model.toml",
              replaced(read_file(source_path(facts_model + "/model.toml")), moved_processor,
                       abroad + "\nsafeguard = \"scc\"\ntia = \"tia.pdf\""));
    Run run = diff({(dir.path / "before").string(), (dir.path / "after").string()});
    INFO(run.err);
    CHECK(run.out.find("~ `orders` transfer to `payments`: US, none → US, scc") !=
          std::string::npos);
    Run json =
        diff({"--format", "json", (dir.path / "before").string(), (dir.path / "after").string()});
    auto changed = changes_of(json, "transfer-changed");
    REQUIRE(changed.size() == 1);
    CHECK(changed[0]["before"] == "US");
    CHECK(changed[0]["safeguard_before"] == "none");
    CHECK(changed[0]["detail"] == "US");
    CHECK(changed[0]["safeguard"] == "scc");
}

TEST_CASE("privmap diff names a new sub-processor in a third country as recipient and transfer") {
    TempDir dir;
    std::string flow_to_payments = R"(to = "payments"
categories = ["contact"]
activity = "orders")";
    std::string sub_processor = flow_to_payments + R"(

[[party]]
id = "cloud"
name = "Cloud Hosting Pvt."
role = "processor"
country = "IN"
dpa = "contracts/cloud.pdf"
authorised_by = ["payments"]

[[flow]]
from = "payments"
to = "cloud"
categories = ["contact"]
activity = "orders")";
    Run text = diff_after_edit(dir, flow_to_payments, sub_processor);
    CHECK(text.out.find("+ `orders` now discloses data to `cloud` (via orders → payments → cloud "
                        "(IN))") != std::string::npos);
    CHECK(text.out.find("+ `orders` now transfers data to `cloud` in `IN`, without adequacy or a "
                        "safeguard") != std::string::npos);
    Run json = diff_after_edit(dir, flow_to_payments, sub_processor, "json");
    CHECK(changes_of(json, "recipient-added").size() == 1);
    CHECK(changes_of(json, "transfer-added").size() == 1);
}

TEST_CASE("privmap diff names a special category that now reaches an activity through a flow") {
    TempDir dir;
    std::string intake_flow = R"(from = "intake"
to = "orders"
categories = ["contact"])";
    Run text = diff_after_edit(dir, intake_flow,
                               replaced(intake_flow, "[\"contact\"]", "[\"contact\", \"health\"]"));
    CHECK(text.out.find("+ `orders` now receives `health` [special category: health] (via "
                        "intake → orders)") != std::string::npos);
    Run markdown = diff_after_edit(
        dir, intake_flow, replaced(intake_flow, "[\"contact\"]", "[\"contact\", \"health\"]"),
        "markdown");
    CHECK(markdown.out.find("### Special, criminal or national-id data reached") !=
          std::string::npos);
    auto added =
        changes_of(diff_after_edit(
                       dir, intake_flow,
                       replaced(intake_flow, "[\"contact\"]", "[\"contact\", \"health\"]"), "json"),
                   "sensitive-added");
    REQUIRE(added.size() == 1);
    CHECK(added[0]["detail"] == "health");
    CHECK(added[0]["special"] == "health");
}

TEST_CASE("privmap diff names a shortened retention period per category") {
    TempDir dir;
    std::string seven_years = R"(period = "P7Y")";
    Run text = diff_after_edit(dir, seven_years, R"(period = "P2Y")");
    CHECK(text.out.find("~ `orders` retention of `contact`: P7Y from order → P2Y from order "
                        "(shortened)") != std::string::npos);
    auto changed = changes_of(diff_after_edit(dir, seven_years, R"(period = "P2Y")", "json"),
                              "retention-changed");
    REQUIRE(changed.size() == 1);
    CHECK(changed[0]["detail"] == "contact");
    CHECK(changed[0]["trend"] == "shortened");
}

TEST_CASE("privmap diff --git refuses a model that is a link at the revision leading out of it") {
    TempDir dir;
    dir.write("outside/secret.toml", "secret = \"the contents of a file outside\"\n");
    fs::path repository = dir.path / "repo";
    copy_model(new_model, repository / "register");
    fs::create_symlink(dir.path / "outside", repository / "linked");
    fs::create_symlink(dir.path / "outside" / "secret.toml", repository / "one.toml");
    git(repository, {"init", "--quiet"});
    git(repository, {"add", "."});
    git(repository, {"commit", "--quiet", "--message", "links out of the repository"});
    // In the working tree they are ordinary models again: only the revision holds the links.
    fs::remove(repository / "linked");
    fs::remove(repository / "one.toml");
    copy_model(new_model, repository / "linked");
    fs::copy_file(source_path("tests/models/trace/shop.toml"), repository / "one.toml");
    for (const std::string model : {"linked", "one.toml"}) {
        INFO(model);
        Run run = diff({"--git", "HEAD", (repository / model).string()});
        CHECK(run.exit_code == 2);
        CHECK(run.err.find("`" + model + "` is a symbolic link at HEAD that leads outside") !=
              std::string::npos);
        CHECK((run.out + run.err).find("the contents of a file outside") == std::string::npos);
    }
}
