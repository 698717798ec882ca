// Document conversion with external tools: Pandoc for PDF (through WeasyPrint), DOCX and ODT.
// Tools run from an argument vector (never a shell); a missing or failing tool is a
// "report.tool" diagnostic.
#pragma once

#include <filesystem>
#include <optional>
#include <privmap/diagnostic.h>
#include <string>
#include <vector>

namespace privmap::reports {

enum class DocumentFormat { pdf, docx, odt };

/// Files by name and contents.
using Resources = std::vector<std::pair<std::string, std::string>>;

struct Conversion {
    std::string markdown; // the report, rendered with the Markdown template
    std::string title;    // document title (metadata only)
    std::string lang;     // BCP 47
    std::optional<std::filesystem::path> print_css; // for PDF
    Date today;                     // fixes every date the tools embed (SOURCE_DATE_EPOCH)
    unsigned timeout_seconds = 120; // Pandoc (and WeasyPrint under it) are stopped after this
    /// DOCX, ODT: the reference document with the page setup, header and footer.
    std::optional<std::filesystem::path> reference_doc;
    std::string contents_title; // the table of contents' heading; "": none
    Resources resources;        // files the Markdown refers to by name (DOCX, ODT: the diagrams)
    std::string pdf_variant = "pdf/a-3b"; // WeasyPrint's --pdf-variant: pdf/a-3b or pdf/ua-1
    std::string author{}; // PDF: the document's Author (and XMP dc:creator); "": none
};

/// The document's bytes, or the diagnostic that says which tool is missing or what it said.
struct Converted {
    std::string bytes;
    std::optional<Diagnostic> failure;
};

Converted convert(const Conversion&, DocumentFormat);

/// `markdown` with a table of contents titled `title` listing its sections (the level 2 and 3
/// headings with an id), before the first section after the approval block: for PDF a list of
/// links whose page numbers print.css adds, for DOCX and ODT the word processor's own table of
/// contents, its entries filled in. Unchanged when `title` is empty or there is no section.
std::string with_contents(const std::string& markdown, const std::string& title,
                          DocumentFormat format);

/// Sets every entry's modification time in a ZIP archive (ODT, DOCX) to `date`, in place, so
/// the same document gives the same bytes.
void normalise_zip_times(std::string& zip, const Date& date);

} // namespace privmap::reports
