// Small value types shared by every stage: source locations, dates and durations.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace privmap {

/// The path of a source file, interned: a number that every location in the file shares,
/// looked up as text only when a location is printed or ordered. Equal paths have equal
/// numbers. The paths a process names are few (the model's files, its outputs), so they are
/// kept until it exits; diagnostics may outlive the model they point into.
class FileName {
public:
    FileName() = default; // no file: the empty path
    FileName(std::string_view path);
    FileName(const std::string& path) : FileName(std::string_view(path)) {}
    FileName(const char* path) : FileName(std::string_view(path)) {}

    const std::string& path() const;
    bool empty() const { return number_ == 0; }

    friend bool operator==(FileName a, FileName b) { return a.number_ == b.number_; }
    /// In the order of the paths' text, as the diagnostics are sorted.
    friend std::strong_ordering operator<=>(FileName a, FileName b);

private:
    std::uint32_t number_ = 0;
};

/// A place in the model's source: a file (relative to the model root, '/'-separated),
/// a 1-based line and column, and the length of the value there (for the caret). Sixteen
/// bytes, copied freely: the model holds one for every value and reference it reads.
struct Location {
    FileName file;
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

    std::string str() const; // back to ISO 8601
    static std::optional<Duration> parse(std::string_view iso);
};

/// Durations compare as calendar periods: years and months exactly (P84M == P7Y, P12M == P1Y),
/// weeks and days exactly, and months against days only where every calendar gives the same
/// answer (P2M > P31D; P1M and P30D are unordered, since a month has 28 to 31 days).
std::partial_ordering operator<=>(const Duration&, const Duration&);
inline bool operator==(const Duration& a, const Duration& b) {
    return (a <=> b) == 0;
}

/// A duration at least as long as both in every calendar: the longer one, or, when the
/// calendar cannot tell, the one with more months plus the days it may fall short (P1M, P30D:
/// P1M2D).
Duration longer_of(const Duration&, const Duration&);

/// The primary language of a BCP 47 language tag, in lower case ("nl" for "nl-NL", "en" for
/// "EN"), or nullopt when `tag` is not a language tag: 2 to 8 letters, then subtags of 1 to 8
/// letters or digits, each after a `-`. Such a tag can never name a path.
std::optional<std::string> primary_language(std::string_view tag);

} // namespace privmap
