// A message that inserts text, or chooses its words by a select or a plural, is formatted without
// ICU (reports/src/plain_pattern.h): the bytes must be the ones ICU's MessageFormat gives, for
// every message of every catalogue.
#include "plain_pattern.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/numfmt.h>
#include <unicode/plurrule.h>
#include <variant>

using namespace privmap::reports;
using privmap::test::read_file;
using privmap::test::source_path;
namespace fs = std::filesystem;

namespace {

using Value = std::variant<std::string, long long>;
using Arguments = std::map<std::string, Value>;

/// Arguments for a pattern, for round `round`: a text for each plain argument (accents, an
/// apostrophe and braces, which ICU must not read as syntax in an argument), a number for each
/// plural (0, 1, 2, 7, 21, 1234 by round) and, for each select, one of its keywords in turn or
/// a word none of them is.
Arguments sample_arguments(const std::string& pattern, std::size_t round) {
    static constexpr long long numbers[] = {0, 1, 2, 7, 21, 1234};
    Arguments args;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
    auto name_at = [&](int32_t i) {
        std::string name;
        parsed.getSubstring(parsed.getPart(i)).toUTF8String(name);
        return name;
    };
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START)
            continue;
        std::string name = name_at(i + 1);
        if (part.getArgType() == UMSGPAT_ARG_TYPE_PLURAL) {
            args[name] = numbers[round % std::size(numbers)];
        } else if (part.getArgType() == UMSGPAT_ARG_TYPE_SELECT) {
            std::vector<std::string> keywords;
            for (int32_t j = i + 2; j < parsed.getLimitPartIndex(i);
                 j = parsed.getLimitPartIndex(j + 1) + 1)
                keywords.push_back(name_at(j));
            keywords.push_back("none-of-them");
            args[name] = keywords[round % keywords.size()];
        } else if (!args.contains(name)) {
            args[name] = "`" + name + "-é'{x}'’`";
        }
    }
    return args;
}

std::string icu_formatted(const std::string& pattern, const std::string& lang,
                          const Arguments& args) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(lang.c_str()),
                              status);
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const auto& [name, value] : args) {
        names.push_back(icu::UnicodeString::fromUTF8(name));
        if (const auto* text = std::get_if<std::string>(&value))
            values.emplace_back(icu::UnicodeString::fromUTF8(*text));
        else
            values.emplace_back(static_cast<int64_t>(std::get<long long>(value)));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    REQUIRE(U_SUCCESS(status));
    std::string out;
    result.toUTF8String(out);
    return out;
}

/// What a PlainPattern asks for, answered from `args` and by ICU for `lang`, for numbers below
/// 1000 as the catalogue answers.
class SampleArguments {
public:
    SampleArguments(const Arguments& args, const std::string& lang) : args_(args) {
        UErrorCode status = U_ZERO_ERROR;
        format_.reset(icu::NumberFormat::createInstance(icu::Locale(lang.c_str()), status));
        rules_.reset(
            icu::PluralRules::forLocale(icu::Locale(lang.c_str()), UPLURAL_TYPE_CARDINAL, status));
        REQUIRE(U_SUCCESS(status));
    }
    std::optional<std::string_view> text(std::string_view name) const {
        auto found = args_.find(std::string(name));
        if (found == args_.end() || !std::holds_alternative<std::string>(found->second))
            return std::nullopt;
        return std::get<std::string>(found->second);
    }
    std::optional<long long> number(std::string_view name) const {
        auto found = args_.find(std::string(name));
        if (found == args_.end() || !std::holds_alternative<long long>(found->second))
            return std::nullopt;
        return std::get<long long>(found->second);
    }
    std::optional<std::string_view> number_text(long long n) const {
        if (n < 0 || n >= 1000)
            return std::nullopt;
        icu::UnicodeString formatted;
        format_->format(static_cast<int64_t>(n), formatted);
        std::string text;
        formatted.toUTF8String(text);
        return words_.emplace_back(std::move(text));
    }
    std::optional<std::string_view> plural_keyword(long long n) const {
        if (n < 0 || n >= 1000)
            return std::nullopt;
        std::string keyword;
        rules_->select(static_cast<int32_t>(n)).toUTF8String(keyword);
        return words_.emplace_back(std::move(keyword));
    }

private:
    const Arguments& args_;
    std::unique_ptr<icu::NumberFormat> format_;
    std::unique_ptr<icu::PluralRules> rules_;
    mutable std::deque<std::string> words_;
};

std::optional<std::string> plain_formatted(const PlainPattern& pattern, const Arguments& args,
                                           const std::string& lang = "en") {
    std::string out = "kept ";
    if (!pattern.format(out, SampleArguments(args, lang))) {
        CHECK(out == "kept "); // left as it was
        return std::nullopt;
    }
    REQUIRE(out.starts_with("kept "));
    return out.substr(5);
}

} // namespace

TEST_CASE("a message formatted without ICU reads as ICU formats it, in every catalogue") {
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
            for (std::size_t round = 0; round < 6; ++round) {
                Arguments args = sample_arguments(pattern, round);
                INFO("round " << round);
                if (std::optional<std::string> text = plain_formatted(*parsed, args, lang))
                    CHECK(*text == icu_formatted(pattern, lang, args));
                else // only a number past those the catalogue keeps is ICU's
                    CHECK(round % 6 == 5);
            }
        }
    }
    // Nearly every message takes the quick way; the rest (number formats) are ICU's.
    CHECK(plain * 100 > all * 95);
}

TEST_CASE("a plain pattern undoes ICU's apostrophe quoting") {
    std::string text = "it''s `{id}`; add `dpo = '{' name = \"...\" '}'` (the controller's {n}')";
    std::optional<PlainPattern> pattern = PlainPattern::parse(text);
    REQUIRE(pattern);
    Arguments args{{"id", "crm"}, {"n", "1"}};
    CHECK(plain_formatted(*pattern, args) ==
          "it's `crm`; add `dpo = { name = \"...\" }` (the controller's 1')");
    CHECK(plain_formatted(*pattern, args) == icu_formatted(text, "en", args));
}

TEST_CASE("a plural chooses its words as ICU does") {
    std::string text =
        "{count, plural, =0 {none} one {# activity} other {# activities}} in {where}";
    std::optional<PlainPattern> pattern = PlainPattern::parse(text);
    REQUIRE(pattern);
    for (long long count : {0LL, 1LL, 2LL, 999LL}) {
        Arguments args{{"count", count}, {"where", "crm"}};
        CHECK(plain_formatted(*pattern, args) == icu_formatted(text, "en", args));
    }
    CHECK(plain_formatted(*pattern, {{"count", 2LL}, {"where", "crm"}}) == "2 activities in crm");
    SECTION("a number ICU writes with separators, or a text, is left to ICU") {
        CHECK_FALSE(plain_formatted(*pattern, {{"count", 1000LL}, {"where", "crm"}}));
        CHECK_FALSE(plain_formatted(*pattern, {{"count", -1LL}, {"where", "crm"}}));
        CHECK_FALSE(plain_formatted(*pattern, {{"count", "2"}, {"where", "crm"}}));
    }
}

TEST_CASE("a select chooses its words as ICU does, nested in a plural too") {
    std::string text = "`{id}` {kind, select, system {a system} other {it}}: "
                       "{n, plural, one {{kind, select, system {# system} other {# one}}} "
                       "other {# of {kind}}}";
    std::optional<PlainPattern> pattern = PlainPattern::parse(text);
    REQUIRE(pattern);
    for (std::string kind : {"system", "party", ""})
        for (long long n : {1LL, 3LL}) {
            Arguments args{{"id", "crm"}, {"kind", kind}, {"n", n}};
            CHECK(plain_formatted(*pattern, args) == icu_formatted(text, "en", args));
        }
    CHECK_FALSE(plain_formatted(*pattern, {{"id", "crm"}, {"kind", 1LL}, {"n", 1LL}}));
}

TEST_CASE("a number format, an offset or an ordinal is left to ICU") {
    CHECK_FALSE(PlainPattern::parse("{count, plural, offset:1 one {# more} other {# others}}"));
    CHECK_FALSE(PlainPattern::parse("{n, selectordinal, one {#st} other {#th}}"));
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
