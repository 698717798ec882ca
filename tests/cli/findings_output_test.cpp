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
    special.rule = Symbol("lawfulness.special-condition");
    special.entity = Symbol("hr-absence");
    special.where = at("activities.toml", 3, 26, 12);
    special.message =
        "activity `hr-absence` processes special-category data (`health`, via `sick-leave`) "
        "without an Art. 9(2) condition";
    special.notes = {{"`sick-leave` is a kind of `health`", at("categories.toml", 3, 10, 8)}};
    special.help =
        "add `special_condition = \"employment\"` if Art. 9(2)(b) applies, or remove the category";

    Diagnostic vague;
    vague.rule = Symbol("retention.vague");
    vague.severity = Severity::warning;
    vague.entity = Symbol("hr-absence");
    vague.where = at("activities.toml", 4, 24, 22);
    vague.message = "activity `hr-absence` keeps data `as-long-as-necessary` without a `max`";
    vague.waiver =
        WaiverInfo{"Reviewed by hand each quarter", "DPO", {2027, 1, 1}, at("waivers.toml", 1, 1)};

    Diagnostic unicode; // a value after a tab and a non-ASCII character
    unicode.rule = Symbol("model.type");
    unicode.entity = Symbol("hr-absence");
    unicode.where = at("activities.toml", 5, 9, 18);
    unicode.message = "`name` must be a string";

    Diagnostic nowhere;
    nowhere.rule = Symbol("model.organisation");
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
    d.rule = Symbol("model.type");
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

TEST_CASE("JSON output prints every string as nlohmann::json does, invalid UTF-8 replaced") {
    using ordered = nlohmann::ordered_json;
    auto reprinted = [](const std::string& out) {
        return ordered::parse(out).dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
    };
    Diagnostic d;
    d.rule = Symbol("model.type");
    d.entity = Symbol(
        "q\" b\\ \b\f\n\r\t \x01\x1f\x7f é → \U0001F600 \xff \xc0\x80 \xed\xa0\x80 \xe2\x82");
    d.message = "id `x` is bad";
    Diagnostic valid = d; // written by privmap's own escaping, not nlohmann's
    valid.entity = Symbol("q\" b\\ \b\f\n\r\t \x01\x1f\x7f é → \U0001F600");
    std::string out = format_findings({d, valid}, sample_model(), FindingsFormat::json);
    CHECK(out == reprinted(out));
    CHECK(ordered::parse(out)["findings"][0]["entity"] ==
          "q\" b\\ \b\f\n\r\t \x01\x1f\x7f é → \U0001F600 \uFFFD \uFFFD\uFFFD "
          "\uFFFD\uFFFD\uFFFD \uFFFD");
    std::string empty = format_findings({}, sample_model(), FindingsFormat::json);
    CHECK(empty == reprinted(empty));
    CHECK(empty.find("\"findings\": [],\n") != std::string::npos);
}

TEST_CASE("JSON output escapes a quote, a backslash, a control character or invalid UTF-8 "
          "wherever it stands in a string") {
    using ordered = nlohmann::ordered_json;
    // Long runs of plain ASCII are read eight bytes at a time: every place within and across
    // those eight, and every kind of byte that ends such a run.
    Diagnostics findings;
    for (std::string special : {"\"", "\\", "\x01", "\x1f", "\x7f", "é", "\xff", "\xc3"})
        for (std::size_t at = 0; at <= 18; ++at) {
            Diagnostic d;
            d.rule = Symbol("model.type");
            d.entity = Symbol(std::string(at, 'a') + special + std::string(18 - at, 'b'));
            d.message = "id `x` is bad";
            findings.push_back(d);
        }
    std::string out = format_findings(findings, sample_model(), FindingsFormat::json);
    CHECK(out == ordered::parse(out).dump(2, ' ', false, ordered::error_handler_t::replace) + "\n");
    ordered parsed = ordered::parse(out);
    const ordered& written = parsed["findings"];
    REQUIRE(written.size() == findings.size());
    auto printed = [](const ordered& value) {
        return value.dump(-1, ' ', false, ordered::error_handler_t::replace);
    };
    for (std::size_t i = 0; i < findings.size(); ++i)
        CHECK(printed(written[i]["entity"]) == printed(ordered(findings[i].entity)));
}

TEST_CASE("the summary line counts unwaived findings per severity and the waived ones") {
    CHECK(summary_line(summarize(sample_findings(), 1)) == "3 errors, 1 waived");
    CHECK(summary_line(summarize({}, 0)) == "no findings");
    CHECK(summary_line(summarize(sample_findings(), 1), "de") == "3 Fehler, 1 akzeptiert");
    CHECK(summary_line(summarize(sample_findings(), 1), "fr") == "3 erreurs, 1 accepté");
    CHECK(summary_line(summarize({}, 0), "nl") == "geen bevindingen");
}

TEST_CASE("GitHub annotations point at the line and escape the workflow-command characters") {
    std::string out = render(FindingsFormat::github);
    CHECK(out.find("::error file=examples/shop/activities.toml,line=3,col=26,endColumn=37,"
                   "title=lawfulness.special-condition::activity `hr-absence` processes") !=
          std::string::npos);
    Model model;
    model.root = "a,b:c%";
    Diagnostic d;
    d.rule = Symbol("model.type");
    d.where = at("x.toml", 1, 1);
    d.message = "50% of\r\nit: a, b";
    CHECK(
        format_findings({d}, model, FindingsFormat::github) ==
        "::error file=a%2Cb%3Ac%25/x.toml,line=1,col=1,title=model.type::50%25 of%0D%0Ait: a, b\n");
}

TEST_CASE("a GitHub annotation carries its notes and fix: waived findings are not annotated") {
    std::string out = render(FindingsFormat::github);
    CHECK(out.find("without an Art. 9(2) condition%0Anote: `sick-leave` is a kind of `health` "
                   "(examples/shop/categories.toml:3:10)%0Ahelp: add `special_condition") !=
          std::string::npos);
    CHECK(out.find("(note)") == std::string::npos);
    CHECK(out.find("retention.vague") == std::string::npos); // the waived finding
    CHECK(privmap::test::occurrences(out, "\n") == 3);       // one line per unwaived finding
}

TEST_CASE("past GitHub's 10 annotations of a kind, the tenth says how many more and the log "
          "lists them") {
    Diagnostics many;
    for (int i = 1; i <= 12; ++i) {
        Diagnostic d;
        d.rule = Symbol("retention.missing");
        d.entity = Symbol("a" + std::to_string(i));
        d.where = at("activities.toml", static_cast<std::uint32_t>(i), 1);
        d.message = "finding " + std::to_string(i);
        many.push_back(d);
    }
    Diagnostic warning = many.front();
    warning.severity = Severity::warning;
    many.push_back(warning);
    std::string out = format_findings(many, sample_model(), FindingsFormat::github);
    CHECK(privmap::test::occurrences(out, "::error ") == 10);
    CHECK(out.find("::error title=privmap::3 more errors not shown as annotations (GitHub shows "
                   "10 of each kind); the job log lists them all\n") != std::string::npos);
    CHECK(out.find("::finding 9\n") != std::string::npos);
    CHECK(out.find("::finding 10\n") == std::string::npos);
    CHECK(out.find("examples/shop/activities.toml:10:1: error[retention.missing]: finding 10\n") !=
          std::string::npos);
    CHECK(privmap::test::occurrences(out, "::warning ") == 1);
    FindingsOutputOptions german;
    german.lang = "de";
    CHECK(format_findings(many, sample_model(), FindingsFormat::github, german)
              .find("::error title=privmap::3 weitere Fehler nicht als Annotation angezeigt") !=
          std::string::npos);
}

TEST_CASE("the Markdown step summary counts the findings and lists the waived ones apart") {
    std::string out = findings_markdown_summary(sample_findings(), sample_model(), 1);
    CHECK(out.starts_with("## privmap: 3 errors, 1 waived\n\n- **error** "
                          "`lawfulness.special-condition` at examples/shop/activities.toml:3:26: "
                          "activity `hr-absence` processes"));
    CHECK(out.find("<details><summary>Waived findings (1)</summary>\n\n- **warning** "
                   "`retention.vague`") != std::string::npos);
}

TEST_CASE("the step summary and a waiver speak the language of --lang") {
    std::string out = findings_markdown_summary(sample_findings(), sample_model(), 1, "nl");
    CHECK(
        out.starts_with("## privmap: 3 fouten, 1 geaccepteerd\n\n- **fout** "
                        "`lawfulness.special-condition` in examples/shop/activities.toml:3:26: "));
    CHECK(out.find("<details><summary>Geaccepteerde bevindingen (1)</summary>\n\n- "
                   "**waarschuwing** `retention.vague`") != std::string::npos);
    CHECK(out.find(
              "(geaccepteerd: Reviewed by hand each quarter \u2014 goedgekeurd door DPO, tot ") !=
          std::string::npos);
    FindingsOutputOptions french;
    french.lang = "fr";
    CHECK(render(FindingsFormat::text, french)
              .find("(accepté : Reviewed by hand each quarter \u2014 validée par DPO, jusqu’au ") !=
          std::string::npos);
}

TEST_CASE("a finding's fingerprint depends on its rule, entity and file, not its wording or line") {
    Diagnostic d = sample_findings().front();
    Diagnostic reworded = d;
    reworded.message = "something else";
    reworded.where.line += 10;
    CHECK(finding_fingerprint(d) == finding_fingerprint(reworded));
    Diagnostic other = d;
    other.entity = Symbol("hr-sickness");
    CHECK(finding_fingerprint(d) != finding_fingerprint(other));
}
