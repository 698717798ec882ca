// SARIF output as GitHub code scanning reads it, checked by Microsoft's SARIF validator.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <privmap/findings_output.h>

using namespace privmap;
using nlohmann::json;

namespace {

const std::string validator = privmap::test::source_path("tools/node_modules/.bin/sarif-multitool");

Diagnostics findings_with_notes_and_a_waiver() {
    Diagnostic special;
    special.rule = Symbol("lawfulness.special-condition");
    special.entity = Symbol("hr-absence");
    special.where = {"activities.toml", 3, 26, 12};
    special.message =
        "activity `hr-absence` processes special-category data without an Art. 9(2) condition.";
    special.notes = {{"`sick-leave` is a kind of `health`.", {"categories.toml", 3, 10, 8}},
                     {"no location.", {}}};
    special.help = "add `special_condition`.";
    Diagnostic waived = special;
    waived.rule = Symbol("retention.vague");
    waived.severity = Severity::warning;
    waived.where = {"my models/activities.toml", 4, 24, 22};
    waived.notes.clear();
    waived.waiver =
        WaiverInfo{"Reviewed each quarter", "DPO", {2027, 1, 1}, {"waivers.toml", 1, 1, 0}};
    return {special, waived};
}

std::string sarif_of(const Diagnostics& findings) {
    Model model;
    model.root = "examples/shop";
    return format_findings(findings, model, FindingsFormat::sarif, {false, 1, "0.1.0"});
}

struct Validation {
    int status = -1;
    std::string output;
};

Validation validate(const std::string& sarif) {
    privmap::test::TempDir dir;
    dir.write("privmap.sarif", sarif);
    auto run =
        privmap::test::run_program({validator, "validate", (dir.path / "privmap.sarif").string()});
    return {run.exit_code, run.out + run.err};
}

} // namespace

TEST_CASE("SARIF output passes Microsoft's SARIF validator without errors") {
    INFO("the validator is installed by scripts/install-deps.sh (npm ci --prefix tools)");
    REQUIRE(std::filesystem::exists(validator));
    std::string real = privmap::test::run_privmap({"check", "tests/cli/models/findings", "--format",
                                                   "sarif", "--today", "2026-06-01"})
                           .out;
    for (const std::string& sarif :
         {sarif_of({}), sarif_of(findings_with_notes_and_a_waiver()), real}) {
        Validation result = validate(sarif);
        INFO(result.output);
        CHECK(result.status == 0);
        CHECK(result.output.find("Analysis completed successfully") != std::string::npos);
        CHECK(result.output.find(": error ") == std::string::npos);
    }
    // The validator really looks: a driver without a name is an error.
    Validation broken =
        validate(R"({"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[]}]})");
    CHECK(broken.output.find(": error ") != std::string::npos);
}

TEST_CASE("every SARIF result names its rule, level, repo-relative location and fingerprint") {
    json log = json::parse(sarif_of(findings_with_notes_and_a_waiver()));
    REQUIRE(log["version"] == "2.1.0");
    const json& run = log["runs"][0];
    const json& rules = run["tool"]["driver"]["rules"];
    for (const json& result : run["results"]) {
        CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
        const json& location = result["locations"][0]["physicalLocation"];
        CHECK(location["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
        CHECK(result["partialFingerprints"].contains("privmap/v1"));
    }
    const json& first = run["results"][0];
    CHECK(first["level"] == "error");
    CHECK(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "examples/shop/activities.toml");
    CHECK(first["locations"][0]["physicalLocation"]["region"] ==
          json{{"startLine", 3}, {"startColumn", 26}, {"endColumn", 38}});
    CHECK(first["relatedLocations"][0]["message"]["text"] == "`sick-leave` is a kind of `health`.");
    const json& second = run["results"][1];
    CHECK(second["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "examples/shop/my%20models/activities.toml");
    CHECK(second["suppressions"][0]["kind"] == "external");
    CHECK(second["suppressions"][0]["justification"] ==
          "Reviewed each quarter \u2014 approved by DPO, until 2027-01-01");
}

TEST_CASE("a SARIF fingerprint survives the finding moving to another line") {
    Diagnostics before = findings_with_notes_and_a_waiver();
    Diagnostics after = before;
    after[0].where.line += 10;
    auto fingerprint = [](const std::string& sarif) {
        return json::parse(sarif)["runs"][0]["results"][0]["partialFingerprints"]["privmap/v1"];
    };
    CHECK(fingerprint(sarif_of(before)) == fingerprint(sarif_of(after)));
}

TEST_CASE("SARIF describes every rule privmap knows, from the rule's own metadata") {
    json rules = json::parse(sarif_of({}))["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == all_rules().size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const RuleInfo& info = all_rules()[i];
        CHECK(rules[i]["id"] == info.id);
        CHECK(rules[i]["shortDescription"]["text"] == info.summary);
        CHECK(rules[i]["defaultConfiguration"]["level"] == to_string(info.severity));
        CHECK(rules[i]["help"]["markdown"] == explain_markdown(info));
        CHECK(rules[i]["properties"]["legal"] == info.legal);
        CHECK(rules[i]["helpUri"] == std::string(rule_docs_url()) + std::string(info.id) + ".md");
        CHECK(rules[i]["properties"]["tags"][0] == "security");
    }
}

TEST_CASE("code scanning ranks a rule's alerts by its severity, and can link to privmap") {
    json driver = json::parse(sarif_of({}))["runs"][0]["tool"]["driver"];
    CHECK(driver["informationUri"] == std::string(homepage()));
    CHECK(std::string(homepage()).find("example") == std::string::npos);
    std::map<std::string, std::string> score;
    for (const json& rule : driver["rules"])
        score[rule["defaultConfiguration"]["level"]] = rule["properties"]["security-severity"];
    CHECK(score == std::map<std::string, std::string>{
                       {"error", "8.0"}, {"warning", "5.0"}, {"note", "2.0"}});
}

TEST_CASE("check --exclude-waived leaves waived findings out, so code scanning opens no alert for "
          "them") {
    auto results = [](std::vector<std::string> extra) {
        std::vector<std::string> args{
            "check", "tests/cli/models/findings", "--format", "sarif", "--today", "2026-06-01"};
        args.insert(args.end(), extra.begin(), extra.end());
        return json::parse(privmap::test::run_privmap(args).out)["runs"][0]["results"];
    };
    auto suppressed = [](const json& all) {
        return std::count_if(all.begin(), all.end(),
                             [](const json& r) { return r.contains("suppressions"); });
    };
    CHECK(suppressed(results({})) == 1);
    json without = results({"--exclude-waived"});
    CHECK(suppressed(without) == 0);
    CHECK(without.size() == results({}).size() - 1);
}
