#include "commands.h"
#include "pipeline.h"

#include <privmap/findings_output.h>

#include <iostream>

namespace privmap::cli {

void add_check_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("check", "Load a model and report what is wrong with it");
    auto path = std::make_shared<std::string>();
    command->add_option("path", *path, "model file or directory")->required();
    command->callback([path, &exit_code] {
        Loaded loaded = load_and_resolve(*path);
        if (has_errors(loaded.diagnostics)) {
            std::cout << format_findings(loaded.diagnostics, loaded.model, FindingsFormat::text);
            exit_code = Exit::invalid;
            return;
        }
        Analysis analysis = analyze(loaded.model, {});
        std::cout << format_findings(analysis.findings, loaded.model, FindingsFormat::text);
        exit_code = has_errors(analysis.findings) ? Exit::findings : Exit::clean;
    });
}

} // namespace privmap::cli
