// `privmap rules` and `privmap explain`: the rule catalogue, from each rule's own metadata.
#include "commands.h"
#include "pipeline.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <privmap/findings_output.h>
#include <privmap/output_file.h>
#include <privmap/safe_text.h>

namespace privmap::cli {
namespace {

/// Every rule, in `lang`; `words` holds the texts the rules point at.
std::vector<RuleInfo> rules_in(const std::string& lang, std::deque<std::string>& words) {
    std::vector<RuleInfo> rules = all_rules();
    for (RuleInfo& rule : rules)
        rule = rule_in(rule, lang, words);
    return rules;
}

void add_rules_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("rules", "List every rule privmap checks");
    auto format = std::make_shared<std::string>("text");
    auto lang = std::make_shared<std::string>("en");
    command
        ->add_option("--format", *format, "text (a table), json or markdown (the docs/rules index)")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->default_str("text");
    add_lang_option(*command, *lang, "the language of the summaries")->capture_default_str();
    command->footer("Examples:\n"
                    "  privmap rules\n"
                    "  privmap rules --format json\n"
                    "  privmap rules --lang de      the summaries in German\n"
                    "  privmap explain RULE        one rule in full");
    command->callback([format, lang, &exit_code] {
        RulesFormat chosen = *format == "json"       ? RulesFormat::json
                             : *format == "markdown" ? RulesFormat::markdown
                                                     : RulesFormat::text;
        std::deque<std::string> words;
        exit_code =
            print_result(format_rules(rules_in(*lang, words), chosen), "the rules", Exit::clean);
    });
}

struct ExplainArgs {
    std::string rule;
    bool all = false;
    std::string format = "text";
    std::string markdown_dir;
    std::string lang = "en";
};

/// Each page is written atomically; a page name that is a symbolic link is refused, so the
/// pages land in `dir` and nowhere else.
int write_pages(const std::vector<RuleInfo>& rules, bool with_index, const std::string& lang,
                const std::filesystem::path& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    std::optional<Diagnostic> failure;
    if (error)
        std::cerr << "privmap: cannot create " << dir.string() << ": " << error.message() << "\n";
    for (std::size_t i = 0; !error && !failure && i < rules.size(); ++i)
        failure = write_file_atomically(dir / (std::string(rules[i].id) + ".md"),
                                        explain_markdown(rules[i], lang));
    std::deque<std::string> words;
    if (with_index && !error && !failure)
        failure = write_file_atomically(dir / "README.md",
                                        format_rules(rules_in(lang, words), RulesFormat::markdown));
    if (failure)
        std::cerr << "privmap: " << terminal_text(message_text(failure->message)) << "\n";
    if (error || failure)
        return Exit::failure;
    std::cerr << "wrote " << rules.size() << (rules.size() == 1 ? " page" : " pages")
              << (with_index ? " and README.md" : "") << " to " << dir.string() << "\n";
    return Exit::clean;
}

int run_explain(const ExplainArgs& args) {
    std::vector<RuleInfo> chosen;
    if (args.all) {
        chosen = all_rules();
    } else if (const RuleInfo* rule = find_rule(args.rule)) {
        chosen.push_back(*rule);
    } else {
        std::cerr << "privmap: unknown rule `" << terminal_text(args.rule) << "`";
        if (std::string_view nearest = nearest_rule(args.rule); !nearest.empty())
            std::cerr << "; did you mean `" << nearest << "`?";
        std::cerr << "\n(`privmap rules` lists every rule)\n";
        return Exit::invalid;
    }
    if (!args.markdown_dir.empty())
        return write_pages(chosen, args.all, args.lang, args.markdown_dir);
    std::string text;
    for (const RuleInfo& rule : chosen)
        text.append(text.empty() ? "" : "\n")
            .append(args.format == "markdown" ? explain_markdown(rule, args.lang)
                                              : explain_text(rule, args.lang));
    return print_result(text, "the explanation", Exit::clean);
}

void add_explain_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand(
        "explain", "Explain a rule: what it checks, why, the legal ground and the fix");
    auto args = std::make_shared<ExplainArgs>();
    auto* rule = command->add_option("rule", args->rule, "rule id, e.g. retention.missing");
    auto* all = command->add_flag("--all", args->all, "every rule");
    rule->excludes(all);
    command->add_option("--format", args->format, "text or markdown")
        ->check(CLI::IsMember({"text", "markdown"}))
        ->default_str("text");
    command->add_option("--markdown", args->markdown_dir,
                        "write <rule>.md pages (and README.md with --all) into this directory");
    add_lang_option(*command, args->lang, "the language of the explanation")->capture_default_str();
    command->footer("Examples:\n"
                    "  privmap explain retention.missing\n"
                    "  privmap explain retention.missing --lang nl   in Dutch\n"
                    "  privmap explain transfer.no-safeguard --format markdown\n"
                    "  privmap explain --all --markdown docs/rules   regenerate the rule docs");
    command->callback([args, &exit_code] {
        if (args->rule.empty() && !args->all)
            throw CLI::ValidationError("explain", "give a rule id, or --all");
        exit_code = run_explain(*args);
    });
}

} // namespace

void add_rules_commands(CLI::App& app, int& exit_code) {
    add_rules_command(app, exit_code);
    add_explain_command(app, exit_code);
}

} // namespace privmap::cli
