// PDF, DOCX and ODT through Pandoc (and WeasyPrint): the same date gives the same bytes, and
// a model's strings stay literal text. Each Pandoc run costs about a second: keep them few.
#include "convert.h"
#include "documents.h"
#include "report_data.h"
#include "report_model.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace privmap;
using nlohmann::json;

namespace {
const std::string hostile = "<script>alert(1)</script> **bold** $\\frac{1}{2}$ \\textbf{tex}";
const Date today{2026, 6, 15};

reports::Conversion hostile_register() {
    test::ReportModel model = test::hostile_report_model(hostile);
    reports::TemplateSet templates(std::nullopt);
    reports::Catalogue catalogue(json::parse(*templates.read("i18n/en.json")), "en");
    json report = reports::build_report_data(model.model, model.analysis, catalogue, today);
    reports::Document document = reports::report_documents(report, catalogue).front();
    reports::Rendered markdown = render_document(templates, document, reports::Markup::markdown,
                                                 reports::DiagramSources::embedded);
    REQUIRE(markdown.error.empty());
    reports::Conversion conversion;
    conversion.markdown = markdown.text;
    conversion.title = "register";
    conversion.lang = "en";
    conversion.print_css = templates.path_of("print.css");
    conversion.today = today;
    return conversion;
}

std::string written(const test::TempDir& dir, const char* name, const std::string& bytes) {
    std::string path = (dir.path / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

/// The DOS dates of every entry in a ZIP's central directory.
std::vector<unsigned> zip_dates(const std::string& zip) {
    std::vector<unsigned> dates;
    for (std::size_t at = zip.find("PK\1\2"); at != std::string::npos;
         at = zip.find("PK\1\2", at + 4))
        dates.push_back(static_cast<unsigned char>(zip[at + 14]) |
                        static_cast<unsigned char>(zip[at + 15]) << 8);
    return dates;
}
} // namespace

TEST_CASE("the PDF is the same bytes for the same date, and shows model strings literally") {
    reports::Conversion conversion = hostile_register();
    reports::Converted first = reports::convert(conversion, reports::DocumentFormat::pdf);
    reports::Converted second = reports::convert(conversion, reports::DocumentFormat::pdf);
    REQUIRE_FALSE(first.failure);
    REQUIRE_FALSE(second.failure);
    CHECK(first.bytes.starts_with("%PDF"));
    CHECK(first.bytes == second.bytes);
    test::TempDir dir;
    test::Run text =
        test::run_program({"pdftotext", "-layout", written(dir, "register.pdf", first.bytes), "-"});
    CHECK(text.out.find("<script>alert(1)</script> **bold** $\\frac{1}{2}$ \\textbf{tex}") !=
          std::string::npos);
    // PDF/A-3b, as the XMP metadata declares it, with every font embedded.
    std::string pdf = written(dir, "register.pdf", first.bytes);
    test::Run meta = test::run_program({"pdfinfo", "-meta", pdf});
    CHECK(meta.out.find("pdfaid:part=\"3\" pdfaid:conformance=\"B\"") != std::string::npos);
    test::Run fonts = test::run_program({"pdffonts", pdf});
    CHECK(fonts.out.find(" no ") == std::string::npos);
}

TEST_CASE("asked for PDF/UA-1, the PDF is tagged for screen readers, with its title") {
    reports::Conversion conversion = hostile_register();
    conversion.pdf_variant = "pdf/ua-1";
    reports::Converted converted = reports::convert(conversion, reports::DocumentFormat::pdf);
    REQUIRE_FALSE(converted.failure);
    test::TempDir dir;
    std::string pdf = written(dir, "register.pdf", converted.bytes);
    test::Run info = test::run_program({"pdfinfo", pdf});
    CHECK(info.out.find("Tagged:          yes") != std::string::npos);
    CHECK(info.out.find("Title:           register") != std::string::npos);
    test::Run meta = test::run_program({"pdfinfo", "-meta", pdf});
    CHECK(meta.out.find("pdfuaid:part=\"1\"") != std::string::npos);
}

TEST_CASE("DOCX and ODT carry the report's date in every entry and the model strings as text") {
    reports::Conversion conversion = hostile_register();
    unsigned dos_date = (today.year - 1980) << 9 | today.month << 5 | today.day;
    test::TempDir dir;
    for (auto [format, name, part] :
         {std::tuple{reports::DocumentFormat::docx, "register.docx", "word/document.xml"},
          {reports::DocumentFormat::odt, "register.odt", "content.xml"}}) {
        reports::Converted converted = reports::convert(conversion, format);
        REQUIRE_FALSE(converted.failure);
        std::vector<unsigned> dates = zip_dates(converted.bytes);
        REQUIRE_FALSE(dates.empty());
        for (unsigned date : dates)
            CHECK(date == dos_date);
        test::Run xml =
            test::run_program({"unzip", "-p", written(dir, name, converted.bytes), part});
        INFO(name);
        CHECK(xml.out.find(
                  "&lt;script&gt;alert(1)&lt;/script&gt; **bold** $\\frac{1}{2}$ \\textbf{tex}") !=
              std::string::npos);
    }
}

TEST_CASE("a missing pandoc is a report.tool error that names it") {
    const char* saved = std::getenv("PATH");
    std::string path = saved ? saved : "";
    ::setenv("PATH", "/nonexistent", 1);
    reports::Conversion conversion;
    conversion.markdown = "# x\n";
    conversion.lang = "en";
    conversion.today = today;
    reports::Converted converted = reports::convert(conversion, reports::DocumentFormat::pdf);
    ::setenv("PATH", path.c_str(), 1);
    REQUIRE(converted.failure);
    CHECK(converted.failure->rule == "report.tool");
    CHECK(message_text(converted.failure->message).find("pandoc is not installed") !=
          std::string::npos);
}

TEST_CASE("DOCX and ODT are A4, with the title in the header, page numbers in the footer, a table "
          "of contents and the diagram also as PNG") {
    reports::TemplateSet templates(std::nullopt);
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" "
                            "height=\"20\"><rect width=\"40\" height=\"20\"/></svg>";
    test::TempDir dir;
    for (auto [format, name, reference] :
         {std::tuple{reports::DocumentFormat::docx, "register.docx", "reference.docx"},
          {reports::DocumentFormat::odt, "register.odt", "reference.odt"}}) {
        reports::Conversion conversion{"# Register {#top}\n\n## Vaststelling {#adoption}\n\nby\n\n"
                                       "## Part \\<one\\> {#part}\n\n![Lineage](lineage.svg)\\\n",
                                       "Register",
                                       "en",
                                       std::nullopt,
                                       today,
                                       120,
                                       templates.path_of(reference),
                                       "Contents",
                                       {{"lineage.svg", svg}}};
        reports::Converted converted = reports::convert(conversion, format);
        REQUIRE_FALSE(converted.failure);
        std::string file = written(dir, name, converted.bytes);
        auto part = [&](const char* inside) {
            return test::run_program({"unzip", "-p", file, inside}).out;
        };
        if (format == reports::DocumentFormat::docx) {
            std::string document = part("word/document.xml");
            CHECK(document.find("<w:pgSz w:h=\"16838\" w:w=\"11906\" />") != std::string::npos);
            CHECK(document.find("<w:headerReference") != std::string::npos);
            // The contents after the title and the approval block, the entries filled in.
            CHECK(document.find("TOC \\o \"2-3\"") != std::string::npos);
            CHECK(document.find(">Register<") < document.find("TOCHeading"));
            CHECK(document.find(">Vaststelling<") < document.find("TOCHeading"));
            CHECK(document.find("<w:hyperlink w:anchor=\"part\"><w:r><w:t "
                                "xml:space=\"preserve\">Part &lt;one&gt;</w:t>") !=
                  std::string::npos);
            CHECK(document.find("descr=\"Lineage\"") != std::string::npos);
            CHECK(part("word/footer1.xml").find("NUMPAGES") != std::string::npos);
            // The header shows the title of the document's properties (Word and LibreOffice
            // alike); the Title paragraph that fills them is hidden.
            CHECK(part("word/header1.xml").find("TITLE") != std::string::npos);
            CHECK(part("docProps/core.xml").find("<dc:title>Register</dc:title>") !=
                  std::string::npos);
            CHECK(part("word/styles.xml").find("<w:vanish />") != std::string::npos);
            CHECK(test::run_program({"unzip", "-l", file}).out.find(".png") != std::string::npos);
        } else {
            std::string styles = part("styles.xml");
            CHECK(styles.find("fo:page-width=\"21cm\"") != std::string::npos);
            CHECK(styles.find("<text:page-count>") != std::string::npos);
            CHECK(styles.find("<text:chapter") != std::string::npos);
            CHECK(part("meta.xml").find("<dc:title>Register</dc:title>") != std::string::npos);
            CHECK(styles.find("text:display=\"none\"") != std::string::npos); // its Title
            std::string content = part("content.xml");
            CHECK(content.find(">Vaststelling<") < content.find("<text:table-of-content "));
            CHECK(content.find("xlink:href=\"#part\">Part &lt;one&gt;</text:a>") !=
                  std::string::npos);
        }
    }
}

TEST_CASE("the PDF's contents come after the title and the approval block, with each section") {
    std::string markdown =
        "# Register {#top}\n\nintro\n\n## Vaststelling {#adoption}\n\n| a | b |\n\n"
        "## Samenvatting {#summary}\n\n- 2\n\n## Register {#register}\n\n"
        "### V-001 · Bestellingen {#activity-orders}\n\ntext\n";
    std::string with = reports::with_contents(markdown, "Inhoud", reports::DocumentFormat::pdf);
    CHECK(with == "# Register {#top}\n\nintro\n\n## Vaststelling {#adoption}\n\n| a | b |\n\n"
                  "::: {.contents}\n**Inhoud**\n\n- [Samenvatting](#summary)\n"
                  "- [Register](#register)\n    - [V-001 · Bestellingen](#activity-orders)\n:::\n\n"
                  "## Samenvatting {#summary}\n\n- 2\n\n## Register {#register}\n\n"
                  "### V-001 · Bestellingen {#activity-orders}\n\ntext\n");
    CHECK(reports::with_contents(markdown, "", reports::DocumentFormat::pdf) == markdown);
    CHECK(reports::with_contents("# Only a title\n\ntext\n", "Inhoud",
                                 reports::DocumentFormat::pdf) == "# Only a title\n\ntext\n");
}
