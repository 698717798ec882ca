// The languages privmap speaks are one table (privmap/languages.h): every place that offers a
// choice of language offers exactly its codes.
#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <privmap/languages.h>
#include <sstream>
#include <string>
#include <vector>

using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::source_path;

namespace {

/// The codes joined with `separator` and each wrapped in `quote`: "`en`, `nl`".
std::string codes(const std::string& separator, const std::string& quote = "") {
    std::string text;
    for (std::string_view code : privmap::languages)
        text += (text.empty() ? "" : separator) + quote + std::string(code) + quote;
    return text;
}

/// The lines of `text` that contain `marker`.
std::vector<std::string> lines_with(const std::string& text, const std::string& marker) {
    std::vector<std::string> found;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.find(marker) != std::string::npos)
            found.push_back(line);
    return found;
}

} // namespace

TEST_CASE(
    "check, report, init, vocabulary and rules offer every language for --lang and no other") {
    for (std::string command : {"check", "report", "init", "vocabulary", "rules"}) {
        auto help = run_privmap({command, "--help"});
        INFO(command << "\n" << help.out);
        CHECK(help.out.find(privmap::language_choices()) != std::string::npos);
        for (std::string_view code : privmap::languages)
            CHECK(run_privmap({command, "--lang", std::string(code), "--help"}).exit_code == 0);
        CHECK(run_privmap({command, "--lang", "xx", "--help"}).exit_code == 2);
    }
}

TEST_CASE("privmap rules --lang gives the summaries of the language's catalogue") {
    auto de = run_privmap({"rules", "--lang", "de", "--format", "json"});
    auto fr = run_privmap({"rules", "--lang", "fr", "--format", "json"});
    REQUIRE(de.exit_code == 0);
    // Parsed into a variable: a range-for over a member of a temporary reads freed memory.
    nlohmann::json rules = nlohmann::json::parse(de.out);
    for (const auto& rule : rules["rules"])
        if (rule["id"] == "dpia.required")
            CHECK(rule["summary"] ==
                  "Die Verarbeitung erfordert eine DSFA (Art. 35 DSGVO), die fehlt");
    CHECK(fr.out.find("Aucune base légale n’est indiquée pour le traitement") != std::string::npos);
}

TEST_CASE("a German model error names its place as German does: von der Verarbeitungstätigkeit") {
    privmap::test::TempDir dir;
    dir.write("model.toml", "[model]\nformat = 1\ntitle = \"t\"\n"
                            "[organisation]\nid = \"org\"\nname = \"Org\"\ncountry = \"DE\"\n"
                            "[[party]]\nid = \"acme\"\nname = \"Acme\"\nrole = \"processor\"\n"
                            "countri = \"NL\"\n"
                            "[[activity]]\nid = \"a1\"\nname = \"A\"\n");
    auto run = run_privmap({"check", dir.path.string(), "--lang", "de"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("`countri` ist kein Schlüssel von dem Beteiligten `acme`") !=
          std::string::npos);
    CHECK(run.out.find("der Pflichtschlüssel `role` von der Verarbeitungstätigkeit `a1` fehlt") !=
          std::string::npos);
}

TEST_CASE("the shell completion offers every language after --lang") {
    auto lines = lines_with(read_file(source_path("cli/completion/privmap.bash")), "--lang)");
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().find("compgen -W \"" + codes(" ") + "\"") != std::string::npos);
}

TEST_CASE("the option tables of docs/ list every language for each --lang") {
    auto rows = lines_with(read_file(source_path("docs/cli.md")), "| `--lang` |");
    for (const std::string& row :
         lines_with(read_file(source_path("docs/reports.md")), "| `--lang"))
        rows.push_back(row);
    CHECK(rows.size() == 6); // check, agenda, vocabulary, rules, explain; report
    for (const std::string& row : rows) {
        INFO(row);
        CHECK(row.find(codes(", ", "`")) != std::string::npos);
    }
}

TEST_CASE("the JSON Schema suggests the languages privmap writes reports in") {
    auto schema = nlohmann::json::parse(run_privmap({"schema"}).out);
    auto language = schema["definitions"]["model"]["properties"]["language"];
    INFO(language.dump());
    CHECK(language["examples"] == nlohmann::json(std::vector<std::string>(
                                      privmap::languages.begin(), privmap::languages.end())));
}
