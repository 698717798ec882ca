// A message that only inserts text is formatted without ICU (reports/src/plain_pattern.h): the
// bytes must be the ones ICU's MessageFormat gives, for every message of every catalogue.
#include "plain_pattern.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

using namespace privmap::reports;
using privmap::test::read_file;
using privmap::test::source_path;
namespace fs = std::filesystem;

namespace {

/// The names of a pattern's arguments, each with a text to insert: accents, an apostrophe and
/// braces, which ICU must not read as syntax in an argument.
std::map<std::string, std::string> sample_arguments(const std::string& pattern) {
    std::map<std::string, std::string> args;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
    for (int32_t i = 0; i < parsed.countParts(); ++i)
        if (parsed.getPart(i).getType() == UMSGPAT_PART_TYPE_ARG_NAME) {
            std::string name;
            parsed.getSubstring(parsed.getPart(i)).toUTF8String(name);
            args[name] = "`" + name + "-é'{x}'’`";
        }
    return args;
}

std::string icu_formatted(const std::string& pattern, const std::string& lang,
                          const std::map<std::string, std::string>& args) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(lang.c_str()),
                              status);
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const auto& [name, value] : args) {
        names.push_back(icu::UnicodeString::fromUTF8(name));
        values.emplace_back(icu::UnicodeString::fromUTF8(value));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    REQUIRE(U_SUCCESS(status));
    std::string out;
    result.toUTF8String(out);
    return out;
}

std::optional<std::string> plain_formatted(const PlainPattern& pattern,
                                           const std::map<std::string, std::string>& args) {
    std::string out = "kept ";
    bool formatted =
        pattern.format(out, [&](std::string_view name) -> std::optional<std::string_view> {
            auto found = args.find(std::string(name));
            if (found == args.end())
                return std::nullopt;
            return found->second;
        });
    if (!formatted) {
        CHECK(out == "kept "); // left as it was
        return std::nullopt;
    }
    REQUIRE(out.starts_with("kept "));
    return out.substr(5);
}

} // namespace

TEST_CASE("a message that only inserts text reads as ICU formats it, in every catalogue") {
    std::size_t plain = 0;
    std::size_t all = 0;
    for (const auto& entry : fs::directory_iterator(source_path("templates/i18n"))) {
        std::string lang = entry.path().stem().string();
        nlohmann::json catalogue = nlohmann::json::parse(read_file(entry.path().string()));
        for (const auto& [key, value] : catalogue["findings"].items()) {
            std::string pattern = value.get<std::string>();
            INFO(lang << ".json findings." << key << ": " << pattern);
            ++all;
            std::optional<PlainPattern> parsed = PlainPattern::parse(pattern);
            if (!parsed)
                continue;
            ++plain;
            auto args = sample_arguments(pattern);
            CHECK(plain_formatted(*parsed, args) == icu_formatted(pattern, lang, args));
        }
    }
    // Most messages take the quick way; the rest (plurals, selects) are ICU's.
    CHECK(plain * 10 > all * 8);
}

TEST_CASE("a plain pattern undoes ICU's apostrophe quoting") {
    std::string text = "it''s `{id}`; add `dpo = '{' name = \"...\" '}'` (the controller's {n}')";
    std::optional<PlainPattern> pattern = PlainPattern::parse(text);
    REQUIRE(pattern);
    std::map<std::string, std::string> args{{"id", "crm"}, {"n", "1"}};
    CHECK(plain_formatted(*pattern, args) ==
          "it's `crm`; add `dpo = { name = \"...\" }` (the controller's 1')");
    CHECK(plain_formatted(*pattern, args) == icu_formatted(text, "en", args));
}

TEST_CASE("a plural, a select or a number format is left to ICU") {
    CHECK_FALSE(PlainPattern::parse("{count, plural, one {# activity} other {# activities}}"));
    CHECK_FALSE(PlainPattern::parse("`{id}` {kind, select, system {a system} other {it}}"));
    CHECK_FALSE(PlainPattern::parse("{count, number} of {total}"));
    CHECK_FALSE(PlainPattern::parse("{0} is numbered"));
    CHECK_FALSE(PlainPattern::parse("an unclosed {brace"));
}

TEST_CASE("an argument ICU would format its own way is left to ICU") {
    std::optional<PlainPattern> pattern = PlainPattern::parse("activity `{id}` in {where}");
    REQUIRE(pattern);
    SECTION("missing: ICU shows its name") {
        CHECK_FALSE(plain_formatted(*pattern, {{"id", "crm"}}));
    }
    SECTION("not valid UTF-8: ICU puts U+FFFD in its place") {
        CHECK_FALSE(plain_formatted(*pattern, {{"id", "crm"}, {"where", "\xC3("}}));
        CHECK_FALSE(plain_formatted(*pattern, {{"id", "crm"}, {"where", "\xED\xA0\x80"}}));
    }
    SECTION("valid UTF-8 is inserted as it is") {
        CHECK(plain_formatted(*pattern, {{"id", "crm"}, {"where", "Zürich 🇨🇭"}}) ==
              "activity `crm` in Zürich 🇨🇭");
    }
}
