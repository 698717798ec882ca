// The cells of an XLSX workbook as text: libzip opens the package, pugixml reads its parts
// (the workbook, its relationships, the shared strings, the styles and each worksheet). A
// number in a date style is read as the ISO 8601 date it shows ("2026-06-15"), other numbers
// as written ("3").
#pragma once

#include <string>
#include <vector>

namespace privmap::importing {

struct Sheet {
    std::string name;
    std::vector<std::vector<std::string>> rows; // row by row, cell by cell from column A
};

struct Workbook {
    std::vector<Sheet> sheets; // in the workbook's order
    std::string company;       // the Company document property (docProps/app.xml), or ""
};

/// The workbook in `bytes`; `error` set when it is no XLSX workbook. Bounded: a part larger
/// than 16 MiB unpacked, more than 64 sheets, a million cells and rows or 64 MiB of text in all, is
/// an error, not a hang.
Workbook read_workbook(const std::string& bytes, std::string& error);

} // namespace privmap::importing
