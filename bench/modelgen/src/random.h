// A small deterministic random source. The standard distributions differ between standard
// libraries, so the generator draws only through this class to give the same model everywhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

namespace privmap::modelgen {

class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}

    /// SplitMix64.
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); n must be positive.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

    /// Uniform in [low, high].
    int between(int low, int high) {
        return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1)));
    }

    bool percent(int chance) { return below(100) < static_cast<std::size_t>(chance); }

    /// A day of `year`, ISO 8601.
    std::string date(int year) {
        int month = between(1, 12);
        int day = between(1, 28); // drawn in a fixed order: argument order is unspecified
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
        return text;
    }

    template <class T> const T& pick(std::span<const T> items) {
        return items[below(items.size())];
    }
    template <class T> const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }

    /// Up to `count` distinct items of `items`, in the order drawn.
    template <class T> std::vector<T> sample(const std::vector<T>& items, std::size_t count) {
        std::vector<T> pool = items;
        std::vector<T> drawn;
        while (drawn.size() < count && !pool.empty()) {
            std::size_t at = below(pool.size());
            drawn.push_back(pool[at]);
            pool[at] = pool.back();
            pool.pop_back();
        }
        return drawn;
    }

private:
    std::uint64_t state_;
};

} // namespace privmap::modelgen
