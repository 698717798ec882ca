// Reading one TOML table against its schema: unknown keys, wrong types and enum values and
// missing required keys are reported when the reader is made; the getters then return only
// values that passed (an invalid or absent value reads as empty).
#pragma once

#include <functional>
#include <map>
#include <privmap/model.h>
#include <privmap/schema.h>
#include <privmap/vocabulary.h>
#include <string>
#include <toml++/toml.h>
#include <vector>

namespace privmap {

/// The file being read: where locations point and where diagnostics go.
class SourceText {
public:
    explicit SourceText(const SourceFile& file) : file_(file) {}
    const std::string& path() const { return file_.name.path(); }
    FileName file() const { return file_.name; }
    /// The location of a toml++ source region, with the length of the value on its first line.
    Location locate(const toml::source_region&) const;

private:
    const SourceFile& file_;
};

class TableReader {
public:
    /// How messages name the table (a model.owner.* message: "activity `payroll`"). Worked
    /// out only when a message needs it: most tables have no problem, and a name costs
    /// allocations for each of a register's tens of thousands of tables.
    using Naming = std::function<Message()>;

    /// `entity` is the table's id, if any; it must outlive the reader (the TOML tree's text
    /// does).
    TableReader(const toml::table&, const TableSchema&, Naming what, std::string_view entity,
                const SourceText&, Diagnostics&);

    Message what() const { return what_(); }
    std::string_view entity() const { return entity_; }
    Location where() const;                  // the table itself
    Location at(std::string_view key) const; // the key's value, or where() when absent
    bool has(std::string_view key) const { return node(key) != nullptr; }
    /// Locations of the values of every key of the schema that is present.
    KeyLocations key_locations() const;

    std::string string(std::string_view key) const;
    std::optional<long long> integer(std::string_view key) const;
    bool flag(std::string_view key) const;
    /// A boolean that matters when written `false`: nullopt when absent or invalid.
    std::optional<bool> boolean(std::string_view key) const;
    std::optional<Date> date(std::string_view key) const;
    std::optional<Duration> duration(std::string_view key) const;
    /// The country codes of a country list; empty unless every element is valid.
    std::vector<std::string> countries(std::string_view key) const;
    std::optional<Ref> ref(std::string_view key) const;
    std::vector<Ref> refs(std::string_view key) const; // valid elements only
    template <class E> std::optional<E> choice(std::string_view key) const {
        return valid(key) ? from_name<E>(string(key)) : std::nullopt;
    }
    template <class E> std::vector<E> choices(std::string_view key) const;
    /// The sub-table at `key` (table, or one retention rule), or nullptr.
    const toml::table* table(std::string_view key) const;
    /// The tables of a table_array or retention key (one for a single retention table).
    std::vector<const toml::table*> tables(std::string_view key) const;

    /// Reports a problem about this table.
    void report(const RuleInfo&, Location, Message message, Message help = {}) const;

private:
    /// One key of the table as written: its value, what the schema says of it (nullptr for a
    /// key the schema does not have) and whether the value passed the schema's checks.
    struct Entry {
        std::string_view key;
        const toml::node* node = nullptr;
        const KeySchema* schema = nullptr;
        bool valid = false;
    };

    bool valid(std::string_view key) const { return valid_node(key) != nullptr; }
    /// Whether the table has `key` of its schema, written as it is named.
    bool written(const KeySchema& key) const;
    /// The entry of `key`, or of the misspelt key read as it.
    const Entry* entry(std::string_view key) const;
    const toml::node* node(std::string_view key) const;
    /// The value of `key` when it passed the schema's checks, or nullptr.
    const toml::node* valid_node(std::string_view key) const;
    template <class T> const T* node_as(std::string_view key) const {
        const toml::node* found = node(key);
        return found ? found->as<T>() : nullptr;
    }
    bool check_value(std::string_view key, const toml::node&, const KeySchema&);
    bool check_element(std::string_view key, const toml::node&, const KeySchema&);
    bool every_element_is_table(std::string_view key, const toml::array&, const KeySchema&) const;
    void wrong_type(std::string_view key, const toml::node&, const KeySchema&) const;
    /// `accepted`, after reporting a string value of `key` that is not: "is "…", which is not
    /// <what the schema expects>", with `help`.
    bool string_accepted(std::string_view key, const std::string& value, bool accepted,
                         const KeySchema&, const Location&, Message help) const;
    /// "`key` of <this table> is "value", which is not <expected>; did you mean `guess`?"
    void not_accepted(std::string_view key, const std::string& value, const KeySchema&,
                      const Location&, std::string_view guess, Message help) const;
    bool in_range(std::string_view key, long long number, const KeySchema&, const Location&) const;

    const toml::table& table_;
    const TableSchema& schema_;
    Naming what_;
    std::string_view entity_;
    const SourceText& source_;
    Diagnostics& diagnostics_;
    /// Every key of the table, in toml++'s order. The getters look a key up here rather than in
    /// toml++'s map of the table: a table has a few dozen keys at most, and a register's tens
    /// of thousands of tables are each read key by key.
    std::vector<Entry> entries_;
    std::map<std::string, std::string, std::less<>> meant_; // key meant -> key written
};

template <class E> std::vector<E> TableReader::choices(std::string_view key) const {
    std::vector<E> out;
    if (const toml::array* array = node_as<toml::array>(key))
        for (const toml::node& element : *array)
            if (auto name = element.value<std::string_view>())
                if (auto value = from_name<E>(*name))
                    out.push_back(*value);
    return out;
}

/// Whether `code` is an ISO 3166-1 alpha-2 country code (ICU's list).
bool is_country_code(std::string_view code);
/// The ISO 3166-1 alpha-2 code someone who wrote `written` most likely meant: "UK" -> "GB",
/// "us" -> "US", "USA" -> "US", "Germany" -> "DE"; empty when there is no such guess.
std::string likely_country(std::string_view written);

} // namespace privmap
