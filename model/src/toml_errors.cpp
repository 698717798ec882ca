#include "toml_errors.h"

#include <algorithm>
#include <privmap/schema.h>

namespace privmap {
namespace {

std::string_view trimmed(std::string_view text) {
    std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    std::size_t last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

/// The line without its comment (a `#` outside quotes is rare in the lines that fail).
std::string_view without_comment(std::string_view line) {
    return line.substr(0, std::min(line.find('#'), line.size()));
}

std::string code(std::string_view text) {
    return "`" + std::string(text) + "`";
}

bool is_word_char(char c) {
    return c != ',' && c != ']' && c != '[' && c != '=' && c != ' ' && c != '\t' && c != '#' &&
           c != '\r';
}

/// Where the bare word around `offset` begins: toml++ may point into it (`no` fails at `o`,
/// where `nan` was expected).
std::size_t word_start(std::string_view line, std::size_t offset) {
    while (offset > 0 && is_word_char(line[offset - 1]))
        --offset;
    return offset;
}

/// The unquoted word at `offset`: `contact` in `categories = [contact]`.
std::string_view word_at(std::string_view line, std::size_t offset) {
    std::size_t end = offset;
    while (end < line.size() && is_word_char(line[end]))
        ++end;
    return line.substr(offset, end - offset);
}

bool inside_list(std::string_view line, std::size_t offset) {
    std::string_view before = trimmed(line.substr(0, offset));
    return !before.empty() && (before.back() == '[' || before.back() == ',');
}

/// Whether a key of that name is a boolean in some table of the model language.
bool is_boolean_key(std::string_view key) {
    for (const TableSchema& table : model_schema())
        for (const KeySchema& known : table.keys)
            if (known.name == key && known.type == ValueType::boolean)
                return true;
    return false;
}

SyntaxMistake unquoted_value(std::string_view line, std::size_t offset) {
    offset = word_start(line, offset);
    std::string_view word = word_at(line, offset);
    if (inside_list(line, offset))
        return {"text in a list needs double quotes: " + code(word) + " is not a TOML value",
                "write " + code("\"" + std::string(word) + "\"")};
    std::string_view key = trimmed(line.substr(0, line.rfind('=', offset)));
    if (is_boolean_key(key))
        return {code(key) + " is a yes/no answer: write it as `true` or `false`",
                "write " + code(std::string(key) + " = true") + " or " +
                    code(std::string(key) + " = false") + " (without quotes)"};
    std::string_view value = trimmed(without_comment(line.substr(offset)));
    return {"text needs double quotes: " + code(value) + " is not a TOML value",
            "write " + code(std::string(key) + " = \"" + std::string(value) + "\"")};
}

SyntaxMistake missing_equals(std::string_view line, std::size_t offset) {
    std::string_view key = trimmed(line.substr(0, offset));
    std::string_view value = trimmed(without_comment(line.substr(offset)));
    if (!value.empty() && value.front() == ':') // `name: "x"`, as in YAML or JSON
        value = trimmed(value.substr(1));
    return {"a key and its value need `=` between them",
            "write " + code(std::string(key) + " = " + std::string(value))};
}

} // namespace

SyntaxMistake explain_toml_error(std::string_view description, std::string_view line,
                                 std::uint32_t column) {
    auto says = [&](std::string_view part) {
        return description.find(part) != std::string_view::npos;
    };
    const std::size_t offset = std::min<std::size_t>(column > 0 ? column - 1 : 0, line.size());
    // A bare word: toml++ guesses a type from its first letter (`no` might be `nan`, `True`
    // might be `true`) and fails.
    const bool bare_word = says("could not determine value type") || says("expected 'nan'") ||
                           says("expected 'inf'") || says("parsing boolean") ||
                           says("value-terminator");
    if (bare_word && offset < line.size())
        return unquoted_value(line, offset);
    if (says("expected '='"))
        return missing_equals(line, offset);
    if (says("expected comma or closing ']'"))
        return {"the elements of a list are separated by commas",
                "write the list as `[\"a\", \"b\"]`"};
    if (says("expected value"))
        return {"the key has no value after `=`", "write the value after `=`, e.g. `id = \"a\"`"};
    if (says("unescaped control characters"))
        return {"the text has no closing `\"` on this line",
                "end the text with `\"` on the same line (text over several lines is written "
                "between `\"\"\"` and `\"\"\"`)"};
    if (says("cannot redefine existing table"))
        return {"this table is declared a second time",
                "write `[[...]]` (two brackets) before each of several entities of a kind, such "
                "as `[[activity]]`, or merge the two tables"};
    if (says("cannot redefine existing"))
        return {"this key is set a second time in the same table", "remove one of the two"};
    if (says("parsing date"))
        return {"invalid TOML date: " + std::string(description.substr(description.find(':') + 2)),
                "write a date as YYYY-MM-DD, e.g. 2027-01-31 (without quotes)"};
    return {"invalid TOML: " + std::string(description), "correct the TOML at this position"};
}

} // namespace privmap
