#include "nesting.h"

#include <vector>

namespace privmap {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/// What ends a number, date or boolean written as a value.
bool ends_scalar(char c) {
    switch (c) {
    case ',':
    case ']':
    case '}':
    case '#':
    case '\r':
    case '\n':
        return true;
    default:
        return false;
    }
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

    void skip_blanks() {
        while (peek() == ' ' || peek() == '\t')
            ++at_;
    }

    void skip_line() {
        at_ = text_.find('\n', at_);
        at_ = at_ == npos ? text_.size() : at_ + 1;
    }

    void skip_space_and_comments() {
        for (;;) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                ++at_;
            else if (c == '#')
                skip_line();
            else
                return;
        }
    }

    /// A basic or literal string, on one line or over several ("""…""", '''…''').
    void skip_string() {
        const char quote = peek();
        const std::string_view triple = quote == '"' ? R"(""")" : "'''";
        const bool multi_line =
            at_ + 2 < text_.size() && text_[at_ + 1] == quote && text_[at_ + 2] == quote;
        at_ += multi_line ? 3 : 1;
        if (!multi_line && skip_plain_string(quote))
            return;
        while (at_ < text_.size()) {
            char c = text_[at_];
            if (c != quote && c != '\\' && c != '\n') {
                ++at_; // most of a string: nothing that could end it
            } else if (c == '\\' && quote == '"') {
                at_ += 2;
            } else if (c == quote && !multi_line) {
                ++at_;
                return;
            } else if (c == quote && text_.substr(at_, 3) == triple) {
                at_ += 3;
                for (int extra = 0; extra < 2 && peek() == quote; ++extra) // """a""""
                    ++at_;
                return;
            } else if (c == '\n' && !multi_line) {
                return;
            } else {
                ++at_;
            }
        }
    }

    /// The rest of a one-line string that holds no escape (most of a model's text), found
    /// with the library's byte searches; false, and nothing skipped, for any other string.
    bool skip_plain_string(char quote) {
        const std::size_t close = text_.find(quote, at_);
        const std::string_view body =
            text_.substr(at_, close == npos ? std::string_view::npos : close - at_);
        if (body.find('\n') != npos || (quote == '"' && body.find('\\') != npos))
            return false;
        at_ = close == npos ? text_.size() : close + 1;
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
            else if (is_bare_key_char(c))
                while (at_ < text_.size() && is_bare_key_char(text_[at_]))
                    ++at_;
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
                while (at_ < text_.size() && !ends_scalar(text_[at_]))
                    ++at_;
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
