// `privmap report --since REV`: the register and the compliance report with a change log since
// an earlier git revision of the model.
#include "git_repository.h"

#include <filesystem>

namespace fs = std::filesystem;
using namespace privmap::test;

namespace {

/// A repository with two commits: the old register, then the new one; the work tree is clean.
fs::path repository_with_two_commits(const TempDir& dir) {
    fs::path repository =
        repository_with_change(dir, "tests/models/diff/old", "tests/models/diff/new");
    git(repository, {"add", "--all"});
    git(repository, {"commit", "--quiet", "--message", "the new register"});
    return repository;
}

std::string commit_of(const fs::path& repository, const std::string& revision) {
    Run run = run_git(repository, {"rev-parse", revision});
    return run.out.substr(0, run.out.find('\n'));
}

Run report_since(const fs::path& model, const fs::path& out, const std::string& revision,
                 const std::string& lang, const std::string& formats = "html,md") {
    return run_privmap({"report", model.string(), "-o", out.string(), "--since", revision,
                        "--format", formats, "--lang", lang, "--today", "2026-01-01"});
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    std::size_t start = text.find(from);
    if (start == std::string::npos)
        return "";
    return text.substr(start, text.find(to, start) - start);
}

} // namespace

TEST_CASE("report --since lists the register entries changed since the revision") {
    TempDir dir;
    fs::path repository = repository_with_two_commits(dir);
    fs::path out = dir.path / "out";
    Run run = report_since(repository / "register", out, "HEAD~1", "en");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    std::string html = read_file((out / "register.html").string());
    std::string changes = between(html, "<section id=\"changes\">", "</section>");
    INFO(changes);
    CHECK(changes.find("<h2>Changes since HEAD~1</h2>") != std::string::npos);
    // Each entry by reference and name, with what changed about it in register terms.
    CHECK(
        changes.find("<td>loyalty</td><td>Loyalty programme</td><td><ul><li>entry removed</li>") !=
        std::string::npos);
    CHECK(changes.find("Sick leave &lt;registration&gt; &amp; *follow-up*</a></td><td><ul><li>"
                       "entry added, with special categories: health</li>") != std::string::npos);
    CHECK(changes.find("lawful basis: ") != std::string::npos);
    CHECK(changes.find("personal data no longer processed: Fax number") != std::string::npos);
    CHECK(changes.find("recipient removed: ") != std::string::npos);
    CHECK(changes.find("retention of ") != std::string::npos);
    CHECK(changes.find("transfer outside the EEA added: ") != std::string::npos);
    CHECK(changes.find("category of personal data removed: Fax number") != std::string::npos);
    CHECK(changes.find("retention rules of system ") != std::string::npos);
    // The register shows no findings; the compliance report says which came and went.
    CHECK(html.find("dpia.required") == std::string::npos);
    std::string compliance = read_file((out / "compliance.html").string());
    std::string findings = between(compliance, "<section id=\"changes-findings\">", "</section>");
    CHECK(findings.find("New: <strong>Error</strong> <code>transfer.no-safeguard</code>") !=
          std::string::npos);
    CHECK(findings.find("Resolved: ") != std::string::npos);
    CHECK(findings.find("Now accepted: ") != std::string::npos);
    // The colophon names the revision compared against, and the commit it was.
    std::string colophon = between(html, "<footer class=\"colophon\"", "</footer>");
    CHECK(colophon.find("<th scope=\"row\">Changes since</th><td>HEAD~1 (<code class=\"hash\">" +
                        commit_of(repository, "HEAD~1") + "</code>)") != std::string::npos);
    // The Markdown the PDF, DOCX and ODT are made from has the same change log, escaped.
    std::string markdown = read_file((out / "register.md").string());
    CHECK(markdown.find("## Changes since HEAD\\~1 {#changes}") != std::string::npos);
    CHECK(markdown.find("Sick leave \\<registration\\> \\& \\*follow-up\\*") != std::string::npos);
    CHECK(markdown.find(commit_of(repository, "HEAD~1")) != std::string::npos);
}

TEST_CASE("report --since writes the change log in the report's language") {
    TempDir dir;
    fs::path repository = repository_with_two_commits(dir);
    for (auto [lang, heading, removed] :
         {std::tuple{"nl", "Wijzigingen sinds HEAD~1", "verwerking verwijderd"},
          std::tuple{"de", "Änderungen seit HEAD~1", "Eintrag entfernt"},
          std::tuple{"fr", "Modifications depuis HEAD~1", "fiche supprimée"}}) {
        fs::path out = dir.path / lang;
        Run run = report_since(repository / "register", out, "HEAD~1", lang, "html");
        INFO(lang << ": " << run.err);
        REQUIRE(run.exit_code == 0);
        std::string html = read_file((out / "register.html").string());
        CHECK(html.find(heading) != std::string::npos);
        CHECK(html.find(removed) != std::string::npos);
    }
}

TEST_CASE("report --since the revision itself says the register did not change") {
    TempDir dir;
    fs::path repository = repository_with_two_commits(dir);
    fs::path out = dir.path / "out";
    Run run = report_since(repository / "register", out, "HEAD", "en", "html");
    REQUIRE(run.exit_code == 0);
    CHECK(read_file((out / "register.html").string()).find("No changes to the register.") !=
          std::string::npos);
}

TEST_CASE("report --since an unknown revision, or of a model not in git, is exit 2 and writes "
          "nothing") {
    TempDir dir;
    fs::path repository = repository_with_two_commits(dir);
    fs::path out = dir.path / "out";
    Run unknown = report_since(repository / "register", out, "no-such-tag", "en");
    CHECK(unknown.exit_code == 2);
    CHECK(
        unknown.err.find("privmap report: --since: `no-such-tag` is not a commit, branch or tag") !=
        std::string::npos);
    CHECK(!fs::exists(out));

    copy_model("tests/models/diff/new", dir.path / "outside");
    Run outside = report_since(dir.path / "outside", out, "HEAD", "en");
    CHECK(outside.exit_code == 2);
    CHECK(outside.err.find("is not in a git repository") != std::string::npos);
    CHECK(!fs::exists(out));
}
