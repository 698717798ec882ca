// A rule's documentation, from its RuleInfo alone: `privmap explain`, docs/rules and SARIF's
// rules[] all say the same thing.
#include "findings_output_detail.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace privmap {
namespace {

struct Section {
    std::string title;
    std::string_view body;
    bool toml = false; // the example, a TOML snippet
};

std::string word(std::string_view key, std::string_view lang) {
    return message_text(Message{std::string(key), {}}, lang);
}

/// `rule`'s words are already in `lang`; the titles are looked up.
std::vector<Section> sections(const RuleInfo& rule, std::string_view lang) {
    return {{word("explain.what", lang), rule.what},
            {word("explain.why", lang), rule.why},
            {word("explain.legal", lang), rule.legal},
            {word("explain.example", lang), rule.example, true},
            {word("explain.fix", lang), rule.fix}};
}

std::string indented(std::string_view text, std::string_view indent) {
    std::string out;
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        out += line.empty() ? "" : std::string(indent);
        out += std::string(line) + "\n";
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return out;
}

// A summary inside a Markdown table cell.
std::string table_cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else
            out += c == '\n' ? ' ' : c;
    }
    return out;
}

constexpr std::string_view generated_marker =
    "<!-- Generated from the rules' own metadata by `privmap explain --all --markdown docs/rules`; "
    "do not edit. -->\n";

} // namespace

std::string explain_text(const RuleInfo& english, std::string_view lang) {
    std::deque<std::string> words;
    RuleInfo rule = rule_in(english, lang, words);
    std::string out = std::string(rule.id) + " (" +
                      findings_output::severity_word(rule.severity, lang) + ")\n" +
                      indented(rule.summary, "  ");
    for (const Section& section : sections(rule, lang))
        if (!section.body.empty())
            out += "\n" + section.title + "\n" + indented(section.body, "  ");
    return out;
}

std::string explain_markdown(const RuleInfo& english, std::string_view lang) {
    std::deque<std::string> words;
    RuleInfo rule = rule_in(english, lang, words);
    std::string out(generated_marker);
    out += "\n# `" + std::string(rule.id) + "`\n\n" + std::string(rule.summary) + "\n\n**" +
           word("explain.default-severity", lang) + ":** " +
           findings_output::severity_word(rule.severity, lang) + "\n";
    for (const Section& section : sections(rule, lang)) {
        if (section.body.empty())
            continue;
        out += "\n## " + section.title + "\n\n";
        out += section.toml ? "```toml\n" + indented(section.body, "") + "```\n"
                            : indented(section.body, "");
    }
    std::string command = "privmap explain " + std::string(rule.id);
    if (lang != "en")
        command += " --lang " + std::string(lang);
    out += "\n" + word("explain.command-line", lang) + " `" + command + "`.\n";
    return out;
}

namespace {

std::string rules_markdown(const std::vector<RuleInfo>& rules) {
    std::string out(generated_marker);
    out += "\n# Rules\n\n"
           "Every check `privmap check` makes is a rule with a stable id, a default severity "
           "(which `[checks]` in the model may change) and the legal ground it stands on. "
           "The `report.*` rules are what `privmap report` says when it cannot write a document. "
           "Every id privmap prints is on this page: `privmap rules` lists them and "
           "`privmap explain RULE` prints one of these pages.\n";
    std::string family;
    for (const RuleInfo& rule : rules) {
        if (findings_output::rule_family(rule.id) != family) {
            family = findings_output::rule_family(rule.id);
            out += "\n## " + family + ".*\n\n| Rule | Severity | Summary |\n|---|---|---|\n";
        }
        out += "| [`" + std::string(rule.id) + "`](" + std::string(rule.id) + ".md) | " +
               std::string(to_string(rule.severity)) + " | " + table_cell(rule.summary) + " |\n";
    }
    return out;
}

std::string rules_table(const std::vector<RuleInfo>& rules) {
    std::size_t width = 4;
    for (const RuleInfo& rule : rules)
        width = std::max(width, rule.id.size());
    auto row = [width](std::string_view id, std::string_view severity, std::string_view summary) {
        return std::string(id) + std::string(width - id.size() + 2, ' ') + std::string(severity) +
               std::string(9 - severity.size(), ' ') + std::string(summary) + "\n";
    };
    std::string out = row("RULE", "SEVERITY", "SUMMARY");
    for (const RuleInfo& rule : rules)
        out += row(rule.id, to_string(rule.severity), rule.summary);
    return out;
}

std::string rules_json(const std::vector<RuleInfo>& rules) {
    nlohmann::ordered_json out = {{"rules", nlohmann::ordered_json::array()}};
    for (const RuleInfo& rule : rules)
        out["rules"].push_back({{"id", rule.id},
                                {"severity", to_string(rule.severity)},
                                {"summary", rule.summary},
                                {"legal", rule.legal}});
    return out.dump(2) + "\n";
}

} // namespace

std::string format_rules(const std::vector<RuleInfo>& rules, RulesFormat format) {
    switch (format) {
    case RulesFormat::json:
        return rules_json(rules);
    case RulesFormat::markdown:
        return rules_markdown(rules);
    case RulesFormat::text:
        break;
    }
    return rules_table(rules);
}

} // namespace privmap
