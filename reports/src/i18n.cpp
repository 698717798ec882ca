#include "i18n.h"

#include "plain_pattern.h"

#include <algorithm>
#include <unicode/coll.h>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/measfmt.h>
#include <unicode/measunit.h>
#include <unicode/measure.h>
#include <unicode/msgfmt.h>
#include <unicode/numfmt.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>
#include <unordered_map>

namespace privmap::reports {

struct Catalogue::Icu {
    icu::Locale locale;
    std::unique_ptr<icu::Collator> collator;
    std::unique_ptr<icu::DateFormat> dates;
    std::unique_ptr<icu::MeasureFormat> measures;
    /// Each pattern parsed once: `check` renders tens of thousands of findings with a few
    /// hundred patterns, and parsing one costs more than formatting it. Null when broken.
    std::unordered_map<std::string, std::unique_ptr<icu::MessageFormat>> formats;
    /// Each finding message's pattern (none when the catalogue lacks the key) and its format,
    /// looked up by key once rather than copied out of the catalogue for every finding.
    struct FindingPattern {
        std::optional<std::string> text;
        const icu::MessageFormat* format = nullptr;
        std::optional<PlainPattern> plain; // when it only inserts text: formatted without ICU
    };
    /// By the key's interned text (MessageName), so that no key is hashed as text.
    std::unordered_map<const std::string*, FindingPattern> findings;
    /// Whole numbers as MessageFormat writes them and the plural keyword of each (`one`,
    /// `other`), for the small numbers findings count, worked out together the first time a
    /// message asks: nullopt for the rest.
    class Numbers {
    public:
        explicit Numbers(const icu::Locale& locale);
        std::optional<std::string_view> text(long long number) const;
        std::optional<std::string_view> plural_keyword(long long number) const;

    private:
        static constexpr std::size_t kept = 1000;
        std::vector<std::string> texts_;    // of 0 to kept - 1; none without a number format
        std::vector<std::string> keywords_; // of 0 to kept - 1; none without plural rules
    };
    const Numbers& numbers() {
        if (!numbers_)
            numbers_.emplace(locale);
        return *numbers_;
    }
    std::optional<Numbers> numbers_;

    const icu::MessageFormat* format_of(const std::string& pattern);
    const FindingPattern& finding_pattern(const Catalogue& catalogue, MessageName key);
};

namespace {
std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

icu::UnicodeString unicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

/// How deep a message may nest `{…}` (a plural inside a select inside an argument is three).
constexpr int max_message_nesting = 16;

/// ICU parses and formats a MessageFormat pattern recursively, once per level of `{`, and runs
/// out of stack on a pattern nested tens of thousands deep: one that nests deeper than any
/// message needs counts as broken. Quoted braces count too, which only errs on the safe side.
bool nesting_within_limit(std::string_view pattern) {
    int depth = 0;
    for (char c : pattern) {
        if (c == '{' && ++depth > max_message_nesting)
            return false;
        if (c == '}')
            --depth;
    }
    return true;
}

/// Named arguments as ICU takes them: the names, and the values in the same order.
struct IcuArgs {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;

    explicit IcuArgs(std::size_t count) {
        names.reserve(count);
        values.reserve(count);
    }
    void add(const std::string& name, long long number) {
        names.push_back(unicode(name));
        values.emplace_back(static_cast<int64_t>(number));
    }
    void add(const std::string& name, std::string_view text) { add(name, unicode(text)); }
    void add(const std::string& name, icu::UnicodeString text) {
        names.push_back(unicode(name));
        // Adopted, not copied: a Formattable copies a string it is given by reference.
        values.emplace_back(new icu::UnicodeString(std::move(text)));
    }
};

/// `format` with named arguments; nullopt when ICU cannot format them.
std::optional<icu::UnicodeString> formatted(const icu::MessageFormat& format, const IcuArgs& args) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result;
    format.format(args.names.data(), args.values.data(), static_cast<int32_t>(args.values.size()),
                  result, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return result;
}

/// `pattern` (ICU MessageFormat, parsed as `format`) with named arguments; the pattern itself
/// when it is broken (`format` null).
std::string formatted(const icu::MessageFormat* format, const std::string& pattern,
                      const IcuArgs& args) {
    std::optional<icu::UnicodeString> result = format ? formatted(*format, args) : std::nullopt;
    return result ? utf8(*result) : pattern;
}

template <class Value>
std::string formatted(const icu::MessageFormat* format, const std::string& pattern,
                      const std::vector<std::pair<std::string, Value>>& args) {
    IcuArgs icu_args(args.size());
    for (const auto& [name, value] : args)
        icu_args.add(name, value);
    return formatted(format, pattern, icu_args);
}
} // namespace

Catalogue::Icu::Numbers::Numbers(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createInstance(locale, status));
    if (U_SUCCESS(status) && format) {
        texts_.resize(kept);
        for (std::size_t number = 0; number < kept; ++number) {
            icu::UnicodeString formatted;
            format->format(static_cast<int64_t>(number), formatted);
            formatted.toUTF8String(texts_[number]);
        }
    }
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(locale, UPLURAL_TYPE_CARDINAL, status));
    if (U_SUCCESS(status) && rules) {
        keywords_.resize(kept);
        for (std::size_t number = 0; number < kept; ++number)
            rules->select(static_cast<int32_t>(number)).toUTF8String(keywords_[number]);
    }
}

namespace {
/// table[number], when the table has it.
std::optional<std::string_view> kept_for(const std::vector<std::string>& table, long long number) {
    if (number < 0 || static_cast<unsigned long long>(number) >= table.size())
        return std::nullopt;
    return table[static_cast<std::size_t>(number)];
}
} // namespace

std::optional<std::string_view> Catalogue::Icu::Numbers::text(long long number) const {
    return kept_for(texts_, number);
}

std::optional<std::string_view> Catalogue::Icu::Numbers::plural_keyword(long long number) const {
    return kept_for(keywords_, number);
}

const icu::MessageFormat* Catalogue::Icu::format_of(const std::string& pattern) {
    auto [found, added] = formats.try_emplace(pattern);
    if (added && nesting_within_limit(pattern)) {
        UErrorCode status = U_ZERO_ERROR;
        auto format = std::make_unique<icu::MessageFormat>(unicode(pattern), locale, status);
        if (U_SUCCESS(status))
            found->second = std::move(format);
    }
    return found->second.get();
}

Catalogue::Catalogue(nlohmann::json messages, std::string lang)
    : messages_(std::move(messages)), lang_(std::move(lang)), icu_(std::make_unique<Icu>()) {
    UErrorCode status = U_ZERO_ERROR;
    icu_->locale = icu::Locale::forLanguageTag(lang_, status);
    status = U_ZERO_ERROR;
    icu_->collator.reset(icu::Collator::createInstance(icu_->locale, status));
    icu_->dates.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu_->locale));
    if (icu_->dates)
        icu_->dates->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    status = U_ZERO_ERROR;
    icu_->measures =
        std::make_unique<icu::MeasureFormat>(icu_->locale, UMEASFMT_WIDTH_WIDE, status);
    if (U_FAILURE(status))
        icu_->measures.reset();
}

Catalogue::~Catalogue() = default;
Catalogue::Catalogue(Catalogue&&) noexcept = default;
Catalogue& Catalogue::operator=(Catalogue&&) noexcept = default;

const nlohmann::json& Catalogue::labels() const {
    static const nlohmann::json empty = nlohmann::json::object();
    auto found = messages_.find("labels");
    return found != messages_.end() ? *found : empty;
}

std::string Catalogue::label(std::string_view key) const {
    return entry("labels", key).value_or(std::string(key));
}

std::string Catalogue::vocabulary(std::string_view table, std::string_view name) const {
    return entry(table, name).value_or(std::string(name));
}

std::string Catalogue::message(std::string_view key,
                               const std::vector<std::pair<std::string, long long>>& args) const {
    std::string pattern = entry("messages", key).value_or(std::string(key));
    return formatted(icu_->format_of(pattern), pattern, args);
}

std::optional<std::string>
Catalogue::sentence(std::string_view key,
                    const std::vector<std::pair<std::string, std::string>>& args) const {
    std::optional<std::string> pattern = entry("messages", key);
    if (!pattern)
        return std::nullopt;
    return formatted(icu_->format_of(*pattern), *pattern, args);
}

namespace {
/// A message's arguments as text: a text as it is, sentences of their own rendered and joined
/// by "; "; a number stays a number, for ICU to format.
class ArgumentTexts {
public:
    template <class Render> ArgumentTexts(const Message::Args& args, Render render) : args_(args) {
        for (const auto& [name, value] : args) {
            const auto* parts = std::get_if<std::vector<Message>>(&value);
            if (!parts)
                continue;
            std::string& text = joined_.emplace_back();
            for (const Message& part : *parts) {
                if (!text.empty())
                    text += "; ";
                render(text, part);
            }
        }
    }

    /// The first argument named `name` as a number; none when it is missing or a text.
    std::optional<long long> number_of(std::string_view name) const {
        const Argument* argument = find(name);
        const auto* number = argument ? std::get_if<long long>(&argument->second) : nullptr;
        return number ? std::optional<long long>(*number) : std::nullopt;
    }

    /// The first argument named `name` as text; none when it is missing or a number.
    std::optional<std::string_view> text_of(std::string_view name) const {
        const Argument* argument = find(name);
        if (!argument)
            return std::nullopt;
        if (const auto* text = std::get_if<std::string>(&argument->second))
            return *text;
        if (std::holds_alternative<std::vector<Message>>(argument->second))
            return joined_[static_cast<std::size_t>(
                std::count_if(args_.data(), argument, [](const Argument& before) {
                    return std::holds_alternative<std::vector<Message>>(before.second);
                }))];
        return std::nullopt;
    }

    IcuArgs icu_args() const {
        IcuArgs icu(args_.size());
        auto joined = joined_.begin();
        for (const auto& [name, value] : args_) {
            if (const auto* number = std::get_if<long long>(&value))
                icu.add(name, *number);
            else if (const auto* text = std::get_if<std::string>(&value))
                icu.add(name, *text);
            else
                icu.add(name, *joined++);
        }
        return icu;
    }

private:
    using Argument = Message::Args::value_type;

    const Argument* find(std::string_view name) const {
        auto found = std::find_if(args_.begin(), args_.end(), [name](const Argument& argument) {
            return argument.first == name;
        });
        return found != args_.end() ? &*found : nullptr;
    }

    const Message::Args& args_;
    std::vector<std::string> joined_; // the sentences of each such argument, in order
};

/// What a PlainPattern asks of a message's arguments and of the catalogue's locale.
template <class Numbers> struct PlainArguments {
    const ArgumentTexts& args;
    const Numbers& numbers;

    std::optional<std::string_view> text(std::string_view name) const { return args.text_of(name); }
    std::optional<long long> number(std::string_view name) const { return args.number_of(name); }
    std::optional<std::string_view> number_text(long long n) const { return numbers.text(n); }
    std::optional<std::string_view> plural_keyword(long long n) const {
        return numbers.plural_keyword(n);
    }
};
} // namespace

const Catalogue::Icu::FindingPattern& Catalogue::Icu::finding_pattern(const Catalogue& catalogue,
                                                                      MessageName key) {
    auto [found, added] = findings.try_emplace(&key.str());
    FindingPattern& pattern = found->second;
    if (added && (pattern.text = catalogue.entry("findings", key))) {
        pattern.format = format_of(*pattern.text);
        if (pattern.format)
            pattern.plain = PlainPattern::parse(*pattern.text);
    }
    return pattern;
}

std::string Catalogue::render(const Message& message) const {
    std::string text;
    render(text, message);
    return text;
}

void Catalogue::render(std::string& out, const Message& message) const {
    if (message.empty())
        return;
    const Icu::FindingPattern& pattern = icu_->finding_pattern(*this, message.key);
    if (!pattern.text) {
        out += message.key.str();
        return;
    }
    ArgumentTexts args(message.args,
                       [this](std::string& text, const Message& part) { render(text, part); });
    if (pattern.plain &&
        pattern.plain->format(out, PlainArguments<Icu::Numbers>{args, icu_->numbers()}))
        return;
    out += formatted(pattern.format, *pattern.text, args.icu_args());
}

std::optional<std::string> Catalogue::entry(std::string_view table, std::string_view key) const {
    auto found_table = messages_.find(std::string(table));
    if (found_table == messages_.end() || !found_table->is_object())
        return std::nullopt;
    auto found = found_table->find(std::string(key));
    if (found == found_table->end() || !found->is_string())
        return std::nullopt;
    return found->get<std::string>();
}

std::string Catalogue::date(const Date& date) const {
    if (!date.valid() || !icu_->dates)
        return date.str();
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status);
    calendar.clear();
    calendar.set(date.year, date.month - 1, date.day);
    UDate when = calendar.getTime(status);
    if (U_FAILURE(status))
        return date.str();
    icu::UnicodeString text;
    icu_->dates->format(when, text);
    return utf8(text);
}

std::string Catalogue::duration(const Duration& duration) const {
    if (!icu_->measures)
        return duration.str();
    UErrorCode status = U_ZERO_ERROR;
    std::vector<icu::Measure> parts;
    auto add = [&](int amount, icu::MeasureUnit* unit) {
        if (amount != 0)
            parts.emplace_back(icu::Formattable(static_cast<int32_t>(amount)), unit, status);
        else
            delete unit;
    };
    add(duration.years, icu::MeasureUnit::createYear(status));
    add(duration.months, icu::MeasureUnit::createMonth(status));
    add(duration.weeks, icu::MeasureUnit::createWeek(status));
    add(duration.days, icu::MeasureUnit::createDay(status));
    if (parts.empty())
        parts.emplace_back(icu::Formattable(static_cast<int32_t>(0)),
                           icu::MeasureUnit::createDay(status), status);
    icu::UnicodeString text;
    icu::FieldPosition position;
    icu_->measures->formatMeasures(parts.data(), static_cast<int32_t>(parts.size()), text, position,
                                   status);
    return U_FAILURE(status) ? duration.str() : utf8(text);
}

std::string Catalogue::country(std::string_view code) const {
    if (code.size() != 2)
        return std::string(code);
    icu::Locale region("", std::string(code).c_str());
    icu::UnicodeString name;
    region.getDisplayCountry(icu_->locale, name);
    std::string text = utf8(name);
    return text.empty() || text == code ? std::string(code) : text;
}

bool Catalogue::before(std::string_view a, std::string_view b) const {
    if (!icu_->collator)
        return a < b;
    UErrorCode status = U_ZERO_ERROR;
    auto order = icu_->collator->compareUTF8(
        icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
        icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (order == UCOL_EQUAL)
        return a < b; // a total order, so equal-looking names still sort the same way every run
    return order == UCOL_LESS;
}

} // namespace privmap::reports
