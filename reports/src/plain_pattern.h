// A message pattern that only inserts text. Most of the findings' messages are words with plain
// `{name}` arguments; putting the arguments' UTF-8 between the pattern's words gives the bytes
// ICU's MessageFormat gives, without converting every message to UTF-16 and back (`check` formats
// tens of thousands of them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::reports {

class PlainPattern {
public:
    /// The pattern's words and arguments when every argument is a plain `{name}` (ICU's
    /// apostrophe quoting undone); nullopt for a plural, a select, a number format or a pattern
    /// ICU does not parse, which ICU formats.
    static std::optional<PlainPattern> parse(std::string_view pattern);

    /// Appends the pattern with `text_of(name)` in place of each argument to `out`; false, with
    /// `out` as it was, when `text_of` has no text for one (a missing argument or a number) or
    /// its text is not valid UTF-8, which ICU formats its own way.
    template <class TextOf> bool format(std::string& out, TextOf text_of) const {
        const std::size_t start = out.size();
        for (const Part& part : parts_) {
            if (!part.argument) {
                out += part.text;
                continue;
            }
            std::optional<std::string_view> text = text_of(std::string_view(part.text));
            if (!text || !valid_utf8(*text)) {
                out.resize(start);
                return false;
            }
            out += *text;
        }
        return true;
    }

private:
    struct Part {
        std::string text; // the words, or the argument's name
        bool argument = false;
    };

    static bool valid_utf8(std::string_view text);

    std::vector<Part> parts_;
};

} // namespace privmap::reports
