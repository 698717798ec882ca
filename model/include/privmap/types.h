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

/// An id interned for the life of the process: one copy of each distinct text, shared by
/// everything that names it (a register of 10,000 activities writes 350,000 references to
/// 12,000 ids). Eight bytes, read without a look-up, like a `const std::string&`; made only
/// on purpose (the constructors are explicit), since each new text is kept until exit.
class Symbol {
public:
    Symbol() = default; // the empty text
    explicit Symbol(std::string_view text);
    explicit Symbol(const std::string& text) : Symbol(std::string_view(text)) {}
    explicit Symbol(const char* text) : Symbol(std::string_view(text)) {}

    const std::string& str() const { return *text_; }
    operator const std::string&() const { return *text_; }
    operator std::string_view() const { return *text_; }
    /// Without reading the text: only the empty text is not interned.
    bool empty() const { return text_ == &empty_text; }
    std::size_t size() const { return text_->size(); }
    const char* c_str() const { return text_->c_str(); }
    bool starts_with(std::string_view prefix) const { return text_->starts_with(prefix); }

    friend bool operator==(const Symbol& a, const Symbol& b) { return a.text_ == b.text_; }
    friend bool operator==(const Symbol& a, std::string_view b) { return *a.text_ == b; }
    friend std::strong_ordering operator<=>(const Symbol& a, const Symbol& b) {
        return *a.text_ <=> *b.text_;
    }
    friend std::strong_ordering operator<=>(const Symbol& a, std::string_view b) {
        return std::string_view(*a.text_) <=> b;
    }
    friend std::string operator+(const std::string& a, const Symbol& b) { return a + *b.text_; }
    friend std::string operator+(const char* a, const Symbol& b) { return a + *b.text_; }
    friend std::string operator+(const Symbol& a, const char* b) { return *a.text_ + b; }
    friend std::string operator+(const Symbol& a, const std::string& b) { return *a.text_ + b; }

private:
    inline static const std::string empty_text;
    const std::string* text_ = &empty_text;
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
