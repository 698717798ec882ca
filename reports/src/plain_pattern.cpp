#include "plain_pattern.h"

#include <climits>
#include <cstdint>
#include <privmap/byte_words.h>
#include <unicode/messagepattern.h>
#include <unicode/utf8.h>

namespace privmap::reports {

/// Read with ICU's own parser, and walked as MessageFormat::format walks it: the text between
/// the parts is the words, the parts of apostrophe quoting are left out, an argument is its name.
std::optional<PlainPattern> PlainPattern::parse(std::string_view pattern) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                   pattern.data(), static_cast<int32_t>(pattern.size()))),
                               nullptr, status);
    if (U_FAILURE(status) || parsed.countParts() == 0)
        return std::nullopt;
    const icu::UnicodeString& text = parsed.getPatternString();
    PlainPattern plain;
    auto add_words = [&](int32_t from, int32_t to) {
        if (to <= from)
            return;
        if (plain.parts_.empty() || plain.parts_.back().argument)
            plain.parts_.emplace_back();
        text.tempSubStringBetween(from, to).toUTF8String(plain.parts_.back().text);
    };
    int32_t words_from = parsed.getPart(0).getLimit(); // after MSG_START
    for (int32_t i = 1; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        add_words(words_from, part.getIndex());
        switch (part.getType()) {
        case UMSGPAT_PART_TYPE_MSG_LIMIT:
            return plain;
        case UMSGPAT_PART_TYPE_SKIP_SYNTAX: // a quoting apostrophe
        case UMSGPAT_PART_TYPE_INSERT_CHAR: // where ICU would quote a lone one: format adds none
            words_from = part.getLimit();
            continue;
        case UMSGPAT_PART_TYPE_ARG_START:
            break;
        default: // a `#` of a plural: not plain text
            return std::nullopt;
        }
        const icu::MessagePattern::Part& name = parsed.getPart(i + 1);
        if (part.getArgType() != UMSGPAT_ARG_TYPE_NONE ||
            name.getType() != UMSGPAT_PART_TYPE_ARG_NAME)
            return std::nullopt;
        Part argument{.text = {}, .argument = true};
        parsed.getSubstring(name).toUTF8String(argument.text);
        plain.parts_.push_back(std::move(argument));
        i = parsed.getLimitPartIndex(i);
        words_from = parsed.getPart(i).getLimit();
    }
    return std::nullopt;
}

/// As ICU reads UTF-8: a surrogate, an overlong form or a stray byte is not valid (ICU would
/// put U+FFFD in its place).
bool PlainPattern::valid_utf8(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(INT32_MAX))
        return false;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto length = static_cast<int32_t>(text.size());
    // Nearly every argument is ASCII: passed over eight bytes at a time up to the first byte
    // that is not.
    int32_t at = 0;
    while (at + 8 <= length &&
           !byte_words::has_non_ascii(byte_words::at(text, static_cast<std::size_t>(at))))
        at += 8;
    while (at < length) {
        if (bytes[at] < 0x80) {
            ++at;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(bytes, at, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

} // namespace privmap::reports
