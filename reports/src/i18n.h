// The report language: labels and messages from the ICU MessageFormat catalogue
// templates/i18n/<lang>.json, and the locale's dates, durations, country names and collation.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <privmap/diagnostic.h>
#include <privmap/types.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privmap::reports {

class Catalogue {
public:
    /// `messages` is the parsed catalogue; `lang` a BCP 47 tag ("nl", "en").
    Catalogue(nlohmann::json messages, std::string lang);
    ~Catalogue();
    Catalogue(Catalogue&&) noexcept;
    Catalogue& operator=(Catalogue&&) noexcept;

    const std::string& lang() const { return lang_; }
    /// The plain labels (the catalogue's "labels" table) the templates see as `t`.
    const nlohmann::json& labels() const;
    /// labels[key], or the key itself when the catalogue lacks it (visible, never a crash).
    std::string label(std::string_view key) const;
    /// The name of an enumerated value: vocabulary("basis", "legal-obligation").
    std::string vocabulary(std::string_view table, std::string_view name) const;
    /// messages[key] formatted with ICU MessageFormat and named integer arguments.
    std::string message(std::string_view key,
                        const std::vector<std::pair<std::string, long long>>& args) const;
    /// messages[key] formatted with named text arguments; nullopt when the catalogue lacks it.
    std::optional<std::string>
    sentence(std::string_view key,
             const std::vector<std::pair<std::string, std::string>>& args) const;
    /// A finding's message, note or help: findings[key] formatted with its arguments; the key
    /// itself when the catalogue lacks it (visible, never a crash).
    std::string render(const Message& message) const;
    /// render(message) appended to `out`.
    void render(std::string& out, const Message& message) const;
    /// table[key] when the catalogue has it: entry("rule", "retention.missing").
    std::optional<std::string> entry(std::string_view table, std::string_view key) const;

    std::string date(const Date&) const;              // "15 juni 2024", "June 15, 2024"
    std::string duration(const Duration&) const;      // "7 jaar", "1 year, 6 months"
    std::string country(std::string_view code) const; // "Verenigde Staten"; code when unknown
    /// Locale-aware ordering (ICU collator): true when a sorts before b.
    bool before(std::string_view a, std::string_view b) const;

private:
    struct Icu;
    nlohmann::json messages_;
    std::string lang_;
    std::unique_ptr<Icu> icu_;
};

} // namespace privmap::reports
