// The schema is the one description of the language: consistent in itself and with the docs.
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/schema.h>

using namespace privmap;

TEST_CASE("every table the schema refers to is described") {
    for (const TableSchema& table : model_schema())
        for (const KeySchema& key : table.keys) {
            INFO(table.name << "." << key.name);
            bool nested = key.type == ValueType::table || key.type == ValueType::table_array ||
                          key.type == ValueType::text_or_table;
            REQUIRE(nested == !key.table.empty());
            if (nested)
                REQUIRE(find_table_schema(key.table));
            bool listed = key.type == ValueType::enumeration || key.type == ValueType::enum_list ||
                          key.type == ValueType::period;
            if (listed)
                REQUIRE_FALSE(key.values.empty());
            REQUIRE_FALSE(key.doc.empty());
        }
}

TEST_CASE("every key except an entity's own id that holds an id says what it refers to") {
    for (const TableSchema& table : model_schema())
        for (const KeySchema& key : table.keys) {
            INFO(table.name << "." << key.name);
            if (key.type == ValueType::id_list || (key.type == ValueType::id && key.name != "id"))
                REQUIRE_FALSE(key.refers_to.empty());
        }
}

TEST_CASE("docs/model.md documents every key of every table") {
    const std::string docs = privmap::test::read_file(privmap::test::source_path("docs/model.md"));
    REQUIRE_FALSE(docs.empty());
    for (const TableSchema& table : model_schema())
        for (const KeySchema& key : table.keys) {
            INFO(table.name << "." << key.name);
            REQUIRE(docs.find("| `" + std::string(key.name) + "` |") != std::string::npos);
            for (std::string_view value : key.values)
                REQUIRE(docs.find("`" + std::string(value) + "`") != std::string::npos);
        }
}

TEST_CASE("the required keys of an activity are the ones the loader needs to build it: its "
          "content (subjects, categories) is judged by the analysis") {
    const TableSchema& activity = *find_table_schema("activity");
    std::vector<std::string_view> required;
    for (const KeySchema& key : activity.keys)
        if (key.required)
            required.push_back(key.name);
    REQUIRE(required == std::vector<std::string_view>{"id", "name", "role"});
}
