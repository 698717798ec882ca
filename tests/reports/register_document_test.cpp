// The register as the document an auditor receives: what it says, and what it leaves to the
// compliance report.
#include "documents.h"
#include "report_data.h"
#include "report_model.h"
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <regex>

using namespace privmap;
using nlohmann::json;
namespace fs = std::filesystem;

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

TEST_CASE("the register handed to the authority shows no findings: the compliance report has "
          "them all") {
    test::ReportModel model = test::small_report_model();
    for (reports::Markup markup : {reports::Markup::markdown, reports::Markup::html}) {
        auto documents = rendered(model, "en", markup);
        for (const Diagnostic& finding : model.analysis.findings) {
            INFO(finding.rule.str());
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
    CHECK(compliance.find("| | **Total** | | **" + std::to_string(open) + "** | **" +
                          std::to_string(accepted) + "** |") != std::string::npos);
}

namespace {
/// `text` without white space: a PDF breaks lines where it likes ("30(1)" / "(b)",
/// "NAW-" / "gegevens"), and pdftotext cannot tell which breaks were spaces.
/// `text` without white space and hyphens, as the HTML and the PDF can be compared: the PDF
/// breaks lines elsewhere and hyphenates a long word at a line's end
/// ("verwerkingsverant-woordelijke").
std::string comparable(std::string_view text) {
    constexpr std::string_view hyphen = "\u2010"; // WeasyPrint's own, where it hyphenates
    std::string out;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text.substr(at).starts_with(hyphen))
            at += hyphen.size() - 1;
        else if (!std::isspace(static_cast<unsigned char>(text[at])) && text[at] != '-')
            out += text[at];
    }
    return out;
}

/// `fact` without the separators around it, which differ between formats (" · " in HTML,
/// ", " or "; " in Markdown).
std::string_view without_separators(std::string_view fact) {
    for (std::string_view separator : {"·", "—", ",", ";", ":"}) {
        if (fact.starts_with(separator))
            fact.remove_prefix(separator.size());
        if (fact.ends_with(separator))
            fact.remove_suffix(separator.size());
    }
    return fact;
}

std::string unescaped(std::string text) {
    for (auto [entity, character] : {std::pair{"&lt;", "<"},
                                     {"&gt;", ">"},
                                     {"&quot;", "\""},
                                     {"&apos;", "'"},
                                     {"&#39;", "'"},
                                     {"&amp;", "&"}})
        for (std::size_t at = text.find(entity); at != std::string::npos;
             at = text.find(entity, at + 1))
            text.replace(at, std::string_view(entity).size(), character);
    return text;
}

/// What a reader of the HTML document sees as separate pieces of text: the text between its
/// tags (without white space), less the table of contents (a PDF has its own), the diagrams
/// (pictures in the PDF), the special-category marks and pure punctuation.
std::vector<std::string> html_facts(const std::string& html) {
    std::string body = html.substr(html.find("<body"));
    for (const char* element : {"nav", "svg", "details", "sup"})
        for (std::size_t at = body.find(std::string("<") + element); at != std::string::npos;
             at = body.find(std::string("<") + element, at)) {
            std::string close = std::string("</") + element + ">";
            body.erase(at, body.find(close, at) + close.size() - at);
        }
    std::vector<std::string> facts;
    std::size_t at = 0;
    while ((at = body.find('>', at)) != std::string::npos) {
        std::size_t end = body.find('<', at);
        std::string text(
            without_separators(comparable(unescaped(body.substr(at + 1, end - at - 1)))));
        if (std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c); }))
            facts.push_back(text);
        at = end;
    }
    return facts;
}

/// The words of `pdf` that end past the right margin of their A4 page (print.css: 16 mm), as
/// "page 2: vastgelegd": text a printed page clips or crowds into the edge.
std::vector<std::string> words_past_margin(const fs::path& pdf) {
    test::Run boxes = test::run_program({"pdftotext", "-bbox", pdf.string(), "-"});
    REQUIRE(boxes.exit_code == 0);
    const double margin = 16 / 25.4 * 72;
    double right = 0; // the page's, upright or landscape (a wide diagram's)
    std::vector<std::string> past;
    std::size_t page = 0;
    for (std::size_t at = 0; (at = boxes.out.find('<', at)) != std::string::npos; ++at) {
        if (boxes.out.compare(at, 6, "<page ") == 0) {
            ++page;
            right = std::stod(boxes.out.substr(boxes.out.find("width=\"", at) + 7)) - margin;
        }
        if (boxes.out.compare(at, 6, "<word ") != 0)
            continue;
        std::size_t x = boxes.out.find("xMax=\"", at) + 6;
        std::size_t text = boxes.out.find('>', at) + 1;
        if (std::stod(boxes.out.substr(x)) > right + 0.5)
            past.push_back("page " + std::to_string(page) + ": " +
                           boxes.out.substr(text, boxes.out.find('<', text) - text));
    }
    return past;
}
} // namespace

namespace {
/// How many pages of `pdf` are wider than they are tall.
std::size_t landscape_pages(const fs::path& pdf) {
    test::Run info = test::run_program({"pdfinfo", "-f", "1", "-l", "9999", pdf.string()});
    REQUIRE(info.exit_code == 0);
    std::size_t landscape = 0;
    std::regex size(R"(Page +\d+ size: +([\d.]+) x ([\d.]+))");
    for (auto it = std::sregex_iterator(info.out.begin(), info.out.end(), size);
         it != std::sregex_iterator(); ++it)
        landscape += std::stod((*it)[1]) > std::stod((*it)[2]);
    return landscape;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

/// The text pdftotext finds in `pdf`, without white space and hyphens.
std::string pdf_text(const std::filesystem::path& pdf) {
    test::Run text = test::run_program({"pdftotext", "-raw", pdf.string(), "-"});
    REQUIRE(text.exit_code == 0);
    return comparable(text.out);
}

/// The element of `html` with this id, as a document body of its own.
std::string element_with_id(const std::string& html, const std::string& id) {
    std::size_t start = html.find(" id=\"" + id + "\"");
    REQUIRE(start != std::string::npos);
    start = html.rfind('<', start);
    std::string tag = html.substr(start + 1, html.find_first_of(" >", start) - start - 1);
    return "<body>" + html.substr(start, html.find("</" + tag + ">", start) - start);
}
} // namespace

TEST_CASE("every fact of the HTML register and of the compliance report's management summary "
          "is in the PDF's text, for the bundled example") {
    test::TempDir dir;
    for (const char* lang : {"nl"}) {
        test::Run run = test::run_privmap({"report", test::source_path("examples/econnect"), "-o",
                                           dir.path.string(), "--format", "html,pdf", "--lang",
                                           lang, "--today", "2026-06-15"});
        REQUIRE(run.exit_code == 0);
        std::string register_pdf = pdf_text(dir.path / "register.pdf");
        std::string register_html = test::read_file(dir.path / "register.html");
        CHECK(html_facts(register_html).size() > 200);
        for (const std::string& fact : html_facts(register_html)) {
            INFO(lang << ": " << fact);
            CHECK(register_pdf.find(fact) != std::string::npos);
        }
        // The overviews are there, each with its rows.
        for (const char* overview :
             {"retention-schedule-table", "recipients-table", "systems", "rights-table"})
            CHECK(html_facts(element_with_id(register_html, overview)).size() > 6);

        std::string compliance_pdf = pdf_text(dir.path / "compliance.pdf");
        std::vector<std::string> summary =
            html_facts(element_with_id(test::read_file(dir.path / "compliance.html"), "summary"));
        CHECK(summary.size() > 30);
        for (const std::string& fact : summary) {
            INFO(lang << ": " << fact);
            CHECK(compliance_pdf.find(fact) != std::string::npos);
        }
        // The contents follow the approval block, before the first section, with page numbers.
        std::size_t adopted = register_pdf.find("Vastgestelddoor"),
                    contents = register_pdf.find("Inhoud"),
                    first_section = register_pdf.find("Samenvatting", contents);
        CHECK(adopted < contents);
        CHECK(contents < first_section);
        test::Run raw =
            test::run_program({"pdftotext", "-raw", (dir.path / "register.pdf").string(), "-"});
        CHECK(std::regex_search(raw.out, std::regex(R"(Colofon[\s.]+[0-9]+)")));
        // A landscape page only for each diagram too wide for an upright one, nothing after it.
        CHECK(landscape_pages(dir.path / "register.pdf") ==
              occurrences(register_html, "class=\"diagram landscape\""));
        // Long Dutch words in narrow columns are hyphenated (hyphen-nl), not cut anywhere.
        CHECK(raw.out.find("\u2010\n") != std::string::npos);
        // Nothing runs past the page's right margin: the overview tables' long compounds
        // ("Bedrijfsidentificatienummers;") once pushed the DPIA column off the page.
        CHECK(words_past_margin(dir.path / "register.pdf") == std::vector<std::string>{});
        // Title, author (the organisation: the model names no one who adopted it), language.
        test::Run info = test::run_program({"pdfinfo", (dir.path / "register.pdf").string()});
        CHECK(info.out.find("Title:           Verwerkingsregister \u2014 Verwerkingsregister "
                            "eConnect") != std::string::npos);
        CHECK(info.out.find("Author:          eConnect\n") != std::string::npos);
    }
}

TEST_CASE("the German register PDF, with the longest compounds, fits the page width") {
    test::TempDir dir;
    test::Run run = test::run_privmap({"report", test::source_path("examples/econnect"), "-o",
                                       dir.path.string(), "--format", "pdf", "--lang", "de",
                                       "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    // "Verarbeitungstätigkeit", "Schwellwertanalyse", "Bedrijfsidentificatienummers" whole:
    // a column narrower than its longest word would push the table past the margin instead.
    std::string layout =
        test::run_program({"pdftotext", "-layout", (dir.path / "register.pdf").string(), "-"}).out;
    for (const char* word : {"Verarbeitungstätigkeit", "Schwellwertanalyse",
                             "Bedrijfsidentificatienummers;", "Löschfristen"})
        CHECK(layout.find(word) != std::string::npos);
    CHECK(words_past_margin(dir.path / "register.pdf") == std::vector<std::string>{});
    CHECK(words_past_margin(dir.path / "compliance.pdf") == std::vector<std::string>{});
}

TEST_CASE("the register's Art. 27 row states the analysis' conclusion: 'not recorded' where a "
          "representative is required or the model cannot tell, 'not applicable' where not") {
    test::ReportModel model = test::small_report_model();
    model.model.organisation->representative.reset();
    auto row = [&](Answer required) {
        model.analysis.facts.organisation.representative_required = required;
        std::string markdown = rendered(model, "nl", reports::Markup::markdown)["register"];
        std::size_t start = markdown.find("| Vertegenwoordiger in de EU (art. 27) |");
        REQUIRE(start != std::string::npos);
        return markdown.substr(start, markdown.find('\n', start) - start);
    };
    CHECK(row(Answer::yes) == "| Vertegenwoordiger in de EU (art. 27) | **niet vastgelegd** |");
    CHECK(row(Answer::not_recorded) ==
          "| Vertegenwoordiger in de EU (art. 27) | **niet vastgelegd** |");
    CHECK(row(Answer::no) == "| Vertegenwoordiger in de EU (art. 27) | niet van toepassing |");
}

TEST_CASE("a register whose model records no activity, party, system or category says so in "
          "each overview and appendix table instead of printing an empty table") {
    test::TempDir dir;
    dir.write("model/model.toml",
              "[model]\nformat = 1\ntitle = \"Leeg\"\nlanguage = \"nl\"\n\n"
              "[organisation]\nid = \"org\"\nname = \"Org\"\ncountry = \"NL\"\n");
    test::Run run = test::run_privmap({"report", (dir.path / "model").string(), "-o",
                                       (dir.path / "out").string(), "--format", "md,html",
                                       "--today", "2026-06-15"});
    REQUIRE(run.exit_code == 0);
    std::string markdown = test::read_file(dir.path / "out" / "register.md");
    std::string html = test::read_file(dir.path / "out" / "register.html");
    for (const char* sentence :
         {"Bij geen enkele verwerking zijn categorieën persoonsgegevens vastgelegd.",
          "Volgens het model worden geen persoonsgegevens buiten de EER doorgegeven.",
          "Er is geen partij vastgelegd die persoonsgegevens ontvangt of namens de organisatie "
          "verwerkt.",
          "Er zijn geen systemen vastgelegd.",
          "Er is geen verwerking als verwerkingsverantwoordelijke vastgelegd.",
          "Er is geen partij buiten de organisatie vastgelegd.",
          "Er zijn geen categorieën betrokkenen vastgelegd.",
          "Er zijn geen categorieën persoonsgegevens vastgelegd."}) {
        INFO(sentence);
        CHECK(test::occurrences(markdown, sentence) == 1);
        CHECK(test::occurrences(html, std::string("<p>") + sentence + "</p>") == 1);
    }
    CHECK(html.find("<tbody></tbody>") == std::string::npos);
    // A Markdown table's dashes line followed by no row is an empty table.
    CHECK(!std::regex_search(markdown, std::regex(R"(\|:-+\|\n(?!\|))")));
}

TEST_CASE("the register's appendix says 'not applicable' where a party needs no processing "
          "agreement or receives no transfer, never an empty cell") {
    test::ReportModel model = test::small_report_model();
    std::string dutch = rendered(model, "nl", reports::Markup::markdown)["register"];
    CHECK(dutch.find("| [Belastingdienst]{#party-belastingdienst} | overheidsinstantie | "
                     "Nederland | niet van toepassing | niet van toepassing |") !=
          std::string::npos);
    std::string english = rendered(model, "en", reports::Markup::html)["register"];
    CHECK(
        english.find("<td>VWO-2023-02</td><td><span class=\"muted\">not applicable</span></td>") !=
        std::string::npos);
}

TEST_CASE("the register explains the special-category asterisk under a table only when that "
          "table marks a category") {
    // The small model's controller entries list no special category; one of its systems holds
    // health data.
    test::ReportModel model = test::small_report_model();
    std::string html = rendered(model, "en", reports::Markup::html)["register"];
    std::string legend = "<p class=\"legend\"><sup class=\"special\">*</sup> special category of "
                         "personal data</p>";
    CHECK(test::occurrences(html, legend) == 1);
    CHECK(html.find(legend) > html.find("id=\"systems\""));
    std::string markdown = rendered(model, "en", reports::Markup::markdown)["register"];
    CHECK(test::occurrences(markdown, "\\* special category of personal data") == 1);
    CHECK(markdown.find("\\* special category of personal data") >
          markdown.find("{#systems-overview}"));
}
