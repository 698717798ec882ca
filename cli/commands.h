// Each privmap subcommand registers itself on the app; its callback stores the exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace privmap::cli {

/// Exit codes of privmap (stable; CI relies on them).
enum Exit : int { clean = 0, findings = 1, invalid = 2, failure = 3 };

void add_check_command(CLI::App&, int& exit_code);
void add_rules_commands(CLI::App&, int& exit_code); // `rules` and `explain`
void add_trace_command(CLI::App&, int& exit_code);
void add_report_command(CLI::App&, int& exit_code);
void add_init_command(CLI::App&, int& exit_code);
void add_schema_command(CLI::App&, int& exit_code);
void add_diff_command(CLI::App&, int& exit_code);
void add_agenda_command(CLI::App&, int& exit_code);
void add_vocabulary_command(CLI::App&, int& exit_code);
void add_import_command(CLI::App&, int& exit_code);

/// The message for a misspelt command or `--option` on the command line, with the likely
/// meaning ("did you mean `check`?"); empty when there is none.
std::string misspelling(const CLI::App&, int argc, char** argv);

} // namespace privmap::cli
