// The model language described as data: every table, its keys, their types and whether they
// are required. The loader validates against it (unknown keys, types, enum values, missing
// keys), and the JSON Schema and the reference docs are generated from it.
#pragma once

#include <array>
#include <cstdint>
#include <privmap/model.h>
#include <span>
#include <string_view>

namespace privmap {

enum class ValueType {
    string,
    integer, // a whole number, never negative
    boolean,
    date,          // a TOML local date: 2026-03-01
    duration,      // an ISO 8601 duration string: "P7Y"
    period,        // a duration, or one of the keywords in `values`
    country,       // an ISO 3166-1 alpha-2 code (`NL`), or one of the keywords in `values`
    language,      // a BCP 47 language tag: `nl`, `en-GB`
    id,            // the entity's own id, or a reference to one of `refers_to`
    id_list,       // an array of references; `values` lists keywords allowed besides ids
    enumeration,   // one of `values`
    enum_list,     // an array of `values`
    table,         // a table described by the schema named `table`
    table_array,   // an array of tables described by `table`
    retention,     // one retention rule (a table) or an array of them
    country_list,  // an array of ISO 3166-1 alpha-2 codes
    text_or_table, // a string, or a table described by `table`
};
std::string_view to_string(ValueType);

struct KeySchema {
    std::string_view name;
    ValueType type;
    bool required = false;
    std::string_view doc; // one line of English
    std::span<const std::string_view> values =
        {};                                     // enumeration, enum_list, period, id_list keywords
    std::span<const EntityKind> refers_to = {}; // id and id_list references
    std::string_view table = {};                // table, table_array: the schema's name
    long long minimum = 0;                      // integer: the least value allowed
    long long maximum = 0;                      // integer: the largest value allowed; 0: none
    bool not_empty = false; // `privmap check` reports it empty (model.incomplete): the editor too
};

struct TableSchema {
    std::string_view name; // "activity", "dpia.risk", "contact"
    std::string_view toml; // how it is written: "[[activity]]", "{ name = ..., email = ... }"
    std::string_view doc;
    std::span<const KeySchema> keys;
    /// For maps such as [checks.severity]: every key is allowed and its value is described here.
    const KeySchema* any_key = nullptr;
    /// For `find`: each key's place in `keys` plus one, at a hash of its name (0: none), filled
    /// once with the schema. A register looks a key up for each of its hundreds of thousands
    /// of values, and a scan of a schema's few dozen names cost a hundred instructions a time.
    std::array<std::uint8_t, 128> places{};

    const KeySchema* find(std::string_view key) const;
    /// Fills `places` from `keys`.
    void index_keys();
};

/// The top level of a model file: [model], [organisation], [[subject]], …, [checks].
const TableSchema& document_schema();
/// Every table of the language, the document first.
std::span<const TableSchema> model_schema();
/// The table schema called `name`, or nullptr.
const TableSchema* find_table_schema(std::string_view name);

/// The ISO 3166-1 alpha-2 country codes (ICU's list, sorted): what a country key accepts.
std::span<const std::string> country_codes();
/// The ISO 639-1 language codes (ICU's list, sorted): what `language` accepts.
std::span<const std::string> language_codes();

/// Severity names accepted in [checks.severity]: error, warning, note, off.
std::span<const std::string_view> check_severity_names();
/// The Art. 49(1) derogations accepted in `derogation`: art49-1-a … art49-1-g.
std::span<const std::string_view> derogation_names();

} // namespace privmap
