#include <algorithm>
#include <nlohmann/json.hpp>
#include <privmap/json_schema.h>
#include <privmap/schema.h>
#include <privmap/standard_vocabulary.h>
#include <privmap/vocabulary.h>

namespace privmap {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view id_pattern = "^[a-z0-9][a-z0-9._-]{0,63}$";
constexpr std::string_view duration_pattern = "^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$";
constexpr std::string_view language_pattern = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

Json strings(std::span<const std::string_view> values) {
    Json list = Json::array();
    for (std::string_view value : values)
        list.push_back(value);
    return list;
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

/// What a reference accepts: an id, a keyword of its key, or a term of the standard vocabulary
/// of the kinds it refers to (`std:health`), which editors then offer for completion.
Json reference_value(const KeySchema& key) {
    Json accepted = strings(key.values);
    for (const StandardTerm& term : standard_terms())
        if (std::find(key.refers_to.begin(), key.refers_to.end(), term.kind) != key.refers_to.end())
            accepted.push_back(std::string(standard_prefix) + std::string(term.id));
    return pattern_or_keywords(id_pattern, accepted);
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
    case ValueType::integer:
        return Json{{"type", "integer"}, {"minimum", 0}};
    case ValueType::boolean:
        return Json{{"type", "boolean"}};
    case ValueType::date:
        return Json{{"type", "string"}, {"format", "date"}};
    case ValueType::duration:
        return Json{{"type", "string"}, {"pattern", duration_pattern}};
    case ValueType::period:
        return pattern_or_keywords(duration_pattern, key.values);
    case ValueType::country:
        return pattern_or_keywords("^[A-Z]{2}$", key.values);
    case ValueType::country_list:
        return array_of(Json{{"type", "string"}, {"pattern", "^[A-Z]{2}$"}});
    case ValueType::language:
        return Json{{"type", "string"}, {"pattern", language_pattern}};
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
        properties[std::string(key.name)] = key_schema(key);
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
    return schema;
}

} // namespace

std::string model_json_schema() {
    const TableSchema& document = document_schema();
    Json schema{{"$schema", "http://json-schema.org/draft-04/schema#"},
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
