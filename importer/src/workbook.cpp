#include "workbook.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <zip.h>

namespace privmap::importing {
namespace {

constexpr zip_uint64_t max_part_bytes = 16u << 20; // as the source itself
constexpr std::size_t max_cells = 1'000'000;
constexpr std::size_t max_text_bytes = 64u << 20; // all cells' text: a shared string is copied
constexpr std::size_t max_sheets = 64;
constexpr std::size_t max_columns = 16384; // XFD, the last column Excel has

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

/// The unpacked bytes of the part `name`; false when it is missing, too large or unreadable.
bool read_part(zip_t* zip, const std::string& name, std::string& out) {
    zip_file_t* file = zip_fopen(zip, name.c_str(), 0);
    if (!file)
        return false;
    out.clear();
    char buffer[65536];
    zip_int64_t got = 0;
    // The size in the directory may lie: read at most one byte more than allowed.
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        out.append(buffer, static_cast<std::size_t>(got));
        if (out.size() > max_part_bytes)
            break;
    }
    zip_fclose(file);
    return got >= 0 && out.size() <= max_part_bytes;
}

bool parse_part(zip_t* zip, const std::string& name, pugi::xml_document& document) {
    std::string bytes;
    return read_part(zip, name, bytes) &&
           document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
}

/// The text of a shared string or an inline string: its <t> runs, rich text included.
std::string runs_text(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xpath_node& run : node.select_nodes(".//*[local-name()='t']"))
        text += run.node().text().get();
    return text;
}

/// "AB12" -> 27 (0-based); `next` when the reference is absent or no column.
std::size_t column_of(std::string_view reference, std::size_t next) {
    std::size_t column = 0, letters = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (++letters > 3)
            return next;
    }
    return letters == 0 ? next : column - 1;
}

/// The worksheet part of each sheet, resolved through the workbook's relationships.
std::string part_of(const pugi::xml_document& relationships, std::string_view id) {
    for (const pugi::xml_node& relationship : relationships.first_child().children())
        if (id == relationship.attribute("Id").value()) {
            std::string target = relationship.attribute("Target").value();
            return target.starts_with('/') ? target.substr(1) : "xl/" + target;
        }
    return {};
}

/// Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's civil_from_days).
std::string iso_date(long long days) {
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long day_of_era = days - era * 146097;
    const long long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long long day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long long mp = (5 * day_of_year + 2) / 153;
    const long long day = day_of_year - (153 * mp + 2) / 5 + 1;
    const long long month = mp < 10 ? mp + 3 : mp - 9;
    const long long year = year_of_era + era * 400 + (month <= 2);
    char text[64];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", year, month, day);
    return text;
}

/// A number format that shows a date: Excel's built-in date formats, or a format code with a
/// day or a year in it outside quoted text and [colour] or [$-locale] sections.
bool date_format(unsigned id, std::string_view code) {
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    bool quoted = false, bracketed = false;
    for (char c : code) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '[')
            bracketed = true;
        else if (!quoted && c == ']')
            bracketed = false;
        else if (!quoted && !bracketed && std::string_view("dDyY").find(c) != std::string::npos)
            return true;
    }
    return false;
}

/// Which cell styles (xl/styles.xml `cellXfs`, by index) show a number as a date.
std::vector<bool> date_styles(const pugi::xml_document& styles) {
    pugi::xml_node sheet = styles.child("styleSheet");
    std::map<unsigned, std::string> codes;
    for (const pugi::xml_node& format : sheet.child("numFmts").children("numFmt"))
        codes[format.attribute("numFmtId").as_uint()] = format.attribute("formatCode").value();
    std::vector<bool> dates;
    for (const pugi::xml_node& style : sheet.child("cellXfs").children("xf")) {
        unsigned id = style.attribute("numFmtId").as_uint();
        auto code = codes.find(id);
        dates.push_back(date_format(id, code == codes.end() ? "" : code->second));
    }
    return dates;
}

/// Reads sheets within one budget of cells and text for the whole workbook, so that no
/// small package (a far column, a long shared string in every cell) takes much memory.
class SheetReader {
public:
    /// Numbers in a date style are read as ISO 8601 dates ("2026-06-15"), counted from 1904
    /// when the workbook says `date1904`.
    void dates(std::vector<bool> styles, bool from_1904) {
        date_styles_ = std::move(styles);
        from_1904_ = from_1904;
    }

    /// The shared strings of `strings` (xl/sharedStrings.xml); false when over the budget.
    bool shared(const pugi::xml_document& strings, std::string& error) {
        for (const pugi::xml_node& item : strings.child("sst").children("si")) {
            shared_.push_back(runs_text(item));
            if (!take(1, shared_.back().size(), error))
                return false;
        }
        return true;
    }

    bool read(const pugi::xml_document& worksheet, Sheet& sheet, std::string& error) {
        pugi::xml_node data = worksheet.child("worksheet").child("sheetData");
        for (const pugi::xml_node& row : data.children("row")) {
            std::vector<std::string> cells;
            for (const pugi::xml_node& cell : row.children("c")) {
                std::size_t column = column_of(cell.attribute("r").value(), cells.size());
                // Empty cells before a far column count too: they take memory as well.
                std::size_t added = column >= cells.size() ? column + 1 - cells.size() : 0;
                if (column >= max_columns) {
                    error = "a cell lies past column XFD, the last there is";
                    return false;
                }
                if (!take(std::max<std::size_t>(added, 1), 0, error))
                    return false;
                if (added)
                    cells.resize(column + 1);
                cells[column] = value(cell);
                if (!take(0, cells[column].size(), error))
                    return false;
            }
            if (!take(1, 0, error)) // an empty row takes memory too
                return false;
            sheet.rows.push_back(std::move(cells));
        }
        return true;
    }

private:
    std::vector<std::string> shared_;
    std::vector<bool> date_styles_;
    bool from_1904_ = false;
    std::size_t cells_ = 0;
    std::size_t text_bytes_ = 0;

    bool take(std::size_t cells, std::size_t bytes, std::string& error) {
        cells_ += cells;
        text_bytes_ += bytes;
        if (cells_ <= max_cells && text_bytes_ <= max_text_bytes)
            return true;
        error = "more than a million cells, or more than 64 MiB of text in all";
        return false;
    }

    std::string value(const pugi::xml_node& cell) const {
        std::string_view type = cell.attribute("t").value();
        if (type == "inlineStr")
            return runs_text(cell.child("is"));
        std::string raw = cell.child("v").text().get();
        if ((type.empty() || type == "n") && in_date_style(cell))
            return date_text(raw);
        if (type != "s")
            return raw;
        std::size_t index = shared_.size();
        try {
            index = std::stoul(raw);
        } catch (const std::exception&) {
        }
        return index < shared_.size() ? shared_[index] : std::string();
    }

    bool in_date_style(const pugi::xml_node& cell) const {
        std::size_t style = cell.attribute("s").as_uint();
        return style < date_styles_.size() && date_styles_[style];
    }

    /// An Excel date serial as ISO 8601; the number itself when it is no date Excel shows.
    std::string date_text(const std::string& serial) const {
        double value = 0;
        try {
            value = std::stod(serial);
        } catch (const std::exception&) {
            return serial;
        }
        // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 (serial 60)
        // that never was, so later serials count from 1899-12-30.
        if (!(value >= (from_1904_ ? 0 : 61) && value < 2958466)) // up to 9999-12-31
            return serial;
        long long days = static_cast<long long>(value);
        return iso_date(from_1904_ ? days - 24107 : days - 25569);
    }
};

} // namespace

Workbook read_workbook(const std::string& bytes, std::string& error) {
    zip_error_t zip_error;
    zip_error_init(&zip_error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
    Zip zip(source ? zip_open_from_source(source, ZIP_RDONLY, &zip_error) : nullptr);
    if (!zip) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&zip_error);
        error = "not an XLSX workbook (not a ZIP package)";
        return {};
    }
    zip_error_fini(&zip_error);
    pugi::xml_document workbook, relationships;
    if (!parse_part(zip.get(), "xl/workbook.xml", workbook) ||
        !parse_part(zip.get(), "xl/_rels/workbook.xml.rels", relationships)) {
        error = "not an XLSX workbook (no readable xl/workbook.xml)";
        return {};
    }
    SheetReader reader;
    if (pugi::xml_document styles; parse_part(zip.get(), "xl/styles.xml", styles))
        reader.dates(
            date_styles(styles),
            workbook.child("workbook").child("workbookPr").attribute("date1904").as_bool());
    if (pugi::xml_document strings;
        parse_part(zip.get(), "xl/sharedStrings.xml", strings) && !reader.shared(strings, error))
        return {};
    Workbook book;
    pugi::xml_document properties;
    if (parse_part(zip.get(), "docProps/app.xml", properties))
        book.company = properties.child("Properties").child("Company").text().get();
    for (const pugi::xml_node& entry :
         workbook.child("workbook").child("sheets").children("sheet")) {
        if (book.sheets.size() == max_sheets) {
            error = "more than 64 sheets";
            return {};
        }
        Sheet sheet{entry.attribute("name").value(), {}};
        pugi::xml_document worksheet;
        std::string part = part_of(relationships, entry.attribute("r:id").value());
        if (part.empty() || !parse_part(zip.get(), part, worksheet)) {
            error = "its sheet `" + sheet.name +
                    "` cannot be read (not XML, or larger than 16 MiB "
                    "unpacked)";
            return {};
        }
        if (!reader.read(worksheet, sheet, error))
            return {};
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

} // namespace privmap::importing
