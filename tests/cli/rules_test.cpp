// `privmap rules`, `privmap explain` and the generated rule docs under docs/rules.
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>
#include <set>

using namespace privmap;
using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::source_path;
namespace fs = std::filesystem;

namespace {

std::set<std::string> markdown_files(const fs::path& dir) {
    std::set<std::string> names;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".md")
                names.insert(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("privmap rules lists every rule with its severity, as a table and as JSON") {
    auto table = run_privmap({"rules"});
    CHECK(table.exit_code == 0);
    CHECK(table.out.rfind("RULE", 0) == 0);
    auto json = run_privmap({"rules", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    auto rules = nlohmann::json::parse(json.out)["rules"];
    REQUIRE(rules.size() == all_rules().size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i]["id"] == all_rules()[i].id);
        CHECK(rules[i]["severity"] == to_string(all_rules()[i].severity));
        CHECK(table.out.find(std::string(all_rules()[i].id)) != std::string::npos);
    }
}

TEST_CASE("privmap explain prints what a rule checks, why, the legal ground and the fix") {
    for (const RuleInfo& rule : all_rules()) {
        auto run = run_privmap({"explain", std::string(rule.id)});
        CHECK(run.exit_code == 0);
        CHECK(run.out == explain_text(rule));
    }
}

TEST_CASE("privmap explain --lang explains every rule in that language, with no English left") {
    for (const char* lang : {"nl", "de", "fr"}) {
        auto run = run_privmap({"explain", "--all", "--lang", lang});
        INFO("privmap explain --all --lang " << lang);
        CHECK(run.exit_code == 0);
        for (std::string_view english : {"What it checks", "Why it matters", "How to fix it"})
            CHECK(run.out.find(english) == std::string::npos);
        for (const RuleInfo& rule : all_rules())
            for (std::string_view english : {rule.summary, rule.what, rule.why, rule.fix}) {
                INFO(rule.id << ": " << english);
                CHECK(run.out.find(english) == std::string::npos);
            }
    }
}

TEST_CASE("explaining an unknown rule is exit 2 and suggests the nearest rule id") {
    auto run = run_privmap({"explain", "no.such-rule-at-all"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("unknown rule `no.such-rule-at-all`") != std::string::npos);
    if (all_rules().empty())
        return;
    std::string id(all_rules().front().id);
    std::string typo = id.substr(0, id.size() - 1); // the last letter forgotten
    auto near = run_privmap({"explain", typo});
    CHECK(near.exit_code == 2);
    CHECK(near.err.find("did you mean `" + id + "`?") != std::string::npos);
}

TEST_CASE("explain without a rule or --all is a usage error") {
    CHECK(run_privmap({"explain"}).exit_code == 2);
}

TEST_CASE("docs/rules is what `privmap explain --all --markdown` generates from the rules") {
    fs::path generated =
        fs::temp_directory_path() / ("privmap-rule-docs-" + std::to_string(::getpid()));
    fs::remove_all(generated);
    auto run = run_privmap({"explain", "--all", "--markdown", generated.string()});
    REQUIRE(run.exit_code == 0);
    fs::path committed = source_path("docs/rules");
    INFO("docs/rules is out of date; regenerate it with `build/cli/privmap explain --all "
         "--markdown docs/rules` "
         "(and delete the pages of rules that no longer exist)");
    CHECK(markdown_files(committed) == markdown_files(generated));
    for (const std::string& name : markdown_files(generated)) {
        INFO(name);
        CHECK(read_file((committed / name).string()) == read_file((generated / name).string()));
    }
    fs::remove_all(generated);
}

TEST_CASE("every command explains itself with examples in --help") {
    for (const char* command : {"check", "rules", "explain"}) {
        auto run = run_privmap({command, "--help"});
        INFO(command);
        CHECK(run.exit_code == 0);
        CHECK(run.out.find("Examples:") != std::string::npos);
    }
}

TEST_CASE("explain --markdown refuses a page name that is a link, and leaves its target alone") {
    privmap::test::TempDir dir;
    fs::path pages = dir.path / "rules";
    fs::create_directories(pages);
    fs::path victim = dir.path / "victim.txt";
    std::ofstream(victim) << "untouched\n";
    fs::create_symlink(victim, pages / "retention.missing.md");
    auto run = run_privmap({"explain", "retention.missing", "--markdown", pages.string()});
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("symbolic link") != std::string::npos);
    CHECK(read_file(victim.string()) == "untouched\n");
    CHECK(fs::is_symlink(pages / "retention.missing.md"));
}

TEST_CASE("a report problem names a rule that privmap explain knows") {
    privmap::test::TempDir dir;
    dir.write("templates/i18n/nl.json", "{ not json");
    auto run = run_privmap({"report", source_path("examples/econnect"), "--lang", "nl", "--format",
                            "md", "--templates", (dir.path / "templates").string(), "-o",
                            (dir.path / "out").string()});
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("error[report.template]") != std::string::npos);
    for (const char* id : {"report.tool", "report.write", "report.template", "report.format",
                           "report.lang", "report.diagram"}) {
        INFO(id);
        CHECK(run_privmap({"explain", id}).exit_code == 0);
    }
}
