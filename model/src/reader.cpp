#include "reader.h"

#include "problems.h"
#include "rules/rules.h"
#include "text.h"

#include <algorithm>
#include <privmap/standard_vocabulary.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace privmap {

Location SourceText::locate(const toml::source_region& region) const {
    Location location{file_.name, region.begin.line, region.begin.column, 1};
    if (region.end.line == region.begin.line && region.end.column > region.begin.column) {
        location.length = region.end.column - region.begin.column;
    } else if (std::string_view line = file_.line(region.begin.line); !line.empty()) {
        // A value over several lines: underline the rest of its first line.
        std::size_t width = text::codepoints(line);
        if (width >= region.begin.column)
            location.length = static_cast<std::uint32_t>(width - region.begin.column + 1);
    }
    return location;
}

bool is_country_code(std::string_view code) {
    auto codes = country_codes();
    return std::binary_search(codes.begin(), codes.end(), code);
}

namespace {
bool is_language_code(std::string_view code) {
    auto codes = language_codes();
    return std::binary_search(codes.begin(), codes.end(), code);
}

/// A BCP 47 tag whose language is an ISO 639-1 code, in either case: `nl`, `EN`, `en-GB`.
bool is_language_tag(std::string_view tag) {
    std::optional<std::string> language = primary_language(tag);
    return language && is_language_code(*language);
}

/// The ISO 639-1 code of a language written by its English name ("Dutch" -> "nl").
std::string likely_language(std::string_view written) {
    for (const std::string& code : language_codes()) {
        icu::UnicodeString name;
        icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
        std::string english;
        name.toUTF8String(english);
        if (english.size() == written.size() &&
            std::equal(english.begin(), english.end(), written.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            }))
            return code;
    }
    return "";
}
} // namespace

std::string likely_country(std::string_view written) {
    std::string upper;
    for (char c : written)
        upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    // The codes people write that ISO 3166-1 gives to no country, or to another one: the
    // United Kingdom's domain and the EU's code for Greece.
    if (upper == "UK")
        return "GB";
    if (upper == "EL")
        return "GR";
    if (is_country_code(upper))
        return upper; // "nl"
    for (const char* const* country = icu::Locale::getISOCountries(); *country; ++country) {
        icu::Locale locale("", *country);
        icu::UnicodeString name;
        locale.getDisplayCountry(icu::Locale::getEnglish(), name);
        std::string english;
        name.toUpper(icu::Locale::getEnglish()).toUTF8String(english);
        if (upper == locale.getISO3Country() || upper == english) // "USA", "NETHERLANDS"
            return *country;
    }
    return "";
}

namespace {
/// What a TOML value is ("a string", "an array"), for "must be …, not …" (model.found).
Message found(const toml::node& node) {
    std::string_view type = "nothing";
    switch (node.type()) {
    case toml::node_type::string:
        type = "string";
        break;
    case toml::node_type::integer:
        type = "integer";
        break;
    case toml::node_type::floating_point:
        type = "floating_point";
        break;
    case toml::node_type::boolean:
        type = "boolean";
        break;
    case toml::node_type::date:
        type = "date";
        break;
    case toml::node_type::time:
        type = "time";
        break;
    case toml::node_type::date_time:
        type = "date_time";
        break;
    case toml::node_type::array:
        type = "array";
        break;
    case toml::node_type::table:
        type = "table";
        break;
    default:
        break;
    }
    return {"model.found", {{"type", std::string(type)}}};
}

/// The values a key takes, in backticks: "`a`, `b`, `c`" (the words around them are the
/// catalogue's).
std::string listed(std::span<const std::string_view> values) {
    std::string out;
    for (std::string_view value : values)
        out += (out.empty() ? "" : ", ") + code(value);
    return out;
}

/// What the schema expects of `key` (model.expected): "a whole number of 0 or more".
Message expected(const KeySchema& key) {
    std::string type(to_string(key.type)); // "id list": a select keyword is one word
    std::replace(type.begin(), type.end(), ' ', '_');
    if (key.type == ValueType::country && !key.values.empty())
        type = "country_or";
    return {"model.expected", {{"type", type}, {"values", listed(key.values)}}};
}

/// "; did you mean `x`?" as a sentence part, or none without a guess.
std::vector<Message> did_you_mean(std::string_view guess) {
    if (guess.empty())
        return {};
    return {Message{"model.did-you-mean", {{"guess", std::string(guess)}}}};
}

/// "write `key = "guess"`".
Message write_as(std::string_view key, std::string_view guess) {
    return {"model.type.write", {{"text", std::string(key) + " = \"" + std::string(guess) + "\""}}};
}

/// Where the reader learns what a key takes: the model language's reference (its English
/// one-line doc is not repeated in a help line that must speak the reader's language).
Message see_reference(std::string_view key) {
    return {"model.type.help", {{"key", std::string(key)}}};
}

bool is_keyword(std::string_view value, const KeySchema& key) {
    return std::find(key.values.begin(), key.values.end(), value) != key.values.end();
}

std::string suggested_id(std::string_view id) {
    std::string out;
    for (char c : id) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                 c == '-')
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && !((out.front() >= 'a' && out.front() <= 'z') ||
                             (out.front() >= '0' && out.front() <= '9')))
        out.erase(out.begin());
    return out.substr(0, 64);
}

/// What a value of `key` looks like, for a help line.
std::string sample_value(const KeySchema& key) {
    switch (key.type) {
    case ValueType::integer:
        return "1";
    case ValueType::boolean:
        return "true";
    case ValueType::date:
        return "2027-01-01";
    case ValueType::duration:
    case ValueType::period:
        return "\"P1Y\"";
    case ValueType::country:
        return "\"NL\"";
    case ValueType::language:
        return "\"en\"";
    case ValueType::country_list:
        return "[\"NL\"]";
    case ValueType::id_list:
        return "[\"...\"]";
    case ValueType::enumeration:
        return "\"" + std::string(key.values.front()) + "\"";
    case ValueType::enum_list:
        return "[\"" + std::string(key.values.front()) + "\"]";
    case ValueType::table:
    case ValueType::retention:
    case ValueType::text_or_table:
        return "{ ... }";
    case ValueType::table_array:
        return "[{ ... }]";
    default:
        return "\"...\"";
    }
}

/// `system:crm` -> the kind and the id; nullopt for a bare id or an unknown kind.
std::optional<std::pair<EntityKind, std::string_view>> qualified(std::string_view value) {
    std::size_t colon = value.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    auto kind = from_name<EntityKind>(value.substr(0, colon));
    std::string_view id = value.substr(colon + 1);
    if (!kind || !text::is_valid_id(id))
        return std::nullopt;
    return std::pair{*kind, id};
}

Ref make_ref(std::string_view value, Location where) {
    if (auto kind_and_id = qualified(value))
        return {kind_and_id->second, where, kind_and_id->first};
    return {value, where};
}

/// Whether `text` passes as a value of `key` as it is written. Everything this accepts is
/// ASCII and so already in NFC: most values of a model are checked without normalising a copy
/// of them; what it does not accept is checked in full.
bool accepted_as_written(std::string_view text, const KeySchema& key) {
    switch (key.type) {
    case ValueType::string:
        return true;
    case ValueType::id:
    case ValueType::id_list:
        return text::is_valid_id(text) || is_keyword(text, key);
    case ValueType::enumeration:
    case ValueType::enum_list:
        return is_keyword(text, key);
    case ValueType::country:
    case ValueType::country_list:
        return is_country_code(text) || is_keyword(text, key);
    default:
        return false;
    }
}

std::vector<std::string_view> key_names(const TableSchema& schema) {
    std::vector<std::string_view> names;
    for (const KeySchema& key : schema.keys)
        names.push_back(key.name);
    return names;
}
} // namespace

TableReader::TableReader(const toml::table& table, const TableSchema& schema, Naming naming,
                         std::string_view entity, const SourceText& source,
                         Diagnostics& diagnostics)
    : table_(table), schema_(schema), what_(std::move(naming)), entity_(entity), source_(source),
      diagnostics_(diagnostics) {
    entries_.reserve(table.size());
    // A misspelt required key is one mistake: its "did you mean" says it all, so the key it
    // meant is not also reported missing.
    for (const auto& [key, node] : table) {
        Entry entry{key.str(), &node};
        if (const KeySchema* known = schema.find(key.str())) {
            entry.schema = known;
            entry.valid = check_value(key.str(), node, *known);
        } else {
            std::vector<std::string_view> names = key_names(schema);
            std::string_view guess = likely_meant(key.str(), names);
            if (!guess.empty() && !table.contains(guess) && meant_.emplace(guess, key.str()).second)
                // Read on as the key it most likely is, as a compiler recovers from a typo, so
                // that one misspelling does not cascade (an unread [[activty]] would leave
                // every reference to its activities dangling).
                entry.valid = check_value(guess, node, *schema.find(guess));
            Message::Args args{{"key", std::string(key.str())}, {"guess", did_you_mean(guess)}};
            if (schema.name != "document")
                args.emplace_back("owner", std::vector{what()});
            report(model_rule::unknown_key, source_.locate(key.source()),
                   {schema.name == "document" ? "model.unknown-key.document" : "model.unknown-key",
                    std::move(args)},
                   guess.empty()
                       ? Message{"model.unknown-key.help",
                                 {{"table", std::string(schema.toml)}, {"keys", listed(names)}}}
                       : Message{"model.unknown-key.help.guess", {{"guess", std::string(guess)}}});
        }
        entries_.push_back(entry);
    }
    for (const KeySchema& key : schema.keys)
        if (key.required && !written(key) && !meant_.contains(key.name))
            report(
                model_rule::missing, where(),
                {"model.missing", {{"owner", std::vector{what()}}, {"key", std::string(key.name)}}},
                {"model.missing.help",
                 {{"key", std::string(key.name)}, {"sample", sample_value(key)}}});
}

bool TableReader::written(const KeySchema& key) const {
    return std::any_of(entries_.begin(), entries_.end(),
                       [&key](const Entry& entry) { return entry.schema == &key; });
}

const TableReader::Entry* TableReader::entry(std::string_view key) const {
    if (!meant_.empty())
        if (auto misspelt = meant_.find(key); misspelt != meant_.end())
            key = misspelt->second;
    // The last byte before the rest: names of one size often share their start (`review`,
    // `retention`), and each getter scans the table's few dozen keys.
    for (const Entry& candidate : entries_)
        if (candidate.key.size() == key.size() &&
            (key.empty() || candidate.key.back() == key.back()) && candidate.key == key)
            return &candidate;
    return nullptr;
}

const toml::node* TableReader::node(std::string_view key) const {
    const Entry* found = entry(key);
    return found ? found->node : nullptr;
}

const toml::node* TableReader::valid_node(std::string_view key) const {
    const Entry* found = entry(key);
    return found && found->valid ? found->node : nullptr;
}

Location TableReader::where() const {
    return source_.locate(table_.source());
}

Location TableReader::at(std::string_view key) const {
    const toml::node* found = node(key);
    return found ? source_.locate(found->source()) : where();
}

KeyLocations TableReader::key_locations() const {
    std::vector<KeyLocations::Entry> locations;
    locations.reserve(entries_.size());
    for (const Entry& entry : entries_)
        if (entry.schema && entry.schema != schema_.any_key && entry.schema->name == entry.key) {
            Location at = source_.locate(entry.node->source());
            auto place = static_cast<std::uint32_t>(entry.schema - schema_.keys.data());
            locations.push_back({place, at.line, at.column, at.length});
        }
    return KeyLocations(schema_, source_.file(), std::move(locations));
}

void TableReader::report(const RuleInfo& rule, Location where, Message message,
                         Message help) const {
    diagnostics_.push_back(
        problem(rule, entity_, std::move(where), std::move(message), std::move(help)));
}

bool TableReader::check_value(std::string_view key, const toml::node& node,
                              const KeySchema& schema) {
    switch (schema.type) {
    case ValueType::id_list:
    case ValueType::enum_list:
    case ValueType::country_list: {
        const toml::array* array = node.as_array();
        if (!array) {
            wrong_type(key, node, schema);
            return false;
        }
        bool all = true;
        for (const toml::node& element : *array)
            all = check_element(key, element, schema) && all;
        return all;
    }
    case ValueType::table:
        if (node.is_table())
            return true;
        break;
    case ValueType::text_or_table:
        if (node.is_table() || node.is_string())
            return true;
        break;
    case ValueType::table_array:
        if (node.is_array_of_tables())
            return true;
        break;
    case ValueType::retention:
        if (node.is_table())
            return true;
        if (const toml::array* array = node.as_array())
            return every_element_is_table(key, *array, schema);
        break;
    default:
        return check_element(key, node, schema);
    }
    wrong_type(key, node, schema);
    return false;
}

bool TableReader::every_element_is_table(std::string_view key, const toml::array& array,
                                         const KeySchema& schema) const {
    bool all = true;
    for (const toml::node& element : array) {
        if (element.is_table())
            continue;
        report(model_rule::type, source_.locate(element.source()),
               {"model.type.retention-element",
                {{"key", std::string(key)},
                 {"owner", std::vector{what()}},
                 {"found", std::vector{found(element)}}}},
               see_reference(schema.name));
        all = false;
    }
    return all;
}

// One scalar value, or one element of a list.
bool TableReader::check_element(std::string_view key, const toml::node& node,
                                const KeySchema& schema) {
    std::optional<std::string_view> text = node.value<std::string_view>();
    if (text && accepted_as_written(*text, schema))
        return true;
    const Location location = source_.locate(node.source());
    std::optional<std::string> value;
    if (text)
        value = text::nfc(*text);
    switch (schema.type) {
    case ValueType::string:
        if (value)
            return true;
        break;
    case ValueType::integer:
        if (auto number = node.value<long long>(); number && node.is_integer())
            return in_range(key, *number, schema, location);
        break;
    case ValueType::boolean:
        if (node.is_boolean())
            return true;
        break;
    case ValueType::date:
        if (node.is_date())
            return true;
        break;
    case ValueType::duration:
    case ValueType::period:
        if (value)
            return string_accepted(key, *value,
                                   Duration::parse(*value) || is_keyword(*value, schema), schema,
                                   location, {"model.type.duration.help", {}});
        break;
    case ValueType::country:
    case ValueType::country_list:
        if (value && (is_country_code(*value) || is_keyword(*value, schema)))
            return true;
        if (value) {
            std::string guess = likely_country(*value);
            not_accepted(key, *value, schema, location, guess,
                         guess.empty() ? Message{"model.type.country.help", {}}
                                       : write_as(key, guess));
            return false;
        }
        break;
    case ValueType::language:
        if (value && is_language_tag(*value))
            return true;
        if (value) {
            std::string guess = likely_language(*value);
            not_accepted(key, *value, schema, location, guess,
                         guess.empty() ? Message{"model.type.language.help", {}}
                                       : write_as(key, guess));
            return false;
        }
        break;
    case ValueType::id:
    case ValueType::id_list:
        if (value && (text::is_valid_id(*value) || is_keyword(*value, schema) ||
                      (key != "id" && (is_standard_id(*value) || qualified(*value)))))
            return true;
        if (value && key == "id" && is_standard_id(*value)) {
            report(model_rule::type, location,
                   {"model.type.reserved-id", {{"id", *value}, {"owner", std::vector{what()}}}},
                   {"model.type.reserved-id.help", {{"id", *value}}});
            return false;
        }
        if (value) {
            std::string better = suggested_id(*value);
            report(model_rule::type, location,
                   {key == "id" ? "model.type.id" : "model.type.id-in",
                    {{"id", *value}, {"key", std::string(key)}, {"owner", std::vector{what()}}}},
                   better.empty() ? Message{"model.type.id.help", {}}
                                  : Message{"model.type.write-as", {{"text", better}}});
            return false;
        }
        break;
    case ValueType::enumeration:
    case ValueType::enum_list:
        if (value && is_keyword(*value, schema))
            return true;
        if (value) {
            std::string_view guess = likely_meant(*value, schema.values);
            report(model_rule::type, location,
                   {"model.type.enum",
                    {{"key", std::string(key)},
                     {"owner", std::vector{what()}},
                     {"value", *value},
                     {"values", listed(schema.values)}}},
                   guess.empty()
                       ? Message{"model.type.enum.help", {}}
                       : Message{"model.type.enum.help.guess", {{"guess", std::string(guess)}}});
            return false;
        }
        break;
    default:
        break;
    }
    wrong_type(key, node, schema);
    return false;
}

bool TableReader::string_accepted(std::string_view key, const std::string& value, bool accepted,
                                  const KeySchema& schema, const Location& location,
                                  Message help) const {
    if (!accepted)
        not_accepted(key, value, schema, location, "", std::move(help));
    return accepted;
}

void TableReader::not_accepted(std::string_view key, const std::string& value,
                               const KeySchema& schema, const Location& location,
                               std::string_view guess, Message help) const {
    report(model_rule::type, location,
           {"model.type.value",
            {{"key", std::string(key)},
             {"owner", std::vector{what()}},
             {"value", value},
             {"expected", std::vector{expected(schema)}},
             {"guess", did_you_mean(guess)}}},
           std::move(help));
}

bool TableReader::in_range(std::string_view key, long long number, const KeySchema& schema,
                           const Location& location) const {
    if (number >= schema.minimum && (schema.maximum == 0 || number <= schema.maximum))
        return true;
    report(model_rule::type, location,
           {"model.type.range",
            {{"key", std::string(key)},
             {"owner", std::vector{what()}},
             {"number", std::to_string(number)},
             {"min", static_cast<long long>(schema.minimum)},
             {"max", static_cast<long long>(schema.maximum)}}},
           see_reference(key));
    return false;
}

void TableReader::wrong_type(std::string_view key, const toml::node& node,
                             const KeySchema& schema) const {
    Message help = see_reference(key);
    // `expires = "2027-01-01"`: TOML reads a date in quotes as text.
    if (auto text = node.value<std::string_view>();
        text && schema.type == ValueType::date && Date::parse(*text))
        help = {"model.type.date.help", {{"key", std::string(key)}, {"value", std::string(*text)}}};
    report(model_rule::type, source_.locate(node.source()),
           {"model.type",
            {{"key", std::string(key)},
             {"owner", std::vector{what()}},
             {"expected", std::vector{expected(schema)}},
             {"found", std::vector{found(node)}}}},
           std::move(help));
}

std::string TableReader::string(std::string_view key) const {
    const toml::node* found = valid_node(key);
    auto value = found ? found->value<std::string_view>() : std::nullopt;
    return value ? text::nfc(*value) : std::string();
}

std::optional<long long> TableReader::integer(std::string_view key) const {
    const toml::node* found = valid_node(key);
    return found ? found->value<long long>() : std::nullopt;
}

bool TableReader::flag(std::string_view key) const {
    const toml::node* found = valid_node(key);
    return found && found->value<bool>().value_or(false);
}

std::optional<bool> TableReader::boolean(std::string_view key) const {
    const toml::node* found = valid_node(key);
    return found ? found->value<bool>() : std::nullopt;
}

std::optional<Date> TableReader::date(std::string_view key) const {
    const toml::node* found = valid_node(key);
    if (!found)
        return std::nullopt;
    auto value = found->value<toml::date>();
    if (!value)
        return std::nullopt;
    return Date{value->year, value->month, value->day};
}

std::optional<Duration> TableReader::duration(std::string_view key) const {
    return valid(key) ? Duration::parse(string(key)) : std::nullopt;
}

std::optional<Ref> TableReader::ref(std::string_view key) const {
    const toml::node* found = valid_node(key);
    if (!found)
        return std::nullopt;
    auto value = found->value<std::string_view>();
    std::string normalised;
    return make_ref(value ? text::nfc_view(*value, normalised) : std::string_view(),
                    source_.locate(found->source()));
}

std::vector<std::string> TableReader::countries(std::string_view key) const {
    std::vector<std::string> out;
    const toml::node* found = valid_node(key);
    if (!found)
        return out;
    for (const toml::node& element : *found->as_array())
        if (auto value = element.value<std::string_view>())
            out.emplace_back(*value);
    return out;
}

std::vector<Ref> TableReader::refs(std::string_view key) const {
    std::vector<Ref> out;
    const Entry* found = entry(key);
    const toml::array* array = found ? found->node->as_array() : nullptr;
    // The entry knows its key's schema, unless the key was misspelt and read as `key`.
    const KeySchema* schema = found && found->schema ? found->schema : schema_.find(key);
    if (!array || !schema)
        return out;
    out.reserve(array->size());
    // A list that passed its checks holds only references (the usual case); each element of
    // one that did not is checked on its own.
    const bool checked = found->valid;
    for (const toml::node& element : *array) {
        auto value = element.value<std::string_view>();
        if (!value)
            continue;
        std::string normalised;
        std::string_view id = text::nfc_view(*value, normalised);
        if (checked || text::is_valid_id(id) || is_keyword(id, *schema) || is_standard_id(id) ||
            qualified(id))
            out.push_back(make_ref(id, source_.locate(element.source())));
    }
    return out;
}

const toml::table* TableReader::table(std::string_view key) const {
    const toml::node* found = valid_node(key);
    return found ? found->as_table() : nullptr;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key) const {
    std::vector<const toml::table*> out;
    const toml::node* found = valid_node(key);
    if (!found)
        return out;
    if (const toml::table* single = found->as_table())
        out.push_back(single);
    else if (const toml::array* array = found->as_array()) {
        out.reserve(array->size());
        for (const toml::node& element : *array)
            if (const toml::table* table = element.as_table())
                out.push_back(table);
    }
    return out;
}

} // namespace privmap
