// The Markdown and HTML of a small model, in each language, compared with the files in
// tests/reports/golden/. After an intended change, regenerate them with
//   PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_reports "[golden]"
// and review the diff. Diagrams are left out: they are the diagrams' tests' business.
#include "documents.h"
#include "report_data.h"
#include "report_model.h"
#include "report_parts.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <privmap/languages.h>

using namespace privmap;
using nlohmann::json;

namespace {
void compare_with_golden(const std::string& file, const std::string& rendered) {
    std::string path = std::string(PRIVMAP_TESTS_DIR) + "/reports/golden/" + file;
    if (std::getenv("PRIVMAP_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << rendered;
        return;
    }
    std::string golden = test::read_file(path);
    INFO("golden file "
         << path << " (regenerate: PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_reports \"[golden]\")");
    REQUIRE(!golden.empty());
    CHECK(rendered == golden);
}

/// Every document of `model` in `lang`, as HTML and Markdown, against golden/<folder>/.
void compare_documents(const Model& model, const Analysis& analysis, const std::string& lang,
                       const std::string& folder) {
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(json::parse(*templates.read("i18n/" + lang + ".json")), lang);
    // A model in git with changes not committed: the colophon's every row.
    Provenance provenance{"0.0.0-test", "0123456789abcdef0123456789abcdef01234567", true, {}};
    json report = reports::build_report_data(model, analysis, catalogue, {2026, 6, 15}, provenance);
    if (std::getenv("PRIVMAP_UPDATE_GOLDEN"))
        std::filesystem::create_directories(std::string(PRIVMAP_TESTS_DIR) + "/reports/golden/" +
                                            folder);
    for (const reports::Document& document : reports::report_documents(report, catalogue))
        for (auto [markup, extension] :
             {std::pair{reports::Markup::html, ".html"}, {reports::Markup::markdown, ".md"}}) {
            reports::Rendered rendered = reports::render_document(templates, document, markup,
                                                                  reports::DiagramSources::files);
            REQUIRE(rendered.error.empty());
            compare_with_golden(folder + "/" + document.stem + extension, rendered.text);
        }
}

void check_language(const std::string& lang) {
    test::ReportModel model = test::small_report_model();
    compare_documents(model.model, model.analysis, lang, lang);
}

/// The bundled example as privmap analyses it: its goldens change with the rules too.
void check_example(const std::string& lang) {
    LoadResult loaded = load_model(test::source_path("examples/econnect"));
    REQUIRE(!has_errors(loaded.diagnostics));
    REQUIRE(!has_errors(resolve(loaded.model)));
    Analysis analysis = analyze(loaded.model, {Date{2026, 6, 15}});
    compare_documents(loaded.model, analysis, lang, "econnect/" + lang);
}
} // namespace

TEST_CASE("the Dutch reports of the small model match the golden files", "[golden]") {
    check_language("nl");
}

TEST_CASE("the English reports of the small model match the golden files", "[golden]") {
    check_language("en");
}

TEST_CASE("the German reports of the small model match the golden files", "[golden]") {
    check_language("de");
}

TEST_CASE("the French reports of the small model match the golden files", "[golden]") {
    check_language("fr");
}

TEST_CASE("the bundled example's reports match the golden files in every language", "[golden]") {
    for (const std::string_view lang : languages) {
        INFO("examples/econnect in " << lang);
        check_example(std::string(lang));
    }
}

TEST_CASE("the Dutch, German and French golden reports give every finding in their language, "
          "its place in the model only in the technical appendix",
          "[golden]") {
    test::ReportModel model = test::small_report_model();
    auto english = [](const Message& message) {
        return reports::as_prose(message_text(message, "en"));
    };
    for (std::string lang : {"nl", "de", "fr"}) {
        reports::TemplateSet templates(std::nullopt);
        reports::Catalogue catalogue(json::parse(*templates.read("i18n/" + lang + ".json")), lang);
        for (const char* file : {"register.html", "register.md", "compliance.html", "compliance.md",
                                 "dpia-absence.html", "dpia-absence.md", "dpia-payroll.html",
                                 "dpia-payroll.md", "dpia-support.html", "dpia-support.md"}) {
            std::string golden = test::read_file(std::string(PRIVMAP_TESTS_DIR) +
                                                 "/reports/golden/" + lang + "/" + file);
            REQUIRE(!golden.empty());
            INFO(lang << "/" << file);
            for (const Diagnostic& finding : model.analysis.findings) {
                INFO("English in the report: " << english(finding.message));
                CHECK(golden.find(english(finding.message)) == std::string::npos);
                CHECK(golden.find(english(finding.help)) == std::string::npos);
                for (const Note& note : finding.notes)
                    CHECK(golden.find(english(note.message)) == std::string::npos);
                // The auditor's text names no file positions; the appendix (compliance) does.
                std::size_t appendix = golden.find(catalogue.label("technical_appendix"));
                std::size_t position = golden.find(finding.where.str());
                CHECK((position == std::string::npos ||
                       (appendix != std::string::npos && position > appendix)));
            }
            for (const ActivityScreening& screening : model.analysis.screenings)
                for (const CriterionHit& hit : screening.hits) {
                    INFO("screening reason in English: " << english(because(hit)));
                    CHECK(golden.find(english(because(hit))) == std::string::npos);
                }
        }
    }
}

TEST_CASE("a contact with only a phone number is that number, in Markdown and HTML", "[golden]") {
    test::ReportModel model = test::small_report_model();
    model.model.organisation->contact = Contact{};
    model.model.organisation->contact.phone = "+31 30 123 4567";
    model.model.organisation->dpo = Contact{};
    model.model.organisation->dpo->email = "fg@example.nl";
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(json::parse(*templates.read("i18n/nl.json")), "nl");
    json report = reports::build_report_data(model.model, model.analysis, catalogue, {2026, 6, 15});
    reports::Document document = reports::report_documents(report, catalogue).front();
    std::string markdown = reports::render_document(templates, document, reports::Markup::markdown,
                                                    reports::DiagramSources::files)
                               .text;
    CHECK(markdown.find("| Contactgegevens | \\+31 30 123 4567 |") != std::string::npos);
    CHECK(markdown.find("| Functionaris gegevensbescherming (FG) (art. 37) | fg\\@example.nl |") !=
          std::string::npos);
    std::string html = reports::render_document(templates, document, reports::Markup::html,
                                                reports::DiagramSources::none)
                           .text;
    CHECK(html.find("<th scope=\"row\">Contactgegevens</th><td>+31 30 123 4567</td>") !=
          std::string::npos);
}
