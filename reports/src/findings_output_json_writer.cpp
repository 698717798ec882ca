#include "findings_output_json_writer.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <privmap/byte_words.h>

namespace privmap::findings_output {
namespace {

/// The buffer goes to the stream once it holds this much: few writes, little memory.
constexpr std::size_t chunk_size = 64 * 1024;

/// Whether `text` is well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms, no
/// surrogates, nothing beyond U+10FFFF.
bool well_formed_utf8(std::string_view text) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        unsigned char lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (lead < 0xC2 || lead > 0xF4)
            return false;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
        else if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
        if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
            return false;
        for (std::size_t k = 2; k < length; ++k)
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
                return false;
        i += length;
    }
    return true;
}

/// The two-letter escape of `c` as nlohmann::json writes it; null when it has none.
const char* short_escape(char c) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

bool needs_escape(char c) {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

/// Printable ASCII (and DEL) but the quote and the backslash: written as it is, and never part
/// of a multi-byte character.
bool plain_ascii(char c) {
    return c >= 0x20 && c != '"' && c != '\\'; // a byte from 0x80 is negative
}

/// How many bytes at the start of `text` are plain_ascii: eight at a time, as a model's strings
/// are long runs of them.
std::size_t plain_ascii_prefix(std::string_view text) {
    namespace words = byte_words;
    std::size_t at = 0;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t word = words::at(text, at);
        if (words::has_non_ascii(word) || words::has_below(word, 0x20) ||
            words::has_byte(word, '"') || words::has_byte(word, '\\'))
            break;
    }
    while (at < text.size() && plain_ascii(text[at]))
        ++at;
    return at;
}

} // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
    next_item();
    string(name);
    buffer_ += ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::text(std::string_view value) {
    next_item();
    string(value);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool flag) {
    next_item();
    buffer_ += flag ? "true" : "false";
    return *this;
}

void JsonWriter::finish() {
    buffer_ += '\n';
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

JsonWriter& JsonWriter::open(char bracket) {
    next_item();
    buffer_ += bracket;
    empty_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    bool empty = empty_.back();
    empty_.pop_back();
    if (!empty)
        newline();
    buffer_ += bracket;
    return *this;
}

/// Separates an item from the one before it and indents it; a value after its key follows on
/// the same line. Between items is where a full buffer goes to the stream.
void JsonWriter::next_item() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty())
        return;
    if (!empty_.back())
        buffer_ += ',';
    empty_.back() = false;
    if (buffer_.size() >= chunk_size) {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }
    newline();
}

void JsonWriter::newline() {
    buffer_ += '\n';
    buffer_.append(2 * empty_.size(), ' ');
}

/// A string as nlohmann::json escapes it (its two-letter escapes, \u00XX for the other control
/// characters, everything else as it is). A model may hold invalid UTF-8 that slipped into a
/// message: nlohmann replaces it, never throws on it.
void JsonWriter::string(std::string_view text) {
    // Nearly every string is plain ASCII: written as it is.
    std::size_t ascii = plain_ascii_prefix(text);
    if (ascii < text.size() && !well_formed_utf8(text.substr(ascii))) {
        buffer_ +=
            nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    buffer_ += '"';
    buffer_.append(text.data(), ascii);
    text.remove_prefix(ascii);
    while (!text.empty()) {
        std::size_t plain = 0;
        while (plain < text.size() && !needs_escape(text[plain]))
            ++plain;
        buffer_.append(text.data(), plain);
        text.remove_prefix(plain);
        if (text.empty())
            break;
        char c = text.front();
        text.remove_prefix(1);
        if (const char* escape = short_escape(c)) {
            buffer_ += escape;
        } else {
            buffer_ += "\\u00";
            buffer_ += hex[c >> 4];
            buffer_ += hex[c & 0xF];
        }
    }
    buffer_ += '"';
}

} // namespace privmap::findings_output
