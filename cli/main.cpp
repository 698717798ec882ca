// privmap: the command line. Each subcommand parses its arguments and runs the pipeline
// load -> resolve -> analyze -> output; see the add_*_command functions.
#include "commands.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    using namespace privmap::cli;
    CLI::App app{"privmap: GDPR data mapping, checked like source code"};
    app.set_version_flag("--version", PRIVMAP_VERSION);
    app.require_subcommand(1);
    app.footer("Examples:\n"
               "  privmap check examples/econnect    check a model\n"
               "  privmap rules                      every rule privmap checks\n"
               "  privmap explain retention.missing  what a rule checks, why, and the fix\n"
               "  privmap diff --git main register   what a change does to the register\n"
               "  privmap agenda register --within P90D  the dates falling due\n"
               "  privmap COMMAND --help             a command's options\n");

    int exit_code = Exit::clean;
    add_check_command(app, exit_code);
    add_rules_commands(app, exit_code);
    add_trace_command(app, exit_code);
    add_report_command(app, exit_code);
    add_init_command(app, exit_code);
    add_schema_command(app, exit_code);
    add_diff_command(app, exit_code);
    add_agenda_command(app, exit_code);
    add_vocabulary_command(app, exit_code);
    add_import_command(app, exit_code);

    if (std::string misspelt = misspelling(app, argc, argv); !misspelt.empty()) {
        std::cerr << misspelt;
        return Exit::invalid;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? Exit::clean : Exit::invalid;
    } catch (const std::exception& e) {
        std::cerr << "privmap: internal error: " << e.what() << "\n";
        return Exit::failure;
    } catch (...) {
        std::cerr << "privmap: internal error\n";
        return Exit::failure;
    }
    return exit_code;
}
