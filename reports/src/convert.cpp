#include "convert.h"

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
    diagnostic.rule = std::string(report_rule::tool.id);
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
    // DOCX and ODT: a table of contents (Word and LibreOffice fill in its page numbers).
    if (format != DocumentFormat::pdf && !conversion.contents_title.empty())
        argv.insert(argv.end(), {"--toc", "--toc-depth=2",
                                 "--metadata=toc-title:" + conversion.contents_title});
    if (format != DocumentFormat::pdf && conversion.reference_doc)
        argv.push_back("--reference-doc=" + fs::absolute(*conversion.reference_doc).string());
    // DOCX: the title of the document's properties, which the header of reference.docx shows
    // (its Title paragraph is hidden: the document opens with its own heading).
    if (format == DocumentFormat::docx)
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

std::string with_contents(const std::string& markdown, const std::string& title) {
    if (title.empty())
        return markdown;
    std::string entries;
    std::size_t insert_at = std::string::npos;
    for (std::size_t start = 0; start < markdown.size();) {
        std::size_t end = std::min(markdown.find('\n', start), markdown.size());
        auto heading = section_heading(std::string_view(markdown).substr(start, end - start));
        // The approval block comes before the contents, as on a title page.
        if (heading && heading->id != "adoption" &&
            (heading->level == 2 || insert_at != std::string::npos)) {
            if (insert_at == std::string::npos)
                insert_at = start;
            entries += std::string(heading->level == 3 ? "    - [" : "- [") +
                       std::string(heading->text) + "](#" + std::string(heading->id) + ")\n";
        }
        start = end + 1;
    }
    if (insert_at == std::string::npos)
        return markdown;
    return markdown.substr(0, insert_at) + "::: {.contents}\n**" + title + "**\n\n" + entries +
           ":::\n\n" + markdown.substr(insert_at);
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
    // PDF: the contents after the title and approval block (Pandoc's --toc puts them before
    // the title); DOCX and ODT get Pandoc's own, a field the word processor fills in.
    bool written = spit(input, format == DocumentFormat::pdf
                                   ? with_contents(conversion.markdown, conversion.contents_title)
                                   : conversion.markdown);
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
