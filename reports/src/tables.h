// Tabular report output: CSV and XLSX files from plain tables, written atomically. A cell is
// text, a count or a date; model text is only ever a string, never a spreadsheet formula.
#pragma once

#include <filesystem>
#include <optional>
#include <privmap/diagnostic.h>
#include <privmap/output_file.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

/// One cell. CSV writes its text, a date as ISO 8601 (2026-06-15); XLSX writes a count as a
/// number and a date as a date cell (with a date format, so Excel sorts, filters and computes
/// with it), all else as a string.
struct Cell {
    std::string text;
    std::optional<double> number;
    std::optional<Date> date;

    Cell() = default;
    Cell(std::string text) : text(std::move(text)) {}
    Cell(const char* text) : text(text) {}
    static Cell count(std::size_t);
    /// The date in `text` (the report's wording of it); an empty text cell when there is none.
    static Cell day(const std::optional<Date>&, std::string text);
};

/// One table: a CSV file or one sheet of an XLSX workbook.
struct Table {
    std::string title;                   // the sheet's name in XLSX (shortened to 31 chars)
    std::vector<std::string> columns;    // header row
    std::vector<std::vector<Cell>> rows; // short rows are padded with empty cells
};

/// The workbook's document properties (File > Info in Excel).
struct WorkbookInfo {
    std::string title, subject, author, company;
    std::string language; // a BCP 47 tag, as the custom property "Language"
    Date created;         // fixed, so that the same tables give the same bytes
};

/// RFC 4180 CSV: UTF-8 with a byte order mark (so Excel reads accents right), CRLF line ends,
/// fields separated by `separator` (',', or ';' for Excel in a locale whose decimal mark is a
/// comma), a field quoted when it holds the separator, a quote, CR or LF. A cell starting
/// with = + - @ tab or CR gets a leading apostrophe so spreadsheets never run it as a formula.
std::string to_csv(const Table&, char separator = ',');

/// Writes to_csv(table, separator) to `path` atomically. A failure is a "report.write"
/// diagnostic.
std::optional<Diagnostic> write_csv(const Table&, const std::filesystem::path&,
                                    char separator = ',');

/// Writes one sheet per table: header row bold and frozen, autofilter, column widths from the
/// content, wrapped text, with the properties of `info`. A failure is a "report.write"
/// diagnostic and leaves `path` untouched.
std::optional<Diagnostic> write_xlsx(const std::vector<Table>&, const std::filesystem::path&,
                                     const WorkbookInfo&);

} // namespace privmap
