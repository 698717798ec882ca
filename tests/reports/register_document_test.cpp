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

TEST_CASE("the register's summary leaves out accepted findings when there are none") {
    test::ReportModel model = test::small_report_model();
    for (Diagnostic& finding : model.analysis.findings)
        finding.waiver.reset();
    std::string english = rendered(model, "en", reports::Markup::markdown)["register"];
    CHECK(english.find("- 5 open findings\n") != std::string::npos);
    CHECK(english.find("accepted finding") == std::string::npos);
}
