#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <deque>
#include <mutex>
#include <privmap/types.h>
#include <unordered_map>

namespace privmap {

namespace {
/// Every path interned so far; number 0 is the empty path. A deque, so that a path's text
/// stays where it is while others are added.
struct FileNames {
    std::mutex mutex;
    std::deque<std::string> paths{std::string()};
    std::unordered_map<std::string_view, std::uint32_t> numbers{{std::string_view(), 0}};
};

FileNames& file_names() {
    static FileNames names;
    return names;
}

/// Every id interned so far, each text once. An open-addressing table whose slots hold each
/// text's hash, size, address and first 48 bytes, in one cache line: a look-up of an id of up
/// to 48 bytes reads the slot and nothing else. (A node-based map read the bucket, the node
/// before, the node and the text: four cache misses for each of a register's 350,000
/// references to its 12,000 ids; a slot with the text's address alone, two.)
class Symbols {
public:
    const std::string* intern(std::string_view text) {
        const std::size_t hash = std::hash<std::string_view>{}(text);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        std::lock_guard lock(mutex_);
        for (std::size_t at = hash & mask();; at = (at + 1) & mask()) {
            Slot& slot = slots_[at];
            if (!slot.kept)
                return keep(slot, text, tag);
            if (slot.tag == tag && slot.holds(text))
                return slot.kept;
        }
    }

private:
    struct alignas(64) Slot {
        const std::string* kept = nullptr; // nullptr: a free slot
        std::uint32_t size = 0;            // ids and message names are short
        std::uint32_t tag = 0;             // the high half of the text's hash
        std::array<char, 48> head{};       // the kept text's first bytes

        bool holds(std::string_view text) const {
            if (size != text.size())
                return false;
            if (text.size() <= head.size())
                return std::equal(text.begin(), text.end(), head.begin());
            return *kept == text;
        }
    };

    std::size_t mask() const { return slots_.size() - 1; }

    const std::string* keep(Slot& slot, std::string_view text, std::uint32_t tag) {
        const std::string& kept = texts_.emplace_back(text);
        slot = {&kept, static_cast<std::uint32_t>(kept.size()), tag};
        std::copy_n(kept.begin(), std::min(kept.size(), slot.head.size()), slot.head.begin());
        if (++used_ * 8 > slots_.size() * 7)
            grow();
        return &kept;
    }

    /// Twice the slots once seven in eight are used. A fuller table than usual, since a slot is
    /// a cache line: a probe that goes on reads the next line, which the processor has most
    /// likely fetched already, and the 10k model's 12,000 ids fit 16,384 slots (1 MiB).
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& slot : old) {
            if (!slot.kept)
                continue;
            std::size_t at = std::hash<std::string_view>{}(*slot.kept) & mask();
            while (slots_[at].kept)
                at = (at + 1) & mask();
            slots_[at] = slot;
        }
    }

    std::mutex mutex_;
    std::deque<std::string> texts_; // a deque: its strings never move
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t used_ = 0;
};
} // namespace

Symbol::Symbol(std::string_view text) {
    if (text.empty())
        return;
    static Symbols symbols;
    text_ = symbols.intern(text);
}

FileName::FileName(std::string_view path) {
    if (path.empty())
        return;
    FileNames& names = file_names();
    std::lock_guard lock(names.mutex);
    auto found = names.numbers.find(path);
    if (found == names.numbers.end()) {
        const std::string& kept = names.paths.emplace_back(path);
        found =
            names.numbers.emplace(kept, static_cast<std::uint32_t>(names.paths.size() - 1)).first;
    }
    number_ = found->second;
}

const std::string& FileName::path() const {
    FileNames& names = file_names();
    std::lock_guard lock(names.mutex);
    return names.paths[number_];
}

std::strong_ordering operator<=>(FileName a, FileName b) {
    if (a == b)
        return std::strong_ordering::equal;
    return a.path() <=> b.path();
}

std::string Location::str() const {
    if (!known())
        return file.path();
    return file.path() + ":" + std::to_string(line) + ":" + std::to_string(column);
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

namespace {
long whole_months(const Duration& d) {
    return d.years * 12L + d.months;
}
long whole_days(const Duration& d) {
    return d.weeks * 7L + d.days;
}

/// The fewest (`longest` false) or most days that `count` consecutive calendar months can have,
/// whatever month they start in: 28 to 31 a month (29 February counted only in the most), and
/// at most one leap day in every four whole years.
long month_span_days(long count, bool longest) {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long years = count / 12, rest = count % 12;
    long extreme = longest ? 0 : 366;
    for (int start = 0; start < 12; ++start) {
        long span = 0;
        for (long m = 0; m < rest; ++m) {
            long month = (start + m) % 12;
            span += lengths[month] + (longest && month == 1 ? 1 : 0);
        }
        extreme = longest ? std::max(extreme, span) : std::min(extreme, span);
    }
    long leap_days = longest ? (years + 3) / 4 : 0;
    return years * 365 + extreme + leap_days;
}

/// `months` calendar months (positive) against `days` days (positive).
std::partial_ordering months_against_days(long months, long days) {
    if (month_span_days(months, false) > days)
        return std::partial_ordering::greater;
    if (month_span_days(months, true) < days)
        return std::partial_ordering::less;
    return std::partial_ordering::unordered;
}

std::partial_ordering reversed(std::partial_ordering order) {
    return 0 <=> order;
}
} // namespace

std::partial_ordering operator<=>(const Duration& a, const Duration& b) {
    long months = whole_months(a) - whole_months(b);
    long days = whole_days(a) - whole_days(b);
    if (months == 0 || days == 0 || (months > 0) == (days > 0))
        return (months == 0 ? days : months) <=> 0L;
    return months > 0 ? months_against_days(months, -days)
                      : reversed(months_against_days(-months, days));
}

Duration longer_of(const Duration& a, const Duration& b) {
    auto order = a <=> b;
    if (order != std::partial_ordering::unordered)
        return order == std::partial_ordering::less ? b : a;
    // Unordered: one has more months, the other more days. Keep the months and add the days
    // that the fewest days those extra months can have do not already cover.
    const Duration& more_months = whole_months(a) > whole_months(b) ? a : b;
    const Duration& more_days = &more_months == &a ? b : a;
    long uncovered = whole_days(more_days) -
                     month_span_days(whole_months(more_months) - whole_months(more_days), false);
    if (uncovered <= whole_days(more_months))
        return more_months;
    Duration envelope = more_months;
    envelope.weeks = 0;
    envelope.days = static_cast<int>(uncovered);
    return envelope;
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

std::optional<std::string> primary_language(std::string_view tag) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto alphanumeric = [&](char c) { return letter(c) || (c >= '0' && c <= '9'); };
    std::size_t end = std::min(tag.find('-'), tag.size());
    std::string_view language = tag.substr(0, end);
    if (language.size() < 2 || language.size() > 8 ||
        !std::all_of(language.begin(), language.end(), letter))
        return std::nullopt;
    for (std::size_t start = end + 1; start <= tag.size(); start = end + 1) {
        end = std::min(tag.find('-', start), tag.size());
        std::string_view subtag = tag.substr(start, end - start);
        if (subtag.empty() || subtag.size() > 8 ||
            !std::all_of(subtag.begin(), subtag.end(), alphanumeric))
            return std::nullopt;
    }
    std::string lower(language);
    for (char& c : lower)
        c = static_cast<char>(c | 0x20);
    return lower;
}

} // namespace privmap
