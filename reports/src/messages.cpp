// Messages in the reader's language for the outputs that take no --templates folder (check,
// diff, trace): the catalogues privmap ships, each read once.
#include "i18n.h"
#include "template_set.h"

#include <map>
#include <privmap/findings_output.h>

namespace privmap {
namespace {

const reports::Catalogue* shipped_catalogue(std::string_view lang) {
    static std::map<std::string, std::optional<reports::Catalogue>, std::less<>> loaded;
    std::string_view name = lang.substr(0, lang.find('-'));
    // `check` asks for every message of every finding in one language: the last answer first.
    static const std::pair<const std::string, std::optional<reports::Catalogue>>* last = nullptr;
    if (last && last->first == name)
        return last->second ? &*last->second : nullptr;
    auto found = loaded.find(name);
    if (found == loaded.end()) {
        std::optional<reports::Catalogue> catalogue;
        if (auto text =
                reports::TemplateSet(std::nullopt).read("i18n/" + std::string(name) + ".json")) {
            nlohmann::json messages = nlohmann::json::parse(*text, nullptr, false);
            if (messages.is_object())
                catalogue.emplace(std::move(messages), std::string(name));
        }
        found = loaded.emplace(std::string(name), std::move(catalogue)).first;
    }
    last = &*found;
    return found->second ? &*found->second : nullptr;
}

/// Without any catalogue (privmap's templates are gone) a message still says something.
std::string uncatalogued(const Message& message) {
    if (message.key == "verbatim" && !message.args.empty())
        if (const auto* text = std::get_if<std::string>(&message.args.front().second))
            return *text;
    return message.key;
}

} // namespace

void append_message_text(std::string& out, const Message& message, std::string_view lang) {
    const reports::Catalogue* catalogue = shipped_catalogue(lang);
    if (!catalogue)
        catalogue = shipped_catalogue("en");
    if (catalogue)
        catalogue->render(out, message);
    else
        out += uncatalogued(message);
}

std::string message_text(const Message& message, std::string_view lang) {
    std::string text;
    append_message_text(text, message, lang);
    return text;
}

RuleInfo rule_in(const RuleInfo& rule, std::string_view lang, std::deque<std::string>& words) {
    const reports::Catalogue* catalogue = shipped_catalogue(lang);
    auto word = [&](std::string_view table, std::string_view english) -> std::string_view {
        std::optional<std::string> text =
            catalogue ? catalogue->entry(table, rule.id) : std::nullopt;
        return text ? std::string_view(words.emplace_back(std::move(*text))) : english;
    };
    RuleInfo localized = rule;
    localized.summary = word("rule", rule.summary);
    localized.what = word("rule_what", rule.what);
    localized.why = word("rule_why", rule.why);
    localized.legal = word("rule_legal", rule.legal);
    localized.fix = word("rule_fix", rule.fix);
    return localized;
}

bool has_catalogue(std::string_view lang) {
    return shipped_catalogue(lang) != nullptr;
}

} // namespace privmap
