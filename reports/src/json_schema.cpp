#include <algorithm>
#include <nlohmann/json.hpp>
#include <privmap/analyzer.h>
#include <privmap/json_schema.h>
#include <privmap/languages.h>
#include <privmap/schema.h>
#include <privmap/standard_vocabulary.h>
#include <privmap/vocabulary.h>

namespace privmap {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view id_pattern = "^[a-z0-9][a-z0-9._-]{0,63}$";
// Years, months, weeks, days in that order, at least one of them: what Duration::parse takes.
constexpr std::string_view duration_pattern =
    "^P([0-9]{1,6}Y([0-9]{1,6}M)?([0-9]{1,6}W)?([0-9]{1,6}D)?|[0-9]{1,6}M([0-9]{1,6}W)?([0-9]{1,6}"
    "D)?|[0-9]{1,6}W([0-9]{1,6}D)?|[0-9]{1,6}D)$";

template <class Strings> Json strings(const Strings& values) {
    Json list = Json::array();
    for (std::string_view value : values)
        list.push_back(value);
    return list;
}

/// A BCP 47 tag whose language is an ISO 639-1 code in either case, as the loader accepts it.
std::string language_pattern() {
    std::string codes;
    for (const std::string& code : language_codes()) {
        codes += codes.empty() ? "" : "|";
        for (char letter : code) // tags are case-insensitive (`EN`), and so is the loader
            codes += std::string("[") + letter + static_cast<char>(letter - 'a' + 'A') + "]";
    }
    return "^(" + codes + ")(-[A-Za-z0-9]{1,8})*$";
}

/// A string that is one of `values` or one of `keywords`.
Json one_of(Json values, std::span<const std::string_view> keywords) {
    for (std::string_view keyword : keywords)
        values.push_back(keyword);
    return Json{{"type", "string"}, {"enum", std::move(values)}};
}

/// The ids `[checks.severity]` and a waiver's `rule` accept.
Json rule_ids() {
    Json ids = Json::array();
    for (const RuleInfo& rule : all_rules())
        ids.push_back(rule.id);
    return ids;
}

/// A string that matches `pattern` or is one of `keywords`.
Json pattern_or_keywords(std::string_view pattern, const Json& keywords) {
    Json pattern_schema{{"type", "string"}, {"pattern", pattern}};
    if (keywords.empty())
        return pattern_schema;
    return Json{
        {"anyOf", Json::array({pattern_schema, Json{{"type", "string"}, {"enum", keywords}}})}};
}
Json pattern_or_keywords(std::string_view pattern, std::span<const std::string_view> keywords) {
    return pattern_or_keywords(pattern, strings(keywords));
}

/// A reference: an id, or `kind:id` where a key takes several kinds that share the id.
std::string reference_pattern() {
    std::string kinds;
    for (std::string_view kind : names_of<EntityKind>())
        kinds += (kinds.empty() ? "" : "|") + std::string(kind);
    return "^((" + kinds + "):)?" + std::string(id_pattern.substr(1));
}

/// What an id key accepts: an entity's own id, or a reference (a keyword of its key, a term of
/// the standard vocabulary of the kinds it refers to, `std:health`, which editors then offer
/// for completion).
Json reference_value(const KeySchema& key) {
    Json accepted = strings(key.values);
    if (key.name == "id")
        return pattern_or_keywords(id_pattern, accepted);
    for (const StandardTerm& term : standard_terms())
        if (std::find(key.refers_to.begin(), key.refers_to.end(), term.kind) != key.refers_to.end())
            accepted.push_back(std::string(standard_prefix) + std::string(term.id));
    return pattern_or_keywords(reference_pattern(), accepted);
}

Json reference(std::string_view table) {
    return Json{{"$ref", "#/definitions/" + std::string(table)}};
}

Json array_of(Json items) {
    return Json{{"type", "array"}, {"items", std::move(items)}};
}

std::string refers_to(std::span<const EntityKind> kinds) {
    std::string text;
    for (EntityKind kind : kinds)
        text += (text.empty() ? "" : " or ") + std::string(to_name(kind));
    return text;
}

Json value_schema(const KeySchema& key) {
    switch (key.type) {
    case ValueType::string:
        return Json{{"type", "string"}};
    case ValueType::integer: {
        Json schema{{"type", "integer"}, {"minimum", key.minimum}};
        if (key.maximum > 0)
            schema["maximum"] = key.maximum;
        return schema;
    }
    case ValueType::boolean:
        return Json{{"type", "boolean"}};
    case ValueType::date:
        return Json{{"type", "string"}, {"format", "date"}};
    case ValueType::duration:
        return Json{{"type", "string"}, {"pattern", duration_pattern}};
    case ValueType::period:
        return pattern_or_keywords(duration_pattern, key.values);
    case ValueType::country:
        return one_of(strings(country_codes()), key.values);
    case ValueType::country_list:
        return array_of(one_of(strings(country_codes()), {}));
    case ValueType::language:
        // Any language loads; the examples are those privmap writes its reports in.
        return Json{
            {"type", "string"}, {"pattern", language_pattern()}, {"examples", strings(languages)}};
    case ValueType::id:
        return reference_value(key);
    case ValueType::id_list:
        return array_of(reference_value(key));
    case ValueType::enumeration:
        return Json{{"type", "string"}, {"enum", strings(key.values)}};
    case ValueType::enum_list:
        return array_of(Json{{"type", "string"}, {"enum", strings(key.values)}});
    case ValueType::table:
        return reference(key.table);
    case ValueType::table_array:
        return array_of(reference(key.table));
    case ValueType::retention: // one rule (a table) or an array of them
        return Json{
            {"oneOf", Json::array({reference("retention"), array_of(reference("retention"))})}};
    case ValueType::text_or_table:
        return Json{{"oneOf", Json::array({Json{{"type", "string"}}, reference(key.table)})}};
    }
    return Json::object();
}

std::string key_doc(const KeySchema& key) {
    std::string doc(key.doc);
    if (!key.refers_to.empty())
        doc += " (the id of a " + refers_to(key.refers_to) + ")";
    if (key.required)
        doc += " Required.";
    return doc;
}

/// What check requires of a key's content, beyond its type: names and an activity's subjects
/// and categories are not empty, the format is 1, a waiver names a rule privmap has.
void require_content(const TableSchema& table, const KeySchema& key, Json& schema) {
    if (key.not_empty)
        schema[key.type == ValueType::string ? "minLength" : "minItems"] = 1;
    if (table.name == "model" && key.name == "format")
        schema["enum"] = Json::array({1});
    if (table.name == "waiver" && key.name == "rule")
        schema["enum"] = rule_ids();
}

Json key_schema(const KeySchema& key) {
    Json schema = value_schema(key);
    schema["description"] = key_doc(key);
    schema["x-taplo"] = Json{{"docs", Json{{"main", key_doc(key)}}}};
    return schema;
}

Json table_schema(const TableSchema& table) {
    Json properties = Json::object();
    Json required = Json::array();
    for (const KeySchema& key : table.keys) {
        Json& property = properties[std::string(key.name)] = key_schema(key);
        require_content(table, key, property);
        if (key.required)
            required.push_back(key.name);
    }
    Json schema{{"type", "object"},
                {"description", table.doc},
                {"x-taplo", Json{{"docs", Json{{"main", table.doc}}}}}};
    schema["properties"] = std::move(properties);
    if (!required.empty())
        schema["required"] = std::move(required);
    // Unknown keys are errors in privmap, so the editor flags them too.
    schema["additionalProperties"] = table.any_key ? key_schema(*table.any_key) : Json(false);
    // The keys of the keyed tables are rule ids and country codes.
    if (table.name == "checks.severity")
        schema["propertyNames"] = Json{{"enum", rule_ids()}};
    if (table.name == "checks.digital_consent_age")
        schema["propertyNames"] = Json{{"enum", strings(country_codes())}};
    return schema;
}

} // namespace

std::string model_json_schema() {
    const TableSchema& document = document_schema();
    // Draft 7 for propertyNames.
    Json schema{{"$schema", "http://json-schema.org/draft-07/schema#"},
                {"title", "privmap model file"}};
    Json body = table_schema(document);
    body.erase("required"); // each file holds only part of the model
    for (auto& [key, value] : body.items())
        schema[key] = value;
    schema["description"] =
        "One file of a privmap model (format 1). The tables may be spread over several files; "
        "the model as a whole needs [model] and exactly one [organisation].";
    Json definitions = Json::object();
    for (const TableSchema& table : model_schema())
        if (&table != &document)
            definitions[std::string(table.name)] = table_schema(table);
    schema["definitions"] = std::move(definitions);
    return schema.dump(2) + "\n";
}

} // namespace privmap
