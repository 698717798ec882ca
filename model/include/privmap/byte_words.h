// Text read eight bytes at a time, as one 64-bit word: most of a model, and of what privmap
// writes, is long runs of plain ASCII, which a word-sized test passes over at once. Each test
// answers whether *some* byte of the word is such a byte; the scan then looks at the bytes one
// by one where the answer is yes.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace privmap::byte_words {

inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t high_bits = 0x8080808080808080ull;

/// The eight bytes of `bytes` from `at` (which must have eight left).
inline std::uint64_t at(std::string_view bytes, std::size_t at) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + at, sizeof word);
    return word;
}

/// Whether a byte of `word` is not ASCII (has its high bit set).
inline bool has_non_ascii(std::uint64_t word) {
    return (word & high_bits) != 0;
}

/// How many bytes `text` starts with that are ASCII: a word at a time, then byte by byte.
inline std::size_t ascii_prefix(std::string_view text) {
    std::size_t at = 0;
    while (at + 8 <= text.size() && !has_non_ascii(byte_words::at(text, at)))
        at += 8;
    while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80)
        ++at;
    return at;
}

/// Whether a byte of `word` is below `n` (at most 0x80), for a word of ASCII bytes: exact as a
/// yes or no, since a borrow only starts at a byte below `n`.
inline bool has_below(std::uint64_t word, unsigned char n) {
    return ((word - ones * n) & ~word & high_bits) != 0;
}

/// Whether a byte of `word` is `byte`, for a word of ASCII bytes.
inline bool has_byte(std::uint64_t word, char byte) {
    return has_below(word ^ (ones * static_cast<unsigned char>(byte)), 1);
}

/// The bytes of `word` that are `byte`, each marked by its high bit once masked with
/// `high_bits` (left to the caller, so that the marks of several bytes are masked once), for a
/// word of any bytes. Only the first (lowest) mark is sure to be such a byte: a borrow runs on
/// from a match into the bytes after it, which first_marked() never looks at.
inline std::uint64_t unmasked_marks_of(std::uint64_t word, char byte) {
    const std::uint64_t x = word ^ (ones * static_cast<unsigned char>(byte));
    return (x - ones) & ~x;
}

/// The offset in the word of its first marked byte (`marks` not 0).
inline std::size_t first_marked(std::uint64_t marks) {
    return static_cast<std::size_t>(std::countr_zero(marks)) / 8;
}

/// Whether words are read with their first byte lowest, as unmasked_marks_of() and
/// first_marked() assume; elsewhere their callers read byte by byte.
inline constexpr bool first_byte_lowest = std::endian::native == std::endian::little;

} // namespace privmap::byte_words
