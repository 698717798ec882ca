// Tabular report output: CSV and XLSX files from plain tables of strings, written atomically.
// Every cell is text: nothing a model says can become a spreadsheet formula.
#pragma once

#include <filesystem>
#include <optional>
#include <privmap/diagnostic.h>
#include <privmap/output_file.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

/// One table: a CSV file or one sheet of an XLSX workbook.
struct Table {
    std::string title;                          // the sheet's name in XLSX (shortened to 31 chars)
    std::vector<std::string> columns;           // header row
    std::vector<std::vector<std::string>> rows; // short rows are padded with empty cells
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
/// content, wrapped text. `created` fixes the document's creation date so the same tables give
/// the same bytes. A failure is a "report.write" diagnostic and leaves `path` untouched.
std::optional<Diagnostic> write_xlsx(const std::vector<Table>&, const std::filesystem::path&,
                                     const Date& created);

} // namespace privmap
