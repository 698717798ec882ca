#include "plain_pattern.h"

#include <climits>
#include <cstdint>
#include <privmap/byte_words.h>
#include <unicode/messagepattern.h>
#include <unicode/utf8.h>

namespace privmap::reports {

/// Walks ICU's parts of a pattern as MessageFormat::format walks them: the text between the
/// parts is the words, the parts of apostrophe quoting are left out, an argument is its name,
/// and a select's or a plural's messages are read the same way.
struct PlainPattern::Parser {
    const icu::MessagePattern& parsed;

    std::string text_of(const icu::MessagePattern::Part& part) const {
        std::string text;
        parsed.getSubstring(part).toUTF8String(text);
        return text;
    }

    /// The message whose MSG_START is part `start`, into `parts`; the index of its MSG_LIMIT,
    /// or none when it holds what ICU must format.
    std::optional<int32_t> message(int32_t start, Parts& parts) const {
        const icu::UnicodeString& text = parsed.getPatternString();
        auto add_words = [&](int32_t from, int32_t to) {
            if (to <= from)
                return;
            if (parts.empty() || parts.back().kind != Part::Kind::words)
                parts.emplace_back();
            text.tempSubStringBetween(from, to).toUTF8String(parts.back().text);
        };
        int32_t words_from = parsed.getPart(start).getLimit();
        for (int32_t i = start + 1; i < parsed.countParts(); ++i) {
            const icu::MessagePattern::Part& part = parsed.getPart(i);
            add_words(words_from, part.getIndex());
            words_from = part.getLimit();
            switch (part.getType()) {
            case UMSGPAT_PART_TYPE_MSG_LIMIT:
                return i;
            case UMSGPAT_PART_TYPE_SKIP_SYNTAX: // a quoting apostrophe
            case UMSGPAT_PART_TYPE_INSERT_CHAR: // where ICU would quote a lone one: format adds
                                                // none
                continue;
            case UMSGPAT_PART_TYPE_REPLACE_NUMBER: // a plural's `#`
                parts.push_back({.kind = Part::Kind::number_sign, .text = {}, .cases = {}});
                continue;
            case UMSGPAT_PART_TYPE_ARG_START:
                break;
            default:
                return std::nullopt;
            }
            std::optional<Part> argument_part = argument(i);
            if (!argument_part)
                return std::nullopt;
            parts.push_back(std::move(*argument_part));
            i = parsed.getLimitPartIndex(i);
            words_from = parsed.getPart(i).getLimit();
        }
        return std::nullopt;
    }

    /// The argument whose ARG_START is part `start`: a plain one, a select or a plural without
    /// an offset; none for any other.
    std::optional<Part> argument(int32_t start) const {
        const icu::MessagePattern::Part& name = parsed.getPart(start + 1);
        if (name.getType() != UMSGPAT_PART_TYPE_ARG_NAME)
            return std::nullopt;
        Part argument{.kind = Part::Kind::argument, .text = text_of(name), .cases = {}};
        switch (parsed.getPart(start).getArgType()) {
        case UMSGPAT_ARG_TYPE_NONE:
            return argument;
        case UMSGPAT_ARG_TYPE_SELECT:
            argument.kind = Part::Kind::select;
            break;
        case UMSGPAT_ARG_TYPE_PLURAL:
            argument.kind = Part::Kind::plural;
            break;
        default:
            return std::nullopt;
        }
        const int32_t limit = parsed.getLimitPartIndex(start);
        for (int32_t i = start + 2; i < limit;) {
            const icu::MessagePattern::Part& selector = parsed.getPart(i);
            if (selector.getType() != UMSGPAT_PART_TYPE_ARG_SELECTOR)
                return std::nullopt; // an offset
            Case next{.keyword = text_of(selector), .value = std::nullopt, .message = {}};
            const icu::MessagePattern::Part& value = parsed.getPart(++i);
            if (value.getType() == UMSGPAT_PART_TYPE_ARG_INT ||
                value.getType() == UMSGPAT_PART_TYPE_ARG_DOUBLE) {
                next.value = parsed.getNumericValue(value);
                ++i;
            }
            std::optional<int32_t> end = message(i, next.message);
            if (!end)
                return std::nullopt;
            argument.cases.push_back(std::move(next));
            i = *end + 1;
        }
        return argument;
    }
};

std::optional<PlainPattern> PlainPattern::parse(std::string_view pattern) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                   pattern.data(), static_cast<int32_t>(pattern.size()))),
                               nullptr, status);
    if (U_FAILURE(status) || parsed.countParts() == 0)
        return std::nullopt;
    PlainPattern plain;
    if (!Parser{parsed}.message(0, plain.parts_))
        return std::nullopt;
    return plain;
}

const PlainPattern::Case* PlainPattern::chosen(const std::vector<Case>& cases,
                                               std::optional<double> value,
                                               std::string_view keyword) {
    const Case* by_keyword = nullptr;
    const Case* other = nullptr;
    for (const Case& each : cases) {
        if (each.value) {
            if (value && *each.value == *value)
                return &each;
        } else if (!by_keyword && each.keyword == keyword) {
            by_keyword = &each;
        } else if (!other && each.keyword == "other") {
            other = &each;
        }
    }
    return by_keyword ? by_keyword : other;
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
    auto at = static_cast<int32_t>(byte_words::ascii_prefix(text));
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
