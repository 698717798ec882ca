// `privmap check PATH`: load, resolve and analyze a model, print every finding, and exit with
// the status CI acts on.
#include "commands.h"
#include "pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <privmap/findings_output.h>
#include <unistd.h>

namespace privmap::cli {
namespace {

struct CheckArgs {
    std::string path = ".";
    std::string format = "text";
    std::string fail_on = "error";
    std::string today;
    std::string color = "auto";
    bool exclude_waived = false;
    Limits limits;
    std::string lang; // empty: the model's language
};

bool use_color(std::string_view choice, FindingsFormat format) {
    if (format != FindingsFormat::text || choice == "never")
        return false;
    if (choice == "always")
        return true;
    const char* term = std::getenv("TERM");
    return ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") &&
           !(term && std::string_view(term) == "dumb");
}

bool is_model_error(const Diagnostic& d) {
    return !d.waiver && d.severity == Severity::error && d.rule.starts_with("model.");
}

int exit_code_for(const Diagnostics& findings, bool loaded, Severity fail_on) {
    if (!loaded || std::any_of(findings.begin(), findings.end(), is_model_error))
        return Exit::invalid;
    bool fails = std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& d) {
        return !d.waiver && d.severity >= fail_on;
    });
    return fails ? Exit::findings : Exit::clean;
}

FindingsFormat format_named(std::string_view name) {
    static const std::map<std::string_view, FindingsFormat> formats{
        {"text", FindingsFormat::text},
        {"json", FindingsFormat::json},
        {"sarif", FindingsFormat::sarif},
        {"github", FindingsFormat::github}};
    auto found = formats.find(name);
    return found == formats.end() ? FindingsFormat::text : found->second;
}

/// In a GitHub Actions step, the findings' Markdown summary goes to the run's summary page
/// ($GITHUB_STEP_SUMMARY names the file); the annotations alone may not show them all.
void write_step_summary(const Diagnostics& findings, const Model& model, int exit_code,
                        const std::string& lang) {
    const char* path = std::getenv("GITHUB_STEP_SUMMARY");
    if (!path || !*path)
        return;
    std::ofstream out(path, std::ios::app);
    out << findings_markdown_summary(findings, model, exit_code, lang);
    if (!out.flush())
        std::cerr << "privmap: warning: cannot write the step summary to " << path << "\n";
}

int run_check(const CheckArgs& args) {
    FindingsFormat format = format_named(args.format);
    Loaded& loaded = keep_until_exit(load_and_resolve(args.path, args.limits));
    Diagnostics& findings = keep_until_exit(std::move(loaded.diagnostics));
    // A model that does not load cannot be analyzed: its load errors are the findings.
    bool loaded_ok = !has_errors(findings);
    if (loaded_ok) {
        Analysis& analysis =
            keep_until_exit(analyze(loaded.model, {.today = today_or_system_date(args.today),
                                                   .facts = false,
                                                   .reach = args.limits.reach}));
        // The load's warnings go before the analysis' findings, in the analysis' vector: a
        // second vector of every finding would hold them all twice until the process exits.
        analysis.findings.insert(analysis.findings.begin(),
                                 std::make_move_iterator(findings.begin()),
                                 std::make_move_iterator(findings.end()));
        findings.swap(analysis.findings);
    }
    sort_diagnostics(findings);
    if (args.exclude_waived)
        std::erase_if(findings, [](const Diagnostic& d) { return d.waiver.has_value(); });

    int exit_code =
        exit_code_for(findings, loaded_ok, parse_severity(args.fail_on).value_or(Severity::error));
    FindingsOutputOptions options{use_color(args.color, format), exit_code, PRIVMAP_VERSION,
                                  message_language(args.lang, loaded.model)};
    // Counted in full; shown at most findings-per-entity of a rule about one entity.
    FindingsSummary counts = summarize(findings, exit_code);
    cap_diagnostics(findings, args.limits.findings_per_entity);
    write_findings(std::cout, findings, loaded.model, format, options);
    exit_code = flush_result("the findings", exit_code);
    if (format == FindingsFormat::github)
        write_step_summary(findings, loaded.model, exit_code, options.lang);
    if (exit_code != Exit::failure && format == FindingsFormat::text)
        std::cerr << summary_line(counts, options.lang) << "\n";
    return exit_code;
}

constexpr const char* check_examples = R"(Examples:
  privmap check                                        the model in the current folder
  privmap check examples/econnect                      findings as a compiler prints them
  privmap check model/ --fail-on warning               fail on warnings too
  privmap check model/ --format sarif > privmap.sarif  for GitHub code scanning
  privmap check model/ --format github                 annotations in a GitHub Actions run
                                                       (and $GITHUB_STEP_SUMMARY, when set)
  privmap check model/ --format json --today 2026-01-01
  privmap check examples/econnect --lang nl            the findings in Dutch

Exit status: 0 no findings at or above --fail-on (waived findings never count),
1 findings at or above --fail-on, 2 the model (or the command line) is invalid,
3 an internal failure.)";

} // namespace

void add_check_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("check", "Load a model and report what is wrong with it");
    auto args = std::make_shared<CheckArgs>();
    command->add_option("path", args->path, "model file (.toml) or directory (default: .)");
    command
        ->add_option("--format", args->format,
                     "output: text (for people), json, sarif (code scanning), github")
        ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
        ->default_str("text");
    command
        ->add_option("--fail-on", args->fail_on, "the least severity that fails the check (exit 1)")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->default_str("error");
    add_today_option(*command, args->today);
    command->add_flag("--exclude-waived", args->exclude_waived,
                      "leave waived findings out of the output (e.g. SARIF for code scanning)");
    add_limit_option(*command, args->limits);
    add_lang_option(*command, args->lang,
                    "language of messages, notes and help (default: the model's `language`)");
    command
        ->add_option("--color", args->color,
                     "colour the text output: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    command->footer(check_examples);
    command->callback([args, &exit_code] { exit_code = run_check(*args); });
}

} // namespace privmap::cli
