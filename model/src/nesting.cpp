#include "nesting.h"

#include <array>
#include <cstdint>
#include <privmap/byte_words.h>
#include <vector>

namespace privmap {
namespace {

constexpr std::size_t npos = std::string_view::npos;

/// What a byte is to the scan: the bits of its entry in `byte_classes`.
enum ByteClass : std::uint8_t {
    bare_key = 1, // a letter, digit, `_` or `-`
    scalar = 2,   // a byte of a number, date or boolean written as a value: not , ] } # \r \n
    blank = 4,    // a space or tab
    line_end = 8, // \r or \n
};

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
    std::array<std::uint8_t, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '_' || c == '-')
            classes[c] |= bare_key;
        if (std::string_view(",]}#\r\n").find(static_cast<char>(c)) == npos)
            classes[c] |= scalar;
        if (c == ' ' || c == '\t')
            classes[c] |= blank;
        if (c == '\r' || c == '\n')
            classes[c] |= line_end;
    }
    return classes;
}();

bool is(char c, std::uint8_t classes) {
    return (byte_classes[static_cast<unsigned char>(c)] & classes) != 0;
}

/// The offset of the first `a`, `b` or `c` in `text` from `from`, or its size: eight bytes at a
/// time, since a string's body (most of a model's text) is passed over in one search.
std::size_t first_of(std::string_view text, std::size_t from, char a, char b, char c) {
    if constexpr (byte_words::first_byte_lowest) {
        for (; from + 8 <= text.size(); from += 8) {
            const std::uint64_t word = byte_words::at(text, from);
            const std::uint64_t marks =
                (byte_words::unmasked_marks_of(word, a) | byte_words::unmasked_marks_of(word, b) |
                 byte_words::unmasked_marks_of(word, c)) &
                byte_words::high_bits;
            if (marks != 0)
                return from + byte_words::first_marked(marks);
        }
    }
    for (; from < text.size(); ++from)
        if (text[from] == a || text[from] == b || text[from] == c)
            return from;
    return text.size();
}

class NestingScan {
public:
    NestingScan(std::string_view text, std::size_t limit) : text_(text), limit_(limit) {}

    std::size_t run() {
        while (at_ < text_.size() && found_ == npos)
            statement();
        return found_;
    }

private:
    /// An open array (its elements' depth) or inline table (the depth of its keys' table).
    struct Open {
        char close;
        std::size_t depth;
    };

    std::string_view text_;
    std::size_t limit_;
    std::size_t at_ = 0;
    std::size_t table_depth_ = 0; // of the table the last header opened
    std::size_t found_ = npos;
    /// The arrays and inline tables open in the value being read; kept between values, so
    /// that the file's thousands of array values do not each allocate a stack of their own.
    std::vector<Open> open_;

    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

    void skip_while(std::uint8_t classes) {
        const char* const end = text_.data() + text_.size();
        const char* at = text_.data() + at_;
        while (at != end && is(*at, classes))
            ++at;
        at_ = static_cast<std::size_t>(at - text_.data());
    }

    void skip_blanks() { skip_while(blank); }

    void skip_line() {
        if (peek() == '\n') { // where most values end
            ++at_;
            return;
        }
        at_ = text_.find('\n', at_);
        at_ = at_ == npos ? text_.size() : at_ + 1;
    }

    void skip_space_and_comments() {
        for (;;) {
            skip_while(blank | line_end);
            if (peek() != '#')
                return;
            skip_line();
        }
    }

    /// A basic or literal string, on one line or over several ("""…""", '''…'''), passed from
    /// one byte that could end it to the next.
    void skip_string() {
        const char quote = peek();
        const bool multi_line =
            at_ + 2 < text_.size() && text_[at_ + 1] == quote && text_[at_ + 2] == quote;
        at_ += multi_line ? 3 : 1;
        for (;;) {
            at_ = first_of(text_, at_, quote, '\\', '\n');
            if (at_ == text_.size())
                return;
            const char c = text_[at_];
            if (c == quote && !multi_line) { // most strings: one line, no escape
                ++at_;
                return;
            }
            if (c == '\\') {
                at_ += quote == '"' ? 2 : 1; // a literal string has no escapes
            } else if (c == '\n' && !multi_line) {
                return;
            } else if (c == quote && ends_multi_line(quote)) {
                return;
            } else {
                ++at_;
            }
        }
    }

    /// At a quote in a multi-line string: whether three close it (and are passed, with up to
    /// two more quotes that belong to the string: """a"""").
    bool ends_multi_line(char quote) {
        if (text_.substr(at_, 3) != (quote == '"' ? R"(""")" : "'''"))
            return false;
        at_ += 3;
        for (int extra = 0; extra < 2 && peek() == quote; ++extra)
            ++at_;
        return true;
    }

    bool beyond_limit(std::size_t depth, std::size_t where) {
        if (depth <= limit_)
            return false;
        found_ = where;
        return true;
    }

    /// A bare, quoted or dotted key: how many parts it has.
    std::size_t key() {
        std::size_t parts = 1;
        for (;;) {
            skip_blanks();
            char c = peek();
            if (c == '"' || c == '\'')
                skip_string();
            else if (c == '.')
                ++parts, ++at_;
            else if (is(c, bare_key))
                skip_while(bare_key);
            else
                return parts;
        }
    }

    /// One line of the top level: a table header, a key/value pair, or nothing.
    void statement() {
        skip_space_and_comments();
        if (at_ >= text_.size())
            return;
        if (peek() == '[')
            header();
        else
            pair();
        skip_line();
    }

    /// `[a.b]` opens a table at depth 2; `[[a.b]]` an element of an array at depth 2.
    void header() {
        const std::size_t start = at_++;
        const bool array = peek() == '[';
        if (array)
            ++at_;
        table_depth_ = key() + (array ? 1 : 0);
        beyond_limit(table_depth_, start);
    }

    /// `key = value` in the table of the last header, or at the top.
    void pair() {
        const std::size_t start = at_;
        const std::size_t depth = table_depth_ + key();
        if (!beyond_limit(depth, start) && opens_value())
            value(depth);
    }

    /// After a key: whether `=` follows (and is passed).
    bool opens_value() {
        skip_blanks();
        if (peek() != '=')
            return false;
        ++at_;
        return true;
    }

    /// A key inside an inline table whose keys' table is at `table_depth`: the depth of its
    /// value, or npos when the key is too deep or is not followed by `=`.
    std::size_t inline_key(std::size_t table_depth) {
        skip_space_and_comments();
        const std::size_t start = at_;
        const std::size_t depth = table_depth + key();
        return beyond_limit(depth, start) || !opens_value() ? npos : depth;
    }

    /// The value of a key at `depth`: arrays and inline tables inside it are followed with a
    /// stack of their own, never by recursion.
    void value(std::size_t depth) {
        open_.clear();
        for (;;) {
            skip_space_and_comments();
            const char c = peek();
            if (c == '[' || c == '{') {
                const std::size_t where = at_++;
                if (c == '[') {
                    if (beyond_limit(depth + 1, where))
                        return;
                    open_.push_back({']', depth + 1});
                    depth += 1;
                    skip_space_and_comments();
                    if (peek() != ']')
                        continue;
                } else {
                    open_.push_back({'}', depth});
                    skip_blanks();
                    if (peek() != '}') {
                        depth = inline_key(depth);
                        if (depth == npos)
                            return;
                        continue;
                    }
                }
            } else if (c == '"' || c == '\'') {
                skip_string();
            } else {
                skip_while(scalar);
            }
            // The value ended: close the brackets that end with it, find the next value.
            for (;;) {
                if (open_.empty())
                    return;
                skip_space_and_comments();
                const Open top = open_.back();
                if (peek() == top.close) {
                    ++at_;
                    open_.pop_back();
                    continue;
                }
                if (peek() != ',')
                    return; // not TOML: toml++ says what is wrong
                ++at_;
                if (top.close == ']') {
                    skip_space_and_comments();
                    if (peek() == ']')
                        continue; // a trailing comma
                    depth = top.depth;
                } else {
                    depth = inline_key(top.depth);
                    if (depth == npos)
                        return;
                }
                break;
            }
        }
    }
};

} // namespace

std::size_t first_nesting_beyond(std::string_view toml, std::size_t limit) {
    return NestingScan(toml, limit).run();
}

} // namespace privmap
