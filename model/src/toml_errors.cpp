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
        return {{"model.syntax.unquoted-element", {{"word", std::string(word)}}},
                {"model.syntax.write", {{"code", "\"" + std::string(word) + "\""}}}};
    std::string_view key = trimmed(line.substr(0, line.rfind('=', offset)));
    if (is_boolean_key(key))
        return {{"model.syntax.boolean", {{"key", std::string(key)}}},
                {"model.syntax.boolean.help", {{"key", std::string(key)}}}};
    std::string_view value = trimmed(without_comment(line.substr(offset)));
    return {
        {"model.syntax.unquoted", {{"value", std::string(value)}}},
        {"model.syntax.write", {{"code", std::string(key) + " = \"" + std::string(value) + "\""}}}};
}

SyntaxMistake missing_equals(std::string_view line, std::size_t offset) {
    std::string_view key = trimmed(line.substr(0, offset));
    std::string_view value = trimmed(without_comment(line.substr(offset)));
    if (!value.empty() && value.front() == ':') // `name: "x"`, as in YAML or JSON
        value = trimmed(value.substr(1));
    return {{"model.syntax.equals", {}},
            {"model.syntax.write", {{"code", std::string(key) + " = " + std::string(value)}}}};
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
        return {{"model.syntax.comma", {}}, {"model.syntax.comma.help", {}}};
    if (says("expected value"))
        return {{"model.syntax.no-value", {}}, {"model.syntax.no-value.help", {}}};
    if (says("unescaped control characters"))
        return {{"model.syntax.unclosed", {}}, {"model.syntax.unclosed.help", {}}};
    if (says("cannot redefine existing table"))
        return {{"model.syntax.table-twice", {}}, {"model.syntax.table-twice.help", {}}};
    if (says("cannot redefine existing"))
        return {{"model.syntax.key-twice", {}}, {"model.syntax.key-twice.help", {}}};
    if (says("parsing date"))
        return {{"model.syntax.date",
                 {{"error", std::string(description.substr(description.find(':') + 2))}}},
                {"model.syntax.date.help", {}}};
    return {{"model.syntax.invalid", {{"error", std::string(description)}}},
            {"model.syntax.invalid.help", {}}};
}

} // namespace privmap
