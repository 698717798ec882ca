// The register as the document an auditor receives: what it says, and what it leaves to the
// compliance report.
#include "documents.h"
#include "report_data.h"
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>

using namespace privmap;
using nlohmann::json;

namespace {
/// The documents of `model` in `lang`, each rendered as `markup`, by file stem.
std::map<std::string, std::string> rendered(const test::ReportModel& model, const std::string& lang,
                                            reports::Markup markup) {
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(json::parse(*templates.read("i18n/" + lang + ".json")), lang);
    json report = reports::build_report_data(model.model, model.analysis, catalogue, {2026, 6, 15});
    std::map<std::string, std::string> documents;
    for (const reports::Document& document : reports::report_documents(report, catalogue)) {
        reports::Rendered text =
            reports::render_document(templates, document, markup, reports::DiagramSources::files);
        REQUIRE(text.error.empty());
        documents[document.stem] = text.text;
    }
    return documents;
}
} // namespace

TEST_CASE("a register whose model does not say who adopted it says 'not recorded', not 'not "
          "adopted'") {
    test::ReportModel model = test::small_report_model();
    model.model.info.adopted.reset();
    std::string dutch = rendered(model, "nl", reports::Markup::markdown)["register"];
    CHECK(dutch.find("| Vastgesteld door | **niet vastgelegd** |") != std::string::npos);
    std::string english = rendered(model, "en", reports::Markup::html)["register"];
    CHECK(english.find("<th scope=\"row\">Adopted by</th><td><span class=\"none\">not "
                       "recorded</span></td>") != std::string::npos);
}

TEST_CASE("the register handed to the authority shows no findings; the compliance report has "
          "them all") {
    test::ReportModel model = test::small_report_model();
    for (reports::Markup markup : {reports::Markup::markdown, reports::Markup::html}) {
        auto documents = rendered(model, "en", markup);
        for (const Diagnostic& finding : model.analysis.findings) {
            INFO(finding.rule);
            CHECK(documents["register"].find(finding.rule) == std::string::npos);
            CHECK(documents["compliance"].find(finding.rule) != std::string::npos);
        }
        // the text a reader sees: the HTML's inline CSS styles findings for other documents
        std::string_view text = documents["register"];
        std::size_t body = text.find("<body");
        text.remove_prefix(body == std::string_view::npos ? 0 : body);
        CHECK(text.find("finding") == std::string::npos);
    }
}

TEST_CASE("the compliance report's counts reconcile with the register: an entry for each of its "
          "activities, and totals that add up") {
    test::ReportModel model = test::small_report_model();
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(json::parse(*templates.read("i18n/en.json")), "en");
    json report = reports::build_report_data(model.model, model.analysis, catalogue, {2026, 6, 15});
    const json& reconciliation = report["compliance"]["reconciliation"];
    std::vector<std::string> register_references, reconciled_references;
    long long on_entries = 0;
    for (const char* section : {"controller_register", "processor_register"})
        for (const json& entry : report[section]["entries"])
            register_references.push_back(entry["reference"]);
    for (const json& entry : reconciliation["entries"]) {
        reconciled_references.push_back(entry["reference"]);
        on_entries += entry["open"].get<long long>() + entry["accepted"].get<long long>();
    }
    CHECK(reconciled_references == register_references);
    CHECK(on_entries == reconciliation["on_register"]["open"].get<long long>() +
                            reconciliation["on_register"]["accepted"].get<long long>());
    long long open = 0, accepted = 0;
    for (const Diagnostic& finding : model.analysis.findings)
        ++(finding.waiver ? accepted : open);
    for (const char* count : {"open", "accepted"})
        CHECK(reconciliation["on_register"][count].get<long long>() +
                  reconciliation["elsewhere"][count].get<long long>() ==
              reconciliation["total"][count].get<long long>());
    CHECK(reconciliation["total"]["open"] == open);
    CHECK(reconciliation["total"]["accepted"] == accepted);
    std::string compliance = rendered(model, "en", reports::Markup::markdown)["compliance"];
    CHECK(compliance.find("| **Total** | | | **" + std::to_string(open) + "** | **" +
                          std::to_string(accepted) + "** |") != std::string::npos);
}
