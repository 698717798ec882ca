// `privmap vocabulary`: the standard terms a model can refer to as `std:<id>`.
#include "commands.h"
#include "pipeline.h"

#include <memory>
#include <privmap/vocabulary_output.h>

namespace privmap::cli {
namespace {

struct VocabularyArgs {
    std::string format = "text";
    std::string lang = "en";
};

VocabularyFormat vocabulary_format(std::string_view name) {
    if (name == "json")
        return VocabularyFormat::json;
    return name == "markdown" ? VocabularyFormat::markdown : VocabularyFormat::text;
}

} // namespace

void add_vocabulary_command(CLI::App& app, int& exit_code) {
    auto args = std::make_shared<VocabularyArgs>();
    auto* command = app.add_subcommand(
        "vocabulary", "List the standard data categories, subjects and purposes (`std:` ids) "
                      "with their GDPR flags and fideslang keys");
    command
        ->add_option("--format", args->format,
                     "text (a table), json (every language) or markdown (the docs page)")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->capture_default_str();
    add_lang_option(*command, args->lang, "the language of names and descriptions")
        ->capture_default_str();
    command->footer(
        "Examples:\n"
        "  privmap vocabulary --lang nl                       the terms, in Dutch\n"
        "  privmap vocabulary --format markdown --lang nl > docs/vocabulary/nl.md\n\n"
        "In a model: categories = [\"std:bsn\"], or extend a term: parent = \"std:health\".");
    command->callback([args, &exit_code] {
        exit_code = print_result(format_vocabulary(vocabulary_format(args->format), args->lang),
                                 "the vocabulary", Exit::clean);
    });
}

} // namespace privmap::cli
