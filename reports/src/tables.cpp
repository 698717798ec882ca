#include "tables.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <privmap/analyzer.h>
#include <privmap/safe_text.h>
#include <set>
#include <sys/stat.h>
#include <unicode/unistr.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace privmap {
namespace {

namespace fs = std::filesystem;

Diagnostic write_failure(const fs::path& path, std::string_view why) {
    Diagnostic diagnostic;
    diagnostic.rule = Symbol(report_rule::write.id);
    diagnostic.severity = report_rule::write.severity;
    diagnostic.where.file = path.string();
    diagnostic.message = "cannot write `" + path.string() + "`: " + std::string(why);
    diagnostic.help = "check that the output folder exists, is writable and has free space, and "
                      "that the name is not a symbolic link";
    return diagnostic;
}

// ---- atomic files ----

/// A fresh, exclusively created file beside `target`; removed again unless released.
class TempFile {
public:
    explicit TempFile(const fs::path& target) {
        static std::atomic<unsigned> counter{0};
        for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
            path_ = target;
            path_ += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
            fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ < 0 && errno != EEXIST)
                break;
        }
        if (fd_ < 0)
            error_ = std::strerror(errno);
        created_ = fd_ >= 0;
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        close();
        if (created_ && !released_)
            ::unlink(path_.c_str());
    }

    bool ok() const { return created_; }
    const std::string& error() const { return error_; }
    const fs::path& path() const { return path_; }
    int fd() const { return fd_; }

    void close() {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
    }

    /// Moves the temporary file to `target`; on success it is no longer removed. rename() and
    /// link() never follow a link at `target`; one there is refused rather than replaced.
    bool commit(const fs::path& target, Overwrite overwrite) {
        close();
        struct stat status {};
        if (::lstat(target.c_str(), &status) == 0 && S_ISLNK(status.st_mode)) {
            error_ = "it is a symbolic link, and privmap writes nothing through a link";
            return false;
        }
        if (overwrite == Overwrite::never) {
            // link() fails when anything exists at `target`; the temporary name then goes.
            if (::link(path_.c_str(), target.c_str()) != 0) {
                error_ = errno == EEXIST ? "it already exists" : std::strerror(errno);
                return false;
            }
            return true;
        }
        if (::rename(path_.c_str(), target.c_str()) != 0) {
            error_ = std::strerror(errno);
            return false;
        }
        released_ = true;
        return true;
    }

private:
    fs::path path_;
    int fd_ = -1;
    std::string error_;
    bool created_ = false;
    bool released_ = false;
};

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return ::fsync(fd) == 0;
}

// ---- CSV ----

bool could_be_formula(std::string_view cell) {
    return !cell.empty() &&
           std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

void append_csv_field(std::string& out, std::string_view raw, char separator) {
    const std::string cell = document_text(raw);
    std::string field = could_be_formula(cell) ? "'" + cell : cell;
    if (field.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string text_of(const std::string& cell) {
    return cell;
}
/// A date as ISO 8601 (2026-06-15), which every program reads whatever its locale; the
/// report's wording of it ("15 juni 2026") is for people.
std::string text_of(const Cell& cell) {
    return cell.date ? cell.date->str() : cell.text;
}

template <class C>
void append_csv_record(std::string& out, const std::vector<C>& cells, std::size_t width,
                       char separator) {
    for (std::size_t i = 0; i < width; ++i) {
        if (i != 0)
            out += separator;
        if (i < cells.size())
            append_csv_field(out, text_of(cells[i]), separator);
    }
    out += "\r\n";
}

// ---- XLSX ----

/// Excel's limit on the characters in one cell.
constexpr std::int32_t max_cell_chars = 32767;

/// Document text (invalid bytes and controls become U+FFFD), cut to Excel's cell limit.
std::string cell_text(std::string_view raw) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(document_text(raw));
    if (text.length() > max_cell_chars) {
        text.truncate(max_cell_chars - 1);
        text.append(static_cast<UChar32>(0x2026)); // …
    }
    std::string out;
    return text.toUTF8String(out);
}

std::size_t longest_line_chars(std::string_view text) {
    std::size_t longest = 0, current = 0;
    for (unsigned char c : text) {
        if (c == '\n') {
            longest = std::max(longest, current);
            current = 0;
        } else if ((c & 0xC0) != 0x80) {
            ++current;
        }
    }
    return std::max(longest, current);
}

std::vector<double> column_widths(const Table& table) {
    std::vector<double> widths;
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        std::size_t chars = longest_line_chars(table.columns[column]);
        for (const auto& row : table.rows)
            if (column < row.size())
                chars = std::max(chars, row[column].date ? std::size_t{10}
                                                         : longest_line_chars(row[column].text));
        widths.push_back(static_cast<double>(std::clamp<std::size_t>(chars, 8, 60) + 2));
    }
    return widths;
}

/// A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique ignoring case.
std::string sheet_name(lxw_workbook* workbook, const std::string& title, std::size_t number,
                       std::set<std::string>& taken) {
    icu::UnicodeString name = icu::UnicodeString::fromUTF8(title);
    for (char16_t bad : std::u16string_view(u"[]:*?/\\"))
        name.findAndReplace(icu::UnicodeString(bad), icu::UnicodeString(u'_'));
    name.trim();
    if (name.length() > LXW_SHEETNAME_MAX)
        name.truncate(LXW_SHEETNAME_MAX);
    std::string candidate;
    name.toUTF8String(candidate);
    std::string folded;
    icu::UnicodeString(name).foldCase().toUTF8String(folded);
    if (candidate.empty() || taken.count(folded) != 0 || candidate.front() == '\'' ||
        workbook_validate_sheet_name(workbook, candidate.c_str()) != LXW_NO_ERROR) {
        candidate = "Sheet" + std::to_string(number);
        folded = "sheet" + std::to_string(number);
    }
    taken.insert(folded);
    return candidate;
}

struct Formats {
    lxw_format* header;
    lxw_format* body;
    lxw_format* date;  // the reader's short date format (Excel's built-in format 14)
    lxw_format* count; // a whole number
};

Formats add_formats(lxw_workbook* workbook) {
    Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                    workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xD9E2F3);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_num_format_index(formats.date, 14); // "15-6-2026" in Dutch Excel
    format_set_num_format_index(formats.count, 1); // "0"
    for (lxw_format* format : {formats.header, formats.body, formats.date, formats.count}) {
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_align(formats.date, LXW_ALIGN_LEFT);
    format_set_align(formats.count, LXW_ALIGN_LEFT);
    return formats;
}

lxw_error write_header(lxw_worksheet* sheet, const std::vector<std::string>& headings,
                       lxw_format* format) {
    for (std::size_t column = 0; column < headings.size(); ++column)
        if (lxw_error error = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                                                     cell_text(headings[column]).c_str(), format))
            return error;
    return LXW_NO_ERROR;
}

lxw_error write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const Cell& cell,
                     const Formats& formats) {
    if (cell.date) {
        lxw_datetime day{cell.date->year, cell.date->month, cell.date->day, 0, 0, 0};
        return worksheet_write_datetime(sheet, row, column, &day, formats.date);
    }
    if (cell.number)
        return worksheet_write_number(sheet, row, column, *cell.number, formats.count);
    if (cell.text.empty())
        return LXW_NO_ERROR;
    // Model text is a string: write_string never makes a formula, whatever the cell starts with.
    return worksheet_write_string(sheet, row, column, cell_text(cell.text).c_str(), formats.body);
}

lxw_error write_sheet(lxw_worksheet* sheet, const Table& table, const Formats& formats) {
    std::vector<double> widths = column_widths(table);
    for (std::size_t column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             widths[column], formats.body);
    if (lxw_error error = write_header(sheet, table.columns, formats.header))
        return error;
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        for (std::size_t column = 0; column < table.rows[row].size(); ++column)
            if (lxw_error error =
                    write_cell(sheet, static_cast<lxw_row_t>(row + 1),
                               static_cast<lxw_col_t>(column), table.rows[row][column], formats))
                return error;
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.columns.empty())
        return worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                    static_cast<lxw_col_t>(table.columns.size() - 1));
    return LXW_NO_ERROR;
}

std::optional<std::string> too_big(const Table& table) {
    std::size_t columns = table.columns.size();
    for (const auto& row : table.rows)
        columns = std::max(columns, row.size());
    if (table.rows.size() + 1 > LXW_ROW_MAX || columns > LXW_COL_MAX)
        return "table `" + table.title + "` has more rows or columns than a spreadsheet holds";
    return std::nullopt;
}

std::time_t noon_utc(const Date& date) {
    std::tm time{};
    time.tm_year = (date.valid() ? date.year : 2000) - 1900;
    time.tm_mon = (date.valid() ? date.month : 1) - 1;
    time.tm_mday = date.valid() ? date.day : 1;
    time.tm_hour = 12;
    return ::timegm(&time);
}

/// Writes the workbook to `file`; returns the error text, or nothing on success.
/// The document properties of `info`, texts cleaned as cells are.
lxw_error set_properties(lxw_workbook* workbook, const WorkbookInfo& info) {
    std::string title = cell_text(info.title), subject = cell_text(info.subject),
                author = cell_text(info.author), company = cell_text(info.company),
                language = cell_text(info.language);
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    properties.company = company.data();
    properties.created = noon_utc(info.created);
    if (lxw_error error = workbook_set_properties(workbook, &properties))
        return error;
    // Core properties have no language in libxlsxwriter: a custom one says it.
    return language.empty()
               ? LXW_NO_ERROR
               : workbook_set_custom_property_string(workbook, "Language", language.c_str());
}

std::optional<std::string> write_workbook(const std::vector<Table>& tables, const fs::path& file,
                                          const WorkbookInfo& info) {
    lxw_workbook* workbook = workbook_new(file.c_str());
    if (workbook == nullptr)
        return std::string("cannot create the workbook");
    lxw_error error = set_properties(workbook, info);
    Formats formats = add_formats(workbook);
    std::set<std::string> taken;
    for (std::size_t i = 0; i < tables.size() && error == LXW_NO_ERROR; ++i) {
        std::string name = sheet_name(workbook, tables[i].title, i + 1, taken);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        error = sheet ? write_sheet(sheet, tables[i], formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    if (tables.empty())
        workbook_add_worksheet(workbook, nullptr); // a workbook needs one sheet to open
    lxw_error closed = workbook_close(workbook);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return std::string(lxw_strerror(error));
    return std::nullopt;
}

} // namespace

Cell Cell::count(std::size_t n) {
    Cell cell(std::to_string(n));
    cell.number = static_cast<double>(n);
    return cell;
}

Cell Cell::day(const std::optional<Date>& date, std::string text) {
    Cell cell(std::move(text));
    if (date && date->valid())
        cell.date = *date;
    return cell;
}

std::optional<Diagnostic> write_file_atomically(const fs::path& path, std::string_view bytes,
                                                Overwrite overwrite) {
    TempFile temp(path);
    if (!temp.ok())
        return write_failure(path, temp.error());
    if (!write_all(temp.fd(), bytes))
        return write_failure(path, std::strerror(errno));
    if (!temp.commit(path, overwrite))
        return write_failure(path, temp.error());
    return std::nullopt;
}

std::string to_csv(const Table& table, char separator) {
    std::size_t width = table.columns.size();
    for (const auto& row : table.rows)
        width = std::max(width, row.size());
    std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark
    append_csv_record(out, table.columns, width, separator);
    for (const auto& row : table.rows)
        append_csv_record(out, row, width, separator);
    return out;
}

std::optional<Diagnostic> write_csv(const Table& table, const fs::path& path, char separator) {
    return write_file_atomically(path, to_csv(table, separator));
}

std::optional<Diagnostic> write_xlsx(const std::vector<Table>& tables, const fs::path& path,
                                     const WorkbookInfo& info) {
    for (const Table& table : tables)
        if (auto why = too_big(table))
            return write_failure(path, *why);
    TempFile temp(path);
    if (!temp.ok())
        return write_failure(path, temp.error());
    temp.close(); // libxlsxwriter opens the file by name
    if (auto why = write_workbook(tables, temp.path(), info))
        return write_failure(path, *why);
    if (!temp.commit(path, Overwrite::replace))
        return write_failure(path, temp.error());
    return std::nullopt;
}

} // namespace privmap
