// A message pattern formatted without ICU. Most of the findings' messages are words with plain
// `{name}` arguments, and most of the rest choose among such words by a `select` or a `plural`;
// putting the arguments' UTF-8 between the pattern's words gives the bytes ICU's MessageFormat
// gives, without converting every message to UTF-16 and back (`check` formats tens of thousands
// of them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::reports {

class PlainPattern {
public:
    /// The pattern's words and arguments when every argument is a plain `{name}`, a `select` or
    /// a `plural` without an offset, whose messages are such patterns too (ICU's apostrophe
    /// quoting undone); nullopt for a number, date or choice format, an ordinal or a pattern ICU
    /// does not parse, which ICU formats.
    static std::optional<PlainPattern> parse(std::string_view pattern);

    /// Appends the pattern to `out`, with `arguments.text(name)` in place of each text argument
    /// and `arguments.number_text(n)` of `arguments.number(name)` in place of a number, choosing
    /// a plural's message by `arguments.plural_keyword(n)` as ICU does. False, with `out` as it
    /// was, when an argument is missing, a text is not valid UTF-8 or a number has no text or
    /// keyword (each nullopt): ICU formats those its own way.
    template <class Arguments> bool format(std::string& out, const Arguments& arguments) const {
        const std::size_t start = out.size();
        if (format(out, parts_, arguments, std::nullopt))
            return true;
        out.resize(start);
        return false;
    }

private:
    struct Part;
    using Parts = std::vector<Part>;
    /// A message of a select or a plural: chosen by its keyword, or by its explicit value (`=0`).
    struct Case {
        std::string keyword;
        std::optional<double> value;
        Parts message;
    };
    struct Part {
        enum class Kind { words, argument, select, plural, number_sign };
        Kind kind = Kind::words;
        std::string text; // the words, or the argument's name
        std::vector<Case> cases;
    };

    struct Parser; // reads the parts ICU's parser finds (plain_pattern.cpp)

    static bool valid_utf8(std::string_view text);

    /// The case ICU's SelectFormat and PluralFormat choose: the first with the explicit value,
    /// else the first with the keyword, else the first `other`.
    static const Case* chosen(const std::vector<Case>& cases, std::optional<double> value,
                              std::string_view keyword);

    template <class Arguments>
    static bool format(std::string& out, const Parts& parts, const Arguments& arguments,
                       std::optional<long long> plural_number) {
        for (const Part& part : parts) {
            switch (part.kind) {
            case Part::Kind::words:
                out += part.text;
                continue;
            case Part::Kind::number_sign: {
                std::optional<std::string_view> text =
                    plural_number ? arguments.number_text(*plural_number) : std::nullopt;
                if (!text)
                    return false;
                out += *text;
                continue;
            }
            case Part::Kind::argument:
                if (std::optional<std::string_view> text = arguments.text(part.text)) {
                    if (!valid_utf8(*text))
                        return false;
                    out += *text;
                } else if (std::optional<long long> number = arguments.number(part.text)) {
                    std::optional<std::string_view> text = arguments.number_text(*number);
                    if (!text)
                        return false;
                    out += *text;
                } else {
                    return false;
                }
                continue;
            case Part::Kind::select: {
                std::optional<std::string_view> text = arguments.text(part.text);
                if (!text || !valid_utf8(*text))
                    return false;
                const Case* chosen_case = chosen(part.cases, std::nullopt, *text);
                if (!chosen_case || !format(out, chosen_case->message, arguments, std::nullopt))
                    return false;
                continue;
            }
            case Part::Kind::plural: {
                std::optional<long long> number = arguments.number(part.text);
                std::optional<std::string_view> keyword =
                    number ? arguments.plural_keyword(*number) : std::nullopt;
                if (!keyword)
                    return false;
                const Case* chosen_case =
                    chosen(part.cases, static_cast<double>(*number), *keyword);
                if (!chosen_case || !format(out, chosen_case->message, arguments, number))
                    return false;
                continue;
            }
            }
        }
        return true;
    }

    Parts parts_;
};

} // namespace privmap::reports
