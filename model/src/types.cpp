#include <charconv>
#include <cstdio>
#include <privmap/types.h>

namespace privmap {

std::string Location::str() const {
    if (!known())
        return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Date::str() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

namespace {
bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool read_number(std::string_view text, int& out) {
    if (text.empty())
        return false;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc{} && end == text.data() + text.size();
}
} // namespace

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    Date date;
    if (!read_number(iso.substr(0, 4), date.year) || !read_number(iso.substr(5, 2), date.month) ||
        !read_number(iso.substr(8, 2), date.day))
        return std::nullopt;
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > days_in_month(date.year, date.month))
        return std::nullopt;
    return date;
}

std::string Duration::str() const {
    std::string out = "P";
    if (years)
        out += std::to_string(years) + "Y";
    if (months)
        out += std::to_string(months) + "M";
    if (weeks)
        out += std::to_string(weeks) + "W";
    if (days || out == "P")
        out += std::to_string(days) + "D";
    return out;
}

// Accepts the date part of ISO 8601 durations: P[nY][nM][nW][nD], units in that order, at least
// one.
std::optional<Duration> Duration::parse(std::string_view iso) {
    if (iso.size() < 3 || iso.front() != 'P')
        return std::nullopt;
    Duration duration;
    std::string_view rest = iso.substr(1);
    constexpr std::string_view units = "YMWD";
    std::size_t next_unit = 0;
    while (!rest.empty()) {
        std::size_t digits = 0;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
            ++digits;
        if (digits == 0 || digits > 6 || digits == rest.size())
            return std::nullopt;
        std::size_t unit = units.find(rest[digits], next_unit);
        if (unit == std::string_view::npos)
            return std::nullopt;
        int value = 0;
        read_number(rest.substr(0, digits), value);
        int* fields[] = {&duration.years, &duration.months, &duration.weeks, &duration.days};
        *fields[unit] = value;
        next_unit = unit + 1;
        rest.remove_prefix(digits + 1);
    }
    return duration;
}

} // namespace privmap
