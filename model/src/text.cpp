#include "text.h"

#include <algorithm>
#include <array>
#include <privmap/byte_words.h>
#include <privmap/safe_text.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <vector>

namespace privmap::text {

namespace {
/// Eight bytes at a time: most of a model's text is ASCII.
bool is_ascii(std::string_view text) {
    return byte_words::ascii_prefix(text) == text.size();
}
} // namespace

std::string nfc(std::string_view text) {
    // Most text is ASCII, which is always in NFC: skip ICU for it.
    if (is_ascii(text))
        return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return std::string(text);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (normalizer->isNormalized(unicode, status) || U_FAILURE(status))
        return std::string(text);
    status = U_ZERO_ERROR;
    icu::UnicodeString normal = normalizer->normalize(unicode, status);
    if (U_FAILURE(status))
        return std::string(text);
    std::string out;
    normal.toUTF8String(out);
    return out;
}

std::string_view nfc_view(std::string_view text, std::string& storage) {
    if (is_ascii(text))
        return text;
    storage = nfc(text);
    return storage;
}

namespace {
/// The bytes an id may hold: a table, since the loader checks every reference's every byte.
constexpr std::array<bool, 256> id_bytes = [] {
    std::array<bool, 256> bytes{};
    for (char c = 'a'; c <= 'z'; ++c)
        bytes[static_cast<unsigned char>(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        bytes[static_cast<unsigned char>(c)] = true;
    for (char c : {'.', '_', '-'})
        bytes[static_cast<unsigned char>(c)] = true;
    return bytes;
}();
} // namespace

bool is_valid_id(std::string_view id) {
    auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (id.empty() || id.size() > 64 || !lower_or_digit(id.front()))
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return id_bytes[static_cast<unsigned char>(c)]; });
}

std::string quoted_list(std::span<const std::string_view> names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += "`" + std::string(names[i]) + "`";
    }
    return out;
}

namespace {
struct CodePoint {
    char32_t value = 0xFFFD;
    std::size_t length = 1; // bytes
    bool valid = false;     // false: the byte at the start is not valid UTF-8
};

/// The code point that starts at byte `at` of `bytes`.
CodePoint decode(std::string_view bytes, std::size_t at) {
    auto byte = static_cast<unsigned char>(bytes[at]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || at + length > bytes.size())
        return {};
    char32_t code = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        auto next = static_cast<unsigned char>(bytes[at + k]);
        if ((next & 0xC0) != 0x80)
            return {};
        code = (code << 6) | (next & 0x3F);
    }
    constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return {};
    return {code, length, true};
}

bool is_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/// `text` with every invalid byte and every code point `unsafe` accepts replaced by U+FFFD.
template <class Unsafe> std::string replace_unsafe(std::string_view text, Unsafe unsafe) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        CodePoint point = decode(text, at);
        if (point.valid && !unsafe(point.value))
            out.append(text.substr(at, point.length));
        else
            out += "\uFFFD";
        at += point.length;
    }
    return out;
}
} // namespace

namespace {
/// Whether the 8 bytes at `at` are ASCII and none is NUL: read as one word, as most of a model
/// is, instead of byte by byte.
bool ascii_word_without_nul(std::string_view bytes, std::size_t at) {
    const std::uint64_t word = byte_words::at(bytes, at);
    return !byte_words::has_non_ascii(word) && !byte_words::has_below(word, 1);
}
} // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
    for (std::size_t at = 0; at < bytes.size();) {
        if (at + 8 <= bytes.size() && ascii_word_without_nul(bytes, at)) {
            at += 8;
            continue;
        }
        if (auto byte = static_cast<unsigned char>(bytes[at]); byte != 0 && byte < 0x80) {
            ++at; // ASCII, most of a model: nothing to decode
            continue;
        }
        CodePoint point = decode(bytes, at);
        if (!point.valid || point.value == 0)
            return at;
        at += point.length;
    }
    return std::string_view::npos;
}

std::size_t codepoints(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace privmap::text

namespace privmap {

namespace {
/// Printable ASCII and tabs: nearly every message and line of a model, safe as they are. Read
/// eight bytes at a time (`check` passes every message and quoted line through here); a word
/// with a tab or any other byte is looked at byte by byte.
bool printable_ascii(std::string_view text) {
    auto printable = [](char c) { return (c >= 0x20 && c < 0x7F) || c == '\t'; };
    std::size_t at = 0;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t word = byte_words::at(text, at);
        if (byte_words::has_non_ascii(word) || byte_words::has_below(word, 0x20) ||
            byte_words::has_byte(word, 0x7F)) {
            if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                             text.begin() + static_cast<std::ptrdiff_t>(at + 8), printable))
                return false;
        }
    }
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at), text.end(), printable);
}
} // namespace

void append_terminal_text(std::string& out, std::string_view text) {
    if (printable_ascii(text)) {
        out += text;
        return;
    }
    out += text::replace_unsafe(text, [](char32_t c) {
        return (text::is_control(c) && c != '\t') || text::is_bidi_control(c);
    });
}

std::string terminal_text(std::string_view text) {
    std::string out;
    append_terminal_text(out, text);
    return out;
}

std::string document_text(std::string_view text) {
    return text::replace_unsafe(text, [](char32_t c) {
        return (text::is_control(c) && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE ||
               c == 0xFFFF;
    });
}

} // namespace privmap
