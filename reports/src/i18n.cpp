#include "i18n.h"

#include <unicode/coll.h>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/measfmt.h>
#include <unicode/measunit.h>
#include <unicode/measure.h>
#include <unicode/msgfmt.h>
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
    };
    std::unordered_map<std::string, FindingPattern> findings;

    const icu::MessageFormat* format_of(const std::string& pattern);
    /// Catalogue::render in ICU's strings: a message's parts that are messages themselves
    /// (an owner, a list of reasons) are formatted into it without a round trip through UTF-8.
    icu::UnicodeString render(const Catalogue& catalogue, const Message& message);
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
    void add(const std::string& name, std::string_view text) {
        add(name, unicode(text));
    }
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

std::string Catalogue::render(const Message& message) const {
    if (message.empty())
        return {};
    return utf8(icu_->render(*this, message));
}

icu::UnicodeString Catalogue::Icu::render(const Catalogue& catalogue, const Message& message) {
    if (message.empty())
        return {};
    auto [found, added] = findings.try_emplace(message.key);
    FindingPattern& pattern = found->second;
    if (added && (pattern.text = catalogue.entry("findings", message.key)))
        pattern.format = format_of(*pattern.text);
    if (!pattern.text)
        return unicode(message.key);
    IcuArgs args(message.args.size());
    for (const auto& [name, value] : message.args) {
        if (const auto* number = std::get_if<long long>(&value))
            args.add(name, *number);
        else if (const auto* text = std::get_if<std::string>(&value))
            args.add(name, *text);
        else {
            icu::UnicodeString joined;
            for (const Message& part : std::get<std::vector<Message>>(value)) {
                if (!joined.isEmpty())
                    joined.append(u"; ");
                joined.append(render(catalogue, part));
            }
            args.add(name, std::move(joined));
        }
    }
    std::optional<icu::UnicodeString> result =
        pattern.format ? formatted(*pattern.format, args) : std::nullopt;
    return result ? std::move(*result) : unicode(*pattern.text);
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
