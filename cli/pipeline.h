// The pipeline stages the commands share, and the options several commands take.
#pragma once

#include "commands.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <privmap/analyzer.h>
#include <string>
#include <vector>

namespace privmap::cli {

struct Loaded {
    Model model;
    Diagnostics diagnostics; // load and resolve problems
};

/// load -> resolve, within `limits`.
Loaded load_and_resolve(const std::filesystem::path& path, const Limits& limits = {});

/// The analysis of a loaded model, within `limits`; nullopt when it did not load without
/// errors, or is beyond a limit the analysis keeps (`reach`), whose error then joins the
/// load's diagnostics: either way the command reports the diagnostics' errors and stops.
std::optional<Analysis> analyze_loaded(Loaded& loaded, AnalyzeOptions options,
                                       const Limits& limits);

/// A version of a model, loaded, resolved and analysed.
struct Analysed {
    Loaded loaded;
    Analysis analysis;
};

/// Loads and analyses the model at `path`, naming it `label` wherever it is shown
/// ("main:register/activities.toml" rather than a temporary folder). A version that does not
/// load is reported on standard error with its errors, located as `check` locates them, and a
/// line from privmap `command`; nullopt then.
std::optional<Analysed> load_version(const std::string& path, const std::string& label,
                                     const AnalyzeOptions& options, const Limits& limits,
                                     std::string_view command);

/// `--limit NAME=N`, repeatable: raises one of the resource limits (docs/security.md).
CLI::Option* add_limit_option(CLI::App& command, Limits& limits);

/// `--lang CODE`: one of the `languages` privmap speaks (privmap/languages.h); `what` says what
/// it sets, the choices are appended.
CLI::Option* add_lang_option(CLI::App& command, std::string& lang, const std::string& what);
/// The catalogue messages are said in: `lang` (--lang), else the model's `[model] language`,
/// else English; a language privmap has no catalogue for is English too.
std::string message_language(const std::string& lang, const Model&);

/// The errors of a model that did not load, as text for standard error; at most
/// `limits.findings_per_entity` of each rule about each entity.
std::string load_errors_text(Loaded& loaded, const Limits& limits);

/// Moves `value` to the heap and never frees it: a command that runs once and exits leaves
/// the model and analysis to the operating system instead of freeing millions of small
/// objects one by one (about a tenth of a large check). The objects stay reachable from a
/// static list, so leak checkers do not report them.
template <class T> T& keep_until_exit(T value) {
    static auto* kept = new std::vector<std::unique_ptr<T>>();
    return *kept->emplace_back(std::make_unique<T>(std::move(value)));
}

/// `--today YYYY-MM-DD`, the "now" of every date check (reviews, waiver expiry); stored as
/// text in `today` and checked when parsed.
CLI::Option* add_today_option(CLI::App& command, std::string& today,
                              const std::string& description = "the date to check against "
                                                               "(default: today's date)");
/// Prints `text` on standard output and returns `exit_code`, or Exit::failure (3) with a message
/// naming `what` when it could not be written (a full disk, a closed pipe): a CI job must not
/// take a truncated result for a whole one.
int print_result(const std::string& text, std::string_view what, int exit_code);
/// The same for a result already written to standard output: flushes it and returns
/// `exit_code`, or Exit::failure with the message when it could not be written.
int flush_result(std::string_view what, int exit_code);

/// The date `--today` gave, or the system date (UTC) when it was not given.
Date today_or_system_date(const std::string& today);

} // namespace privmap::cli
