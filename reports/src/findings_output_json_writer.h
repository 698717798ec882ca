// The JSON and SARIF formats' writer: pretty-printed JSON written straight to a stream, byte for
// byte as nlohmann::json's dump(2) prints the same document, without a DOM of tens of thousands
// of findings in memory.
#pragma once

#include <charconv>
#include <concepts>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::findings_output {

/// Items are written in order: `key("rule").text(d.rule)`, `key("notes").begin_array()`. The
/// text is kept in a buffer that goes to the stream a chunk at a time; finish() ends the
/// document (with a newline) and writes what is left.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    /// The key of the next member of the current object.
    JsonWriter& key(std::string_view name);
    JsonWriter& text(std::string_view value);
    template <std::integral Number> JsonWriter& number(Number n) {
        next_item();
        char digits[24];
        auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        buffer_.append(digits, end);
        return *this;
    }
    JsonWriter& boolean(bool flag);

    void finish();

private:
    std::ostream& out_;
    std::string buffer_;
    std::vector<bool> empty_; // per open object or array: whether it has no item yet
    bool after_key_ = false;

    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    void next_item();
    void newline();
    void string(std::string_view text);
};

} // namespace privmap::findings_output
