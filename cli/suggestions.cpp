// A misspelt command or option gets its likely meaning, before CLI11's less helpful message
// ("A subcommand is required", "The following arguments were not expected").
#include "commands.h"

#include <privmap/diagnostic.h>
#include <string>
#include <vector>

namespace privmap::cli {
namespace {

std::string did_you_mean(std::string_view guess, std::string_view otherwise) {
    return guess.empty() ? std::string(otherwise) : "did you mean `" + std::string(guess) + "`?";
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App*) { return true; });
}

std::string misspelt_command(const CLI::App& app, std::string_view word) {
    std::vector<std::string> names;
    for (const CLI::App* command : commands_of(app))
        names.push_back(command->get_name());
    std::vector<std::string_view> candidates(names.begin(), names.end());
    return "privmap: `" + std::string(word) + "` is not a command; " +
           did_you_mean(likely_meant(word, candidates), "`privmap --help` lists them") + "\n";
}

/// The first `--option` that `command` does not take, with a suggestion from those it does.
std::string misspelt_option(const CLI::App& command, int argc, char** argv) {
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options())
        for (const std::string& name : option->get_lnames())
            names.push_back("--" + name);
    std::vector<std::string_view> candidates(names.begin(), names.end());
    for (int i = 2; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word == "--")
            break;
        if (!word.starts_with("--"))
            continue;
        std::string_view name = word.substr(0, word.find('='));
        if (command.get_option_no_throw(std::string(name)))
            continue;
        return "privmap " + command.get_name() + ": `" + std::string(name) +
               "` is not an option of `privmap " + command.get_name() + "`; " +
               did_you_mean(likely_meant(name, candidates),
                            "`privmap " + command.get_name() + " --help` lists them") +
               "\n";
    }
    return "";
}

} // namespace

std::string misspelling(const CLI::App& app, int argc, char** argv) {
    if (argc < 2 || std::string_view(argv[1]).starts_with("-"))
        return "";
    for (const CLI::App* command : commands_of(app))
        if (command->get_name() == argv[1])
            return misspelt_option(*command, argc, argv);
    return misspelt_command(app, argv[1]);
}

} // namespace privmap::cli
