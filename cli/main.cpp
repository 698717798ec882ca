// privmap: the command line. Parses arguments and runs load -> resolve -> analyze -> output.
#include <privmap/findings_output.h>

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"privmap: GDPR data mapping, checked like source code"};
    app.set_version_flag("--version", PRIVMAP_VERSION);
    app.require_subcommand(1);

    std::string path;
    auto* check = app.add_subcommand("check", "Load a model and report what is wrong with it");
    check->add_option("path", path, "model file or directory")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }

    auto loaded = privmap::load_model(path);
    auto diagnostics = std::move(loaded.diagnostics);
    auto resolved = privmap::resolve(loaded.model);
    diagnostics.insert(diagnostics.end(), resolved.begin(), resolved.end());
    if (privmap::has_errors(diagnostics)) {
        std::cout << privmap::format_findings(diagnostics, loaded.model, privmap::FindingsFormat::text);
        return 2;
    }
    auto analysis = privmap::analyze(loaded.model, {});
    std::cout << privmap::format_findings(analysis.findings, loaded.model, privmap::FindingsFormat::text);
    return privmap::has_errors(analysis.findings) ? 1 : 0;
}
