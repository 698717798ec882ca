// The findings formats on a small hand-built model: what a user, an editor or CI reads.
#include "golden.h"

#include <nlohmann/json.hpp>
#include <privmap/findings_output.h>

using namespace privmap;
using privmap::test::check_golden;

namespace {

Location at(std::string file, std::uint32_t line, std::uint32_t column, std::uint32_t length = 0) {
    return {std::move(file), line, column, length};
}

Model sample_model() {
    Model model;
    model.root = "examples/shop";
    model.sources = {{"activities.toml", "[[activity]]\n"
                                         "id = \"hr-absence\"\n"
                                         "categories = [\"contact\", \"sick-leave\"]\n"
                                         "retention = { period = \"as-long-as-necessary\" }\n"
                                         "\tname = \"Ziekte – verzuim\"\n"},
                     {"categories.toml", "[[category]]\n"
                                         "id = \"sick-leave\"\n"
                                         "parent = \"health\"\n"}};
    return model;
}

Diagnostics sample_findings() {
    Diagnostic special;
    special.rule = "lawfulness.special-condition";
    special.entity = "hr-absence";
    special.where = at("activities.toml", 3, 26, 12);
    special.message =
        "activity `hr-absence` processes special-category data (`health`, via `sick-leave`) "
        "without an Art. 9(2) condition";
    special.notes = {{"`sick-leave` is a kind of `health`", at("categories.toml", 3, 10, 8)}};
    special.help =
        "add `special_condition = \"employment\"` if Art. 9(2)(b) applies, or remove the category";

    Diagnostic vague;
    vague.rule = "retention.vague";
    vague.severity = Severity::warning;
    vague.entity = "hr-absence";
    vague.where = at("activities.toml", 4, 24, 22);
    vague.message = "activity `hr-absence` keeps data `as-long-as-necessary` without a `max`";
    vague.waiver =
        WaiverInfo{"Reviewed by hand each quarter", "DPO", {2027, 1, 1}, at("waivers.toml", 1, 1)};

    Diagnostic unicode; // a value after a tab and a non-ASCII character
    unicode.rule = "model.type";
    unicode.entity = "hr-absence";
    unicode.where = at("activities.toml", 5, 9, 18);
    unicode.message = "`name` must be a string";

    Diagnostic nowhere;
    nowhere.rule = "model.organisation";
    nowhere.message = "the model declares no `[organisation]`";
    nowhere.notes = {{"every model needs exactly one", {}}};
    return {special, vague, unicode, nowhere};
}

std::string render(FindingsFormat format, FindingsOutputOptions options = {}) {
    options.tool_version = "0.1.0";
    return format_findings(sample_findings(), sample_model(), format, options);
}

} // namespace

TEST_CASE("text output reads like a compiler's: location, rule, source line, caret, notes, help") {
    check_golden("sample.txt", render(FindingsFormat::text));
}

TEST_CASE("the caret sits under the exact value, counting tabs and non-ASCII characters") {
    std::string out = render(FindingsFormat::text);
    CHECK(out.find("    3 | categories = [\"contact\", \"sick-leave\"]\n"
                   "      |                          ^~~~~~~~~~~~\n") != std::string::npos);
    CHECK(out.find("    5 | \tname = \"Ziekte – verzuim\"\n"
                   "      | \t       ^~~~~~~~~~~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("a waived finding says why, who approved it and until when") {
    CHECK(render(FindingsFormat::text)
              .find("(waived: Reviewed by hand each quarter \u2014 approved by DPO, until "
                    "2027-01-01)") != std::string::npos);
}

TEST_CASE("text output is coloured only when asked") {
    CHECK(render(FindingsFormat::text).find('\033') == std::string::npos);
    FindingsOutputOptions options;
    options.color = true;
    CHECK(render(FindingsFormat::text, options)
              .find("\033[1;31merror[lawfulness.special-condition]:\033[0m") != std::string::npos);
}

TEST_CASE("control characters in a model never reach the terminal") {
    Model model = sample_model();
    Diagnostic d;
    d.rule = "model.type";
    d.message = "id `evil\033[2J` is bad";
    std::string out = format_findings({d}, model, FindingsFormat::text);
    CHECK(out.find('\033') == std::string::npos);
}

TEST_CASE("JSON output has the public shape, with notes, help and the waiver") {
    std::string out = render(FindingsFormat::json, {false, 1, {}});
    check_golden("sample.json", out);
    auto json = nlohmann::json::parse(out);
    for (const auto& finding : json["findings"])
        for (const char* key :
             {"rule", "severity", "entity", "file", "line", "column", "message", "waived"})
            CHECK(finding.contains(key));
    CHECK(json["summary"] ==
          nlohmann::json{
              {"errors", 3}, {"warnings", 0}, {"notes", 0}, {"waived", 1}, {"exit_code", 1}});
}

TEST_CASE("the summary line counts unwaived findings per severity and the waived ones") {
    CHECK(summary_line(summarize(sample_findings(), 1)) == "3 errors, 1 waived");
    CHECK(summary_line(summarize({}, 0)) == "no findings");
}

TEST_CASE("GitHub annotations point at the line and escape the workflow-command characters") {
    std::string out = render(FindingsFormat::github);
    CHECK(out.find("::error file=examples/shop/activities.toml,line=3,col=26,endColumn=37,"
                   "title=lawfulness.special-condition::activity `hr-absence` processes") !=
          std::string::npos);
    CHECK(out.find("::notice "
                   "file=examples/shop/"
                   "activities.toml,line=4,col=24,endColumn=45,title=retention.vague::") !=
          std::string::npos);
    CHECK(
        out.find("::notice file=examples/shop/categories.toml,line=3,col=10,endColumn=17,"
                 "title=lawfulness.special-condition (note)::`sick-leave` is a kind of `health`") !=
        std::string::npos);

    Model model;
    model.root = "a,b:c%";
    Diagnostic d;
    d.rule = "model.type";
    d.where = at("x.toml", 1, 1);
    d.message = "50% of\r\nit: a, b";
    CHECK(
        format_findings({d}, model, FindingsFormat::github) ==
        "::error file=a%2Cb%3Ac%25/x.toml,line=1,col=1,title=model.type::50%25 of%0D%0Ait: a, b\n");
}
