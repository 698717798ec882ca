// `privmap report --lang de|fr` and `privmap check --lang de|fr` as a German or French reader
// sees them: documents and findings with no English left in them. English is recognised by
// the phrases of en.json (four words or more) that the language's catalogue does not repeat,
// and by the English rule summaries.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

using nlohmann::json;
using namespace privmap;
namespace fs = std::filesystem;

// Named, not anonymous: the unity build puts this file with others that have helpers too.
namespace no_english {

const std::string econnect = "examples/econnect";

/// `text` with every run of white space made one space: PDF and HTML break lines anywhere.
std::string one_line(const std::string& text) {
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

/// The runs of plain words in an ICU message or label: what is between arguments, code and
/// quotes ("no accepted findings", "has no retention rule for").
std::vector<std::string> phrases_of(const std::string& text) {
    std::vector<std::string> phrases{""};
    for (char c : text) {
        if (std::string_view("{}`\"#'()[]:;,.=").find(c) != std::string_view::npos)
            phrases.emplace_back();
        else
            phrases.back() += c;
    }
    std::vector<std::string> long_ones;
    for (const std::string& phrase : phrases) {
        std::string words = one_line(phrase);
        if (!words.empty() && words.front() == ' ')
            words.erase(0, 1);
        if (!words.empty() && words.back() == ' ')
            words.pop_back();
        if (std::count(words.begin(), words.end(), ' ') >= 3) // four words or more
            long_ones.push_back(words);
    }
    return long_ones;
}

/// The English phrases a text in `lang` must not contain: those of en.json that the catalogue
/// of `lang` does not use itself, and the English rule summaries.
std::set<std::string> english_phrases(const std::string& lang) {
    json english = json::parse(test::read_file(test::source_path("templates/i18n/en.json")));
    json own = json::parse(test::read_file(test::source_path("templates/i18n/" + lang + ".json")));
    std::string own_text = one_line(own.dump());
    std::set<std::string> phrases;
    auto add = [&](const std::string& text) {
        for (const std::string& phrase : phrases_of(text))
            if (own_text.find(phrase) == std::string::npos)
                phrases.insert(phrase);
    };
    for (const auto& [table, entries] : english.items())
        for (const auto& [key, value] : entries.items())
            add(value.get<std::string>());
    // Parsed into a variable: a range-for over a member of a temporary reads freed memory.
    json rules = json::parse(test::run_privmap({"rules", "--format", "json"}).out);
    for (const json& rule : rules["rules"])
        add(rule["summary"].get<std::string>());
    return phrases;
}

/// The English phrases found in `text`.
std::vector<std::string> english_in(const std::string& text, const std::set<std::string>& english) {
    std::string flat = one_line(text);
    std::vector<std::string> found;
    for (const std::string& phrase : english)
        if (flat.find(phrase) != std::string::npos)
            found.push_back(phrase);
    return found;
}

/// The text of an HTML page: its markup left out, the few entities privmap writes decoded.
std::string html_text(const std::string& html) {
    std::string text;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<')
            in_tag = true;
        else if (c == '>') {
            in_tag = false;
            text += ' ';
        } else if (!in_tag)
            text += c;
    }
    for (auto [entity, character] :
         {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}})
        for (std::size_t at = text.find(entity); at != std::string::npos;
             at = text.find(entity, at))
            text.replace(at, std::string_view(entity).size(), character);
    return text;
}

} // namespace no_english

TEST_CASE("the German and French documents of examples/econnect contain no English",
          "[languages]") {
    for (std::string lang : {"de", "fr"}) {
        SECTION(lang) {
            std::set<std::string> english = no_english::english_phrases(lang);
            REQUIRE(english.size() > 100);
            test::TempDir dir;
            test::Run run = test::run_privmap({"report", no_english::econnect, "-o",
                                               dir.path.string(), "--lang", lang, "--format",
                                               "html,md,pdf", "--today", "2026-06-15"});
            INFO(run.err);
            REQUIRE(run.exit_code == 0);
            std::size_t documents = 0;
            for (const auto& entry : fs::directory_iterator(dir.path)) {
                std::string path = entry.path().string();
                std::string extension = entry.path().extension().string();
                std::string text;
                if (extension == ".md")
                    text = test::read_file(path);
                else if (extension == ".html")
                    text = no_english::html_text(test::read_file(path));
                else if (extension == ".pdf")
                    text = test::run_program({"pdftotext", path, "-"}).out;
                else
                    continue;
                ++documents;
                INFO(path);
                CHECK(!text.empty());
                CHECK(no_english::english_in(text, english) == std::vector<std::string>{});
            }
            CHECK(documents >= 6); // the register and the compliance report, each in three formats
        }
    }
}

TEST_CASE("privmap check --lang de|fr prints every finding of examples/econnect in "
          "that language",
          "[languages]") {
    auto findings = [](const std::string& lang) {
        return json::parse(test::run_privmap({"check", no_english::econnect, "--format", "json",
                                              "--lang", lang, "--today", "2026-06-15"})
                               .out)["findings"];
    };
    json in_english = findings("en");
    REQUIRE(!in_english.empty());
    for (std::string lang : {"de", "fr"}) {
        std::set<std::string> english = no_english::english_phrases(lang);
        json translated = findings(lang);
        REQUIRE(translated.size() == in_english.size());
        for (std::size_t i = 0; i < translated.size(); ++i) {
            INFO(lang << ": " << translated[i].dump());
            CHECK(translated[i]["rule"] == in_english[i]["rule"]);
            CHECK(translated[i]["message"] != in_english[i]["message"]);
            CHECK(no_english::english_in(translated[i].dump(), english) ==
                  std::vector<std::string>{});
        }
        test::Run text = test::run_privmap(
            {"check", no_english::econnect, "--lang", lang, "--today", "2026-06-15"});
        CHECK(no_english::english_in(text.out, english) == std::vector<std::string>{});
    }
}
