// Small value types shared by every stage: source locations, dates and durations.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace privmap {

/// A place in the model's source: a file (relative to the model root, '/'-separated),
/// a 1-based line and column, and the length of the value there (for the caret).
struct Location {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint32_t length = 0;

    bool known() const { return line != 0; }
    std::string str() const; // "file:line:column", or the file alone when the line is unknown
    auto operator<=>(const Location&) const = default;
};

/// A calendar date (TOML local date).
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    bool valid() const { return year != 0; }
    std::string str() const; // ISO 8601: 2026-03-01
    static std::optional<Date> parse(std::string_view iso);
    auto operator<=>(const Date&) const = default;
};

/// An ISO 8601 duration of whole years, months, weeks and days (P7Y, P18M, P30D, P2W).
struct Duration {
    int years = 0;
    int months = 0;
    int weeks = 0;
    int days = 0;

    /// An approximate length in days (a year is 365 days, a month 30) used to compare periods.
    long approx_days() const { return years * 365L + months * 30L + weeks * 7L + days; }
    std::string str() const; // back to ISO 8601
    static std::optional<Duration> parse(std::string_view iso);
};

} // namespace privmap
