// The standard vocabulary: `std:` terms in a model carry their GDPR flags into the checks, in
// the model's language; `privmap vocabulary` lists them and docs/vocabulary/ is generated from it.
#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <privmap/standard_vocabulary.h>

using privmap::test::read_file;
using privmap::test::run_privmap;
using privmap::test::source_path;
using privmap::test::TempDir;

namespace {

const std::string hr_model = "tests/models/vocabulary/hr.toml";

std::string check_output(const std::string& model) {
    // The model is Dutch (`language = "nl"`); these tests read the English findings.
    auto run = run_privmap({"check", model, "--today", "2026-06-01", "--lang", "en"});
    return run.out + run.err;
}

/// `hr_model` with `from` replaced by `to`, written to `dir`; returns its path.
std::string variant(const TempDir& dir, const std::string& from, const std::string& to) {
    std::string text = read_file(source_path(hr_model));
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
    dir.write("model.toml", text);
    return (dir.path / "model.toml").string();
}

} // namespace

TEST_CASE("a standard category brings its GDPR flags: std:bsn is a national id, a category "
          "extending std:sick-leave is health data") {
    std::string out = check_output(hr_model);
    INFO(out);
    CHECK(out.find("[model.") == std::string::npos);
    // Health data through the standard parent chain reintegration-plan -> std:sick-leave ->
    // std:health needs an Art. 9(2) condition; the BSN needs the law that allows it.
    CHECK(out.find("error[lawfulness.special-condition]") != std::string::npos);
    CHECK(out.find("`std:health`") != std::string::npos);
    CHECK(out.find("[lawfulness.national-id]") == std::string::npos); // basis_reference names it
}

TEST_CASE("a standard subject brings its flags: std:employees are vulnerable subjects") {
    std::string out = check_output(hr_model);
    CHECK(out.find("note: vulnerable-subjects: subject `std:employees` is marked vulnerable (" +
                   hr_model + ":29:13)") != std::string::npos);
    CHECK(out.find("error[dpia.required]: activity `absence` meets 2 WP248 criteria") !=
          std::string::npos);
}

TEST_CASE("a standard term takes part in the lineage like a declared one") {
    auto run = run_privmap({"trace", hr_model, "std:bsn"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("std:employees (subject)") != std::string::npos);
}

TEST_CASE("a Dutch model shows the Dutch names of standard terms in its register") {
    TempDir dir;
    auto run = run_privmap(
        {"report", hr_model, "-o", dir.path.string(), "--format", "md", "--today", "2026-06-01"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    std::string everything;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        everything += read_file(entry.path().string());
    CHECK(everything.find("Burgerservicenummer (BSN)") != std::string::npos);
    CHECK(everything.find("Verzuimbegeleiding") != std::string::npos);
    CHECK(everything.find("Medewerkers") != std::string::npos);
}

TEST_CASE("a misspelt standard term is model.dangling-ref with the term probably meant") {
    TempDir dir;
    std::string out = check_output(variant(dir, "\"std:bsn\"", "\"std:bns\""));
    CHECK(out.find("error[model.dangling-ref]: `categories` of activity `absence` names "
                   "`std:bns`, which is not a term of privmap's standard vocabulary; did you "
                   "mean `std:bsn`?") != std::string::npos);
    CHECK(out.find("help: `privmap vocabulary` lists the standard terms") != std::string::npos);
}

TEST_CASE("a standard term of the wrong kind is model.wrong-kind") {
    TempDir dir;
    std::string out =
        check_output(variant(dir, "subjects = [\"std:employees\"]", "subjects = [\"std:bsn\"]"));
    CHECK(out.find("error[model.wrong-kind]: `subjects` of activity `absence` expects a subject, "
                   "but `std:bsn` is a category") != std::string::npos);
}

TEST_CASE("an entity may not take a std: id of its own") {
    TempDir dir;
    std::string out = check_output(
        variant(dir, "id = \"reintegration-plan\"", "id = \"std:reintegration-plan\""));
    CHECK(out.find("error[model.type]: the id `std:reintegration-plan` of") != std::string::npos);
    CHECK(out.find("reserved for privmap's standard vocabulary") != std::string::npos);
}

TEST_CASE("privmap vocabulary lists every term with its flags, in each language") {
    auto en = run_privmap({"vocabulary"});
    CHECK(en.exit_code == 0);
    CHECK(en.out.find("std:bsn") != std::string::npos);
    CHECK(en.out.find("Citizen service number (BSN) [national id (Art. 87); a kind of "
                      "`std:national-id`]") != std::string::npos);
    auto nl = run_privmap({"vocabulary", "--lang", "nl"});
    CHECK(nl.out.find("Camerabeelden") != std::string::npos);
    CHECK(nl.out.find("Ziekteverzuim [bijzonder persoonsgegeven `health` (art. 9); een soort "
                      "`std:health`]") != std::string::npos);
    auto de = run_privmap({"vocabulary", "--lang", "de"});
    CHECK(de.out.find("Krankheitsbedingte Fehlzeiten [besondere Kategorie `health` (Art. 9); eine "
                      "Unterart von `std:health`]") != std::string::npos);
    auto fr = run_privmap({"vocabulary", "--lang", "fr"});
    CHECK(fr.out.find("Arrêts maladie [catégorie particulière `health` (art. 9); une sorte de "
                      "`std:health`]") != std::string::npos);

    auto json = nlohmann::json::parse(run_privmap({"vocabulary", "--format", "json"}).out);
    bool found = false;
    for (const auto& term : json["terms"])
        if (term["id"] == "std:biometric") {
            found = true;
            CHECK(term["kind"] == "category");
            CHECK(term["special"] == "biometric");
            CHECK(term["fideslang"] == "user.biometric");
            CHECK(term["name"]["nl"] == "Biometrische gegevens");
            CHECK(term["name"]["de"] == "Biometrische Daten");
            CHECK(term["name"]["fr"] == "Données biométriques");
        }
    CHECK(found);
}

TEST_CASE("docs/vocabulary/ is what privmap vocabulary generates, in each language") {
    for (std::string_view code : privmap::languages) {
        std::string lang(code);
        INFO("regenerate: build/cli/privmap vocabulary --format markdown --lang "
             << lang << " > docs/vocabulary/" << lang << ".md");
        CHECK(read_file(source_path("docs/vocabulary/" + lang + ".md")) ==
              run_privmap({"vocabulary", "--format", "markdown", "--lang", lang}).out);
    }
}

TEST_CASE("the standard vocabulary is sorted, named in every language, and its parents exist") {
    using namespace privmap;
    auto rank = [](EntityKind kind) { // categories, then subjects, then purposes
        return kind == EntityKind::category ? 0 : kind == EntityKind::subject ? 1 : 2;
    };
    auto terms = standard_terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const StandardTerm& term = terms[i];
        INFO(term.id);
        CHECK(is_standard_id(std::string(standard_prefix) + std::string(term.id)));
        for (std::size_t lang = 0; lang < languages.size(); ++lang) {
            INFO(languages[lang]);
            CHECK_FALSE(term.name.text[lang].empty());
            CHECK_FALSE(term.description.text[lang].empty());
        }
        if (i > 0)
            CHECK(std::make_pair(rank(terms[i - 1].kind), terms[i - 1].id) <
                  std::make_pair(rank(term.kind), term.id));
        if (!term.parent.empty()) {
            const StandardTerm* parent = find_standard_term(term.parent);
            REQUIRE(parent);
            CHECK(parent->kind == EntityKind::category);
        }
        if (term.kind != EntityKind::subject || term.id != "children")
            CHECK_FALSE(term.fideslang.empty());
    }
}

TEST_CASE("the JSON Schema offers the standard terms of the kind a key refers to") {
    auto schema = nlohmann::json::parse(run_privmap({"schema"}).out);
    auto categories = schema["definitions"]["activity"]["properties"]["categories"]["items"];
    auto offered = categories["anyOf"][1]["enum"];
    CHECK(std::find(offered.begin(), offered.end(), "std:camera-images") != offered.end());
    CHECK(std::find(offered.begin(), offered.end(), "std:employees") == offered.end());
}

TEST_CASE("camera images are systematic monitoring, a DPIA criterion (WP248)") {
    std::string out = check_output("tests/models/vocabulary/camera.toml");
    INFO(out);
    CHECK(out.find("[model.") == std::string::npos);
    CHECK(out.find("error[dpia.required]: activity `cctv` meets 2 WP248 criteria: "
                   "systematic-monitoring (`std:camera-images` are camera images: the people "
                   "filmed are monitored systematically); vulnerable-subjects") !=
          std::string::npos);
}
