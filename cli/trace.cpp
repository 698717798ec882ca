#include "commands.h"

namespace privmap::cli {

// Registered so the command exists; its implementation lands with its issue.
void add_trace_command(CLI::App&, int&) {}

} // namespace privmap::cli
