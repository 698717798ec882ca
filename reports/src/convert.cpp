#include "convert.h"

#include "render.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <privmap/analyzer.h>
#include <privmap/process.h>
#include <sstream>

namespace privmap::reports {
namespace fs = std::filesystem;

namespace {
Diagnostic tool_failure(std::string message, std::string help) {
    Diagnostic diagnostic;
    diagnostic.rule = Symbol(report_rule::tool.id);
    diagnostic.severity = report_rule::tool.severity;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool spit(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    return static_cast<bool>(out);
}

/// Days from 1970-01-01 to `date` (proleptic Gregorian), for SOURCE_DATE_EPOCH.
long long days_since_epoch(const Date& date) {
    int y = date.year - (date.month <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int mp = (date.month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + date.day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097LL + doe - 719468;
}

/// A section heading of the Markdown templates: "## Title {#id}" (level 2 or 3).
struct SectionHeading {
    int level = 0;
    std::string_view text, id;
};

std::optional<SectionHeading> section_heading(std::string_view line) {
    int level = line.starts_with("### ") ? 3 : line.starts_with("## ") ? 2 : 0;
    std::size_t open = line.rfind(" {#");
    if (level == 0 || open == std::string_view::npos || !line.ends_with('}'))
        return std::nullopt;
    std::string_view text = line.substr(level + 1, open - level - 1);
    std::string_view id = line.substr(open + 3, line.size() - open - 4);
    if (text.empty() || id.empty() || id.find_first_of(" {}()[]") != std::string_view::npos)
        return std::nullopt;
    return SectionHeading{level, text, id};
}

std::vector<std::string> pandoc_arguments(const Conversion& conversion, DocumentFormat format,
                                          const fs::path& input, const fs::path& output) {
    // --wrap=none: Pandoc wraps long lines, the <title> too, and WeasyPrint would keep the
    // line break in the PDF's title.
    std::vector<std::string> argv{"pandoc",
                                  "--from=markdown-smart",
                                  "--standalone",
                                  "--wrap=none",
                                  "--metadata=pagetitle:" + conversion.title,
                                  "--metadata=lang:" + conversion.lang};
    if (format != DocumentFormat::pdf && conversion.reference_doc)
        argv.push_back("--reference-doc=" + fs::absolute(*conversion.reference_doc).string());
    // DOCX and ODT: the title of the document's properties, which the header of reference.docx
    // shows (the references hide the Title paragraph: the document opens with its own heading).
    if (format != DocumentFormat::pdf)
        argv.push_back("--metadata=title:" + conversion.title);
    // Images by file name, beside the input: Pandoc adds a PNG (rsvg-convert) to an SVG in DOCX.
    argv.push_back("--resource-path=" + input.parent_path().string());
    if (format == DocumentFormat::pdf) {
        // Pandoc 2.17's sandbox cannot read its own DOCX/ODT reference documents, so only the
        // PDF path (HTML written in the sandbox, then WeasyPrint) runs sandboxed.
        // PDF/A-3b by default: the archival PDF a Dutch public body files (WeasyPrint 57 writes
        // the XMP identification and embeds every font); PDF/UA-1, tagged for screen readers,
        // on request: WeasyPrint cannot write both at once (docs/reports.md).
        argv.insert(argv.end(), {"--sandbox", "--to=html5", "--pdf-engine=weasyprint",
                                 "--pdf-engine-opt=--pdf-variant=" + conversion.pdf_variant});
        if (conversion.print_css)
            argv.push_back("--css=" + fs::absolute(*conversion.print_css).string());
        // A template variable, not metadata: as metadata Pandoc would print it below a title.
        if (!conversion.author.empty())
            argv.push_back("--variable=author-meta:" + conversion.author);
    }
    argv.push_back("--output=" + output.string());
    argv.push_back(input.string());
    return argv;
}

const char* extension(DocumentFormat format) {
    switch (format) {
    case DocumentFormat::pdf:
        return "pdf";
    case DocumentFormat::docx:
        return "docx";
    case DocumentFormat::odt:
        return "odt";
    }
    return "out";
}

std::uint16_t u16(const std::string& bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                      static_cast<unsigned char>(bytes[at + 1]) << 8);
}

std::uint32_t u32(const std::string& bytes, std::size_t at) {
    return u16(bytes, at) | std::uint32_t(u16(bytes, at + 2)) << 16;
}

void put16(std::string& bytes, std::size_t at, std::uint16_t value) {
    bytes[at] = static_cast<char>(value & 0xff);
    bytes[at + 1] = static_cast<char>(value >> 8);
}
} // namespace

void normalise_zip_times(std::string& zip, const Date& date) {
    auto dos_date =
        static_cast<std::uint16_t>(((date.year - 1980) << 9) | (date.month << 5) | date.day);
    std::size_t end = zip.size() >= 22 ? zip.rfind(std::string_view("PK\5\6", 4), zip.size() - 22)
                                       : std::string::npos;
    if (end == std::string::npos)
        return;
    std::size_t at = u32(zip, end + 16);
    for (std::uint16_t entry = u16(zip, end + 10); entry > 0 && at + 46 <= zip.size(); --entry) {
        if (zip.compare(at, 4, std::string_view("PK\1\2", 4)) != 0)
            return;
        // Central directory entry: time at +12, date at +14; its local header: at +10, +12.
        put16(zip, at + 12, 0);
        put16(zip, at + 14, dos_date);
        std::size_t local = u32(zip, at + 42);
        if (local + 30 <= zip.size() && zip.compare(local, 4, std::string_view("PK\3\4", 4)) == 0) {
            put16(zip, local + 10, 0);
            put16(zip, local + 12, dos_date);
        }
        at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
    }
}

namespace {
/// Where the contents go and what they list: the level 2 and 3 sections from the first one
/// after the approval block, which comes before the contents as on a title page.
struct Contents {
    std::size_t insert_at = std::string::npos;
    std::vector<SectionHeading> entries;
};

Contents contents_of(std::string_view markdown) {
    Contents contents;
    for (std::size_t start = 0; start < markdown.size();) {
        std::size_t end = std::min(markdown.find('\n', start), markdown.size());
        auto heading = section_heading(markdown.substr(start, end - start));
        if (heading && heading->id != "adoption" &&
            (heading->level == 2 || contents.insert_at != std::string::npos)) {
            if (contents.insert_at == std::string::npos)
                contents.insert_at = start;
            contents.entries.push_back(*heading);
        }
        start = end + 1;
    }
    return contents;
}

/// A heading's text as the reader sees it: Markdown's backslash escapes taken out.
std::string plain_text(std::string_view markdown) {
    std::string text;
    for (std::size_t i = 0; i < markdown.size(); ++i)
        if (markdown[i] != '\\' || ++i < markdown.size())
            text += markdown[i];
    return text;
}

/// PDF: a list of links; print.css gives each entry its page number (target-counter).
std::string markdown_contents(const Contents& contents, const std::string& title) {
    std::string block = "::: {.contents}\n**" + title + "**\n\n";
    for (const SectionHeading& entry : contents.entries)
        block += std::string(entry.level == 3 ? "    - [" : "- [") + std::string(entry.text) +
                 "](#" + std::string(entry.id) + ")\n";
    return block + ":::\n\n";
}

/// DOCX: Word's table-of-contents field over the level 2 and 3 headings, its result already
/// holding the entries (linked to Pandoc's bookmarks) so that it reads without an update;
/// marked dirty, so that Word adds the page numbers when it opens the document.
std::string openxml_contents(const Contents& contents, const std::string& title) {
    std::string xml =
        "```{=openxml}\n<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery "
        "w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr>"
        "<w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr><w:r><w:t>" +
        markup_escape(title) + "</w:t></w:r></w:p>";
    for (std::size_t i = 0; i < contents.entries.size(); ++i) {
        const SectionHeading& entry = contents.entries[i];
        xml += std::string("<w:p><w:pPr><w:pStyle w:val=\"") +
               (entry.level == 3 ? "TOC2\"/><w:ind w:left=\"240\"/>" : "TOC1\"/>") + "</w:pPr>";
        if (i == 0)
            xml +=
                "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText "
                "xml:space=\"preserve\"> TOC \\o \"2-3\" \\h \\z \\u "
                "</w:instrText></w:r><w:r><w:fldChar "
                "w:fldCharType=\"separate\"/></w:r>";
        xml += "<w:hyperlink w:anchor=\"" + markup_escape(entry.id) +
               "\"><w:r><w:t xml:space=\"preserve\">" + markup_escape(plain_text(entry.text)) +
               "</w:t></w:r></w:hyperlink>";
        if (i + 1 == contents.entries.size())
            xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        xml += "</w:p>";
    }
    return xml + "</w:sdtContent></w:sdt>\n```\n\n";
}

/// ODT: LibreOffice's table of contents over the outline levels up to 3 (the document's title
/// is level 1), its index body already holding the entries, linked to Pandoc's bookmarks;
/// Tools > Update adds the page numbers.
std::string opendocument_contents(const Contents& contents, const std::string& title) {
    const std::string heading = markup_escape(title);
    std::string xml = "```{=opendocument}\n<text:table-of-content text:name=\"" + heading +
                      "\"><text:table-of-content-source text:outline-level=\"3\">"
                      "<text:index-title-template text:style-name=\"Contents_20_Heading\">" +
                      heading + "</text:index-title-template>";
    for (int level : {2, 3})
        xml += "<text:table-of-content-entry-template text:outline-level=\"" +
               std::to_string(level) + "\" text:style-name=\"Contents_20_" +
               std::to_string(level - 1) +
               "\"><text:index-entry-link-start/><text:index-entry-text/>"
               "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
               "<text:index-entry-page-number/><text:index-entry-link-end/>"
               "</text:table-of-content-entry-template>";
    xml += "</text:table-of-content-source><text:index-body><text:index-title text:name=\"" +
           heading + "_Head\"><text:p text:style-name=\"Contents_20_Heading\">" + heading +
           "</text:p></text:index-title>";
    for (const SectionHeading& entry : contents.entries)
        xml += std::string("<text:p text:style-name=\"Contents_20_") +
               (entry.level == 3 ? "2" : "1") +
               "\"><text:a xlink:type=\"simple\" text:style-name=\"Index_20_Link\" "
               "xlink:href=\"#" +
               markup_escape(entry.id) + "\">" + markup_escape(plain_text(entry.text)) +
               "</text:a></text:p>";
    return xml + "</text:index-body></text:table-of-content>\n```\n\n";
}
} // namespace

std::string with_contents(const std::string& markdown, const std::string& title,
                          DocumentFormat format) {
    const Contents contents = contents_of(markdown);
    if (title.empty() || contents.insert_at == std::string::npos)
        return markdown;
    std::string block = format == DocumentFormat::docx  ? openxml_contents(contents, title)
                        : format == DocumentFormat::odt ? opendocument_contents(contents, title)
                                                        : markdown_contents(contents, title);
    return markdown.substr(0, contents.insert_at) + block + markdown.substr(contents.insert_at);
}

Converted convert(const Conversion& conversion, DocumentFormat format) {
    if (!find_program("pandoc"))
        return {"", tool_failure("pandoc is not installed, so the report cannot be written as " +
                                     std::string(extension(format)),
                                 "install pandoc (Debian: apt-get install pandoc) or leave this "
                                 "format out of --format")};
    if (format == DocumentFormat::pdf && !find_program("weasyprint"))
        return {"",
                tool_failure("weasyprint is not installed, so the report cannot be written as pdf",
                             "install WeasyPrint (Debian: apt-get install weasyprint) or leave pdf "
                             "out of --format")};
    ScratchDir scratch("privmap-report");
    if (scratch.path().empty())
        return {"", tool_failure("cannot create a temporary directory for pandoc", "check TMPDIR")};
    fs::path input = scratch.path() / "report.md";
    fs::path output = scratch.path() / (std::string("report.") + extension(format));
    // The contents after the title and approval block: Pandoc's --toc would put them before
    // the title.
    bool written =
        spit(input, with_contents(conversion.markdown, conversion.contents_title, format));
    for (const auto& [name, contents] : conversion.resources)
        written = written && spit(scratch.path() / name, contents);
    if (!written)
        return {"", tool_failure("cannot write pandoc's input in " + scratch.path().string(),
                                 "check TMPDIR")};
    std::string epoch =
        std::to_string(conversion.today.valid() ? days_since_epoch(conversion.today) * 86400 : 0);
    ProcessRun run = run_process(pandoc_arguments(conversion, format, input, output),
                                 {.extra_env = {"SOURCE_DATE_EPOCH=" + epoch},
                                  .timeout_seconds = conversion.timeout_seconds,
                                  .temp_dir = scratch.path(),
                                  .working_dir = scratch.path()});
    if (run.timed_out)
        return {"", tool_failure("pandoc did not finish the " + std::string(extension(format)) +
                                     " within " + std::to_string(conversion.timeout_seconds) +
                                     " s and was stopped; a large register takes long to "
                                     "typeset",
                                 "leave " + std::string(extension(format)) +
                                     " out of --format (HTML and DOCX are quicker), or raise the "
                                     "limit: --limit tool-seconds=" +
                                     std::to_string(2 * conversion.timeout_seconds))};
    if (run.exit_code != 0) {
        std::string said = run.errors.empty()
                               ? ""
                               : ": " + run.errors.substr(0, run.errors.find_last_not_of("\n") + 1);
        return {"", tool_failure("pandoc failed to write " + std::string(extension(format)) +
                                     " (exit " + std::to_string(run.exit_code) + ")" + said,
                                 "run the same conversion by hand to see more, or leave this "
                                 "format out of --format")};
    }
    Converted converted{slurp(output), std::nullopt};
    if (converted.bytes.empty())
        return {"",
                tool_failure("pandoc wrote no " + std::string(extension(format)) + " output", "")};
    if (format != DocumentFormat::pdf && conversion.today.valid())
        normalise_zip_times(converted.bytes, conversion.today);
    return converted;
}

} // namespace privmap::reports
