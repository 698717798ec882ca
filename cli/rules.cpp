#include "commands.h"

namespace privmap::cli {

// Registered so the command exists; its implementation lands with its issue.
void add_rules_commands(CLI::App&, int&) {}

} // namespace privmap::cli
