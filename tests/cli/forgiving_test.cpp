// A new user's first mistakes: each gets one clear message that says the fix, on the command
// line and in the model (the `init` starter with one typo at a time).
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using privmap::test::occurrences;
using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::run_program;
using privmap::test::TempDir;
namespace fs = std::filesystem;

namespace {

/// The `init` starter model in English, in dir/register.
std::string starter(const TempDir& dir) {
    std::string target = (dir.path / "register").string();
    REQUIRE(run_privmap({"init", target, "--lang", "en"}).exit_code == 0);
    return target;
}

/// Replaces the first `from` in the model's `file` by `to`.
void mistype(const TempDir& dir, const std::string& file, const std::string& from,
             const std::string& to) {
    std::string text = read_file((dir.path / "register" / file).string());
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    dir.write("register/" + file, text.replace(at, from.size(), to));
}

struct Outcome {
    int exit_code;
    std::vector<nlohmann::json> errors;
    std::string text; // the text format, as a user sees it
};

Outcome check(const std::string& model) {
    auto json = run_privmap({"check", model, "--format", "json", "--today", "2026-01-01"});
    Outcome outcome{json.exit_code, {}, run_privmap({"check", model, "--today", "2026-01-01"}).out};
    nlohmann::json findings = nlohmann::json::parse(json.out)["findings"];
    for (const auto& finding : findings)
        if (finding["severity"] == "error")
            outcome.errors.push_back(finding);
    return outcome;
}

/// The one error that a single typo in the starter gives.
nlohmann::json only_error_after(const std::string& file, const std::string& from,
                                const std::string& to) {
    TempDir dir;
    std::string model = starter(dir);
    mistype(dir, file, from, to);
    Outcome outcome = check(model);
    INFO(outcome.text);
    CHECK(outcome.exit_code == 2);
    REQUIRE(outcome.errors.size() == 1);
    return outcome.errors.front();
}

std::string message_and_help(const nlohmann::json& finding) {
    return finding["message"].get<std::string>() + "\nhelp: " + finding["help"].get<std::string>();
}

} // namespace

TEST_CASE("a misspelt command gets the command it most likely is") {
    auto run = run_privmap({"chek", "."});
    CHECK(run.exit_code == 2);
    CHECK(run.err == "privmap: `chek` is not a command; did you mean `check`?\n");
    CHECK(run_privmap({"frobnicate"}).err ==
          "privmap: `frobnicate` is not a command; `privmap --help` lists them\n");
}

TEST_CASE("a misspelt option gets the option of that command it most likely is") {
    auto run = run_privmap({"check", "tests/cli/models/clean", "--formt", "json"});
    CHECK(run.exit_code == 2);
    CHECK(run.err == "privmap check: `--formt` is not an option of `privmap check`; did you mean "
                     "`--format`?\n");
    // --git is diff's, not check's.
    CHECK(run_privmap({"check", ".", "--git=HEAD"}).err.find("`--git` is not an option") !=
          std::string::npos);
}

TEST_CASE("check without a path checks the model in the current folder") {
    TempDir dir;
    std::string model = starter(dir);
    auto run = run_program({"/usr/bin/env", "-C", model, PRIVMAP_BINARY, "check"});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("model.toml") == std::string::npos);
}

TEST_CASE("one file of a folder model is recognised, and the folder suggested") {
    auto run = run_privmap({"check", "examples/econnect/activities.toml"});
    CHECK(run.exit_code == 2);
    CHECK(occurrences(run.out, "error[") == 1);
    CHECK(run.out.find("`examples/econnect/activities.toml` is one file of the model in "
                       "`examples/econnect` (its [model] table is in `model.toml`)") !=
          std::string::npos);
    CHECK(run.out.find("help: give the folder `examples/econnect` instead of one of its files") !=
          std::string::npos);
}

TEST_CASE("the typo tour: one clear message per mistake in a first model") {
    SECTION("unquoted text") {
        auto error = only_error_after("parties.toml",
                                      "dpa = \"Data processing agreement of 2025-01-15, contract "
                                      "register no. 42\"",
                                      "dpa = yes");
        CHECK(error["rule"] == "model.syntax");
        CHECK(error["file"].get<std::string>().ends_with("register/parties.toml"));
        CHECK(message_and_help(error) ==
              "text needs double quotes: `yes` is not a TOML value\nhelp: write `dpa = \"yes\"`");
    }
    SECTION("an unquoted id in a list") {
        auto error = only_error_after("activities.toml", "systems = [\"customer-database\"]",
                                      "systems = [customer-database]");
        CHECK(message_and_help(error) ==
              "text in a list needs double quotes: `customer-database` is not a TOML value\n"
              "help: write `\"customer-database\"`");
    }
    SECTION("yes for a yes/no answer") {
        auto error = only_error_after("model.toml", "public_body = false", "public_body = no");
        CHECK(message_and_help(error) ==
              message_and_help(
                  only_error_after("model.toml", "public_body = false", "public_body = yes")));
        CHECK(message_and_help(error) ==
              "`public_body` is a yes/no answer: write it as `true` or `false`\nhelp: write "
              "`public_body = true` or `public_body = false` (without quotes)");
    }
    SECTION("a missing =") {
        auto error = only_error_after("purposes.toml", "name = \"Handling orders\"",
                                      "name \"Handling orders\"");
        CHECK(message_and_help(error) == "a key and its value need `=` between them\nhelp: write "
                                         "`name = \"Handling orders\"`");
    }
    SECTION("a misspelt table") {
        auto error = only_error_after("activities.toml", "[[activity]]", "[[activty]]");
        CHECK(error["rule"] == "model.unknown-key");
        CHECK(error["message"].get<std::string>().ends_with("did you mean `activity`?"));
    }
    SECTION("a misspelt required key") {
        auto error = only_error_after("activities.toml", "lawful_basis = ", "lawfull_basis = ");
        CHECK(error["rule"] == "model.unknown-key");
        CHECK(error["message"] ==
              "activity `order-handling` has no key `lawfull_basis`; did you mean `lawful_basis`?");
    }
    SECTION("UK, USA and us as countries") {
        for (auto [written, meant] : {std::pair{"UK", "GB"}, {"USA", "US"}, {"us", "US"}}) {
            auto error = only_error_after("parties.toml", "country = \"NL\"",
                                          "country = \"" + std::string(written) + "\"");
            CHECK(error["rule"] == "model.type");
            CHECK(error["message"].get<std::string>().ends_with("; did you mean `" +
                                                                std::string(meant) + "`?"));
            CHECK(error["help"] == "write `country = \"" + std::string(meant) + "\"`");
        }
    }
    SECTION("a quoted date") {
        auto error =
            only_error_after("model.toml", "[organisation]",
                             "[[waiver]]\nrule = \"retention.vague\"\ntarget = \"orders\"\n"
                             "reason = \"r\"\napproved_by = \"DPO\"\nexpires = \"2027-01-01\"\n\n"
                             "[organisation]");
        CHECK(error["help"] ==
              "remove the quotes: `expires = 2027-01-01` (in quotes it is text, not a date)");
    }
}

TEST_CASE("a syntax error in one file does not hide the reference errors of the others") {
    TempDir dir;
    std::string model = starter(dir);
    mistype(dir, "purposes.toml", "name = \"Handling orders\"", "name = Handling orders");
    mistype(dir, "systems.toml", "operated_by = \"hosting-provider\"", "operated_by = \"hosting\"");
    Outcome outcome = check(model);
    INFO(outcome.text);
    REQUIRE(outcome.errors.size() == 2);
    CHECK(outcome.errors[0]["rule"] == "model.syntax");
    CHECK(outcome.errors[1]["rule"] == "model.dangling-ref");
    // `orders`, declared in the file that does not parse, is not reported missing.
    CHECK(outcome.text.find("`orders`") == std::string::npos);
}
