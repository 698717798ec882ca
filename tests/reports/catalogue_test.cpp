// The message catalogues templates/i18n/<lang>.json: English is the complete reference (rule
// summaries included), every shipped language has every key it has, every ICU message parses, and
// every finding a rule reports has its words (message, notes, help) and the rule its summary in
// every language.
#include "i18n.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <privmap/findings_output.h>
#include <privmap/languages.h>
#include <set>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

using namespace privmap;
using nlohmann::json;
using privmap::test::check_model;
using privmap::test::read_file;
using privmap::test::source_path;
namespace fs = std::filesystem;

namespace {

/// Every catalogue privmap ships, by language.
std::map<std::string, json> shipped_catalogues() {
    std::map<std::string, json> catalogues;
    for (const auto& entry : fs::directory_iterator(source_path("templates/i18n")))
        if (entry.path().extension() == ".json")
            catalogues[entry.path().stem().string()] =
                json::parse(read_file(entry.path().string()));
    return catalogues;
}

/// The arguments of an ICU message that choose between texts: "count:plural", "kind:select".
std::set<std::string> choosing_arguments(const std::string& pattern) {
    std::set<std::string> found;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
    if (U_FAILURE(status))
        return found;
    for (int32_t i = 0; i + 1 < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START)
            continue;
        std::string name;
        parsed.getSubstring(parsed.getPart(i + 1)).toUTF8String(name);
        switch (part.getArgType()) {
        case UMSGPAT_ARG_TYPE_PLURAL:
        case UMSGPAT_ARG_TYPE_SELECTORDINAL:
            found.insert(name + ":plural");
            break;
        case UMSGPAT_ARG_TYPE_SELECT:
            found.insert(name + ":select");
            break;
        default:
            break;
        }
    }
    return found;
}

/// "table.key" for every string of a catalogue.
std::set<std::string> keys_of(const json& catalogue) {
    std::set<std::string> keys;
    for (const auto& [table, entries] : catalogue.items())
        for (const auto& [key, value] : entries.items())
            keys.insert(table + "." + key);
    return keys;
}

std::vector<std::string> rule_models() {
    std::vector<std::string> models;
    for (const auto& rule :
         fs::directory_iterator(fs::path(PRIVMAP_TESTS_DIR) / "models" / "rules"))
        for (const auto& model : fs::directory_iterator(rule.path()))
            if (model.path().extension() == ".toml")
                models.push_back("models/rules/" + rule.path().filename().string() + "/" +
                                 model.path().filename().string());
    std::sort(models.begin(), models.end());
    return models;
}

/// Every sentence of a finding, and every sentence part in its arguments, has words in the
/// catalogue: none is English written in the code (Message::verbatim).
void require_words(const Message& message, const reports::Catalogue& catalogue,
                   const Diagnostic& d) {
    INFO(catalogue.lang() << ": " << d.rule.str() << " at " << d.where.str() << ": key `"
                          << message.key.str() << "`");
    CHECK(catalogue.entry("findings", message.key).has_value());
    CHECK(message.key != "verbatim");
    for (const auto& [name, value] : message.args)
        if (const auto* parts = std::get_if<std::vector<Message>>(&value))
            for (const Message& part : *parts)
                require_words(part, catalogue, d);
}

} // namespace

TEST_CASE("every shipped catalogue has exactly the keys of the English one") {
    auto catalogues = shipped_catalogues();
    REQUIRE(catalogues.contains("en"));
    std::set<std::string> reference = keys_of(catalogues["en"]);
    for (const auto& [lang, catalogue] : catalogues) {
        INFO("templates/i18n/" << lang << ".json differs from en.json in these keys");
        std::set<std::string> keys = keys_of(catalogue);
        std::vector<std::string> extra, missing;
        std::set_difference(keys.begin(), keys.end(), reference.begin(), reference.end(),
                            std::back_inserter(extra));
        std::set_difference(reference.begin(), reference.end(), keys.begin(), keys.end(),
                            std::back_inserter(missing));
        CHECK(extra == std::vector<std::string>{});
        CHECK(missing == std::vector<std::string>{});
    }
}

TEST_CASE("the English catalogue states each rule's summary as the rule's own file does") {
    json english = shipped_catalogues()["en"];
    for (const RuleInfo& rule : all_rules()) {
        INFO("en.json rule." << rule.id << " differs from the summary in the rule's file");
        CHECK(english["rule"].value(std::string(rule.id), "") == rule.summary);
    }
}

TEST_CASE("the English catalogue explains each rule as the rule's own file does") {
    json english = shipped_catalogues()["en"];
    for (const RuleInfo& rule : all_rules())
        for (auto [table, text] : {std::pair{"rule_what", rule.what},
                                   {"rule_why", rule.why},
                                   {"rule_legal", rule.legal},
                                   {"rule_fix", rule.fix}}) {
            INFO("en.json " << table << "." << rule.id << " differs from the rule's file");
            CHECK(english[table].value(std::string(rule.id), "") == text);
        }
}

TEST_CASE("every message of every catalogue is valid ICU MessageFormat") {
    for (const auto& [lang, catalogue] : shipped_catalogues())
        for (const char* table : {"messages", "findings"})
            for (const auto& [key, pattern] : catalogue[table].items()) {
                INFO(lang << ".json " << table << "." << key << ": " << pattern.get<std::string>());
                UErrorCode status = U_ZERO_ERROR;
                icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern.get<std::string>()),
                                          icu::Locale(lang.c_str()), status);
                CHECK(U_SUCCESS(status));
            }
}

TEST_CASE("privmap ships a catalogue for each of its languages, and only for those") {
    std::set<std::string> shipped;
    for (const auto& [lang, catalogue] : shipped_catalogues())
        shipped.insert(lang);
    CHECK(shipped == std::set<std::string>(privmap::languages.begin(), privmap::languages.end()));
}

TEST_CASE("a translation chooses on every plural and select argument English chooses on") {
    auto catalogues = shipped_catalogues();
    const json& english = catalogues["en"];
    for (const auto& [lang, catalogue] : catalogues)
        for (const char* table : {"messages", "findings"})
            for (const auto& [key, pattern] : english[table].items()) {
                if (!catalogue[table].contains(key))
                    continue; // the key test reports it
                std::set<std::string> reference = choosing_arguments(pattern.get<std::string>());
                std::set<std::string> translated =
                    choosing_arguments(catalogue[table][key].get<std::string>());
                INFO(lang << ".json " << table << "." << key << ": "
                          << catalogue[table][key].get<std::string>());
                for (const std::string& choice : reference)
                    CHECK(translated.contains(choice));
            }
}

TEST_CASE("every rule has a summary in every language") {
    for (const auto& [lang, catalogue] : shipped_catalogues()) {
        for (const RuleInfo& rule : all_rules()) {
            INFO(lang << ".json has no summary for " << rule.id);
            CHECK(catalogue["rule"].contains(std::string(rule.id)));
        }
    }
}

TEST_CASE("every finding of the rule models has its message, notes and help in every language") {
    std::vector<reports::Catalogue> catalogues;
    for (auto& [lang, catalogue] : shipped_catalogues())
        catalogues.emplace_back(std::move(catalogue), lang);
    std::set<std::string> rules_seen;
    for (const std::string& model : rule_models())
        for (const Diagnostic& d : check_model(model, {Date{2026, 6, 1}})) {
            rules_seen.insert(d.rule);
            for (const reports::Catalogue& catalogue : catalogues) {
                require_words(d.message, catalogue, d);
                for (const Note& note : d.notes)
                    require_words(note.message, catalogue, d);
                INFO(d.rule.str() << " has no help");
                CHECK(!d.help.empty());
                if (!d.help.empty())
                    require_words(d.help, catalogue, d);
            }
        }
    for (const RuleInfo& rule : all_rules())
        if (!rule.id.starts_with("report.") && !rule.id.starts_with("model.")) {
            INFO("no rule model under tests/models/rules produces " << rule.id);
            CHECK(rules_seen.contains(std::string(rule.id)));
        }
}

TEST_CASE("check --lang nl says every finding of the rule models in Dutch and none in English") {
    for (const std::string& model : rule_models())
        for (const Diagnostic& d : check_model(model, {Date{2026, 6, 1}})) {
            std::vector<const Message*> sentences{&d.message, &d.help};
            for (const Note& note : d.notes)
                sentences.push_back(&note.message);
            for (const Message* sentence : sentences) {
                if (sentence->empty())
                    continue;
                std::string dutch = message_text(*sentence, "nl");
                INFO(model << ": " << d.rule.str() << " at " << d.where.str() << ": " << dutch);
                CHECK(dutch != message_text(*sentence, "en"));
            }
        }
}
