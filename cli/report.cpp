#include "commands.h"
#include "git_revision.h"
#include "pipeline.h"

#include <iostream>
#include <privmap/findings_output.h>
#include <privmap/reports.h>

namespace privmap::cli {
namespace {

struct ReportArguments {
    std::string model;
    std::string out_dir;
    std::vector<std::string> formats{"html", "pdf"};
    std::string lang;
    std::string today;
    std::string templates;
    Limits limits;
};

int run_report(const ReportArguments& arguments) {
    Loaded loaded = load_and_resolve(arguments.model, arguments.limits);
    if (has_errors(loaded.diagnostics)) {
        std::cerr << load_errors_text(loaded, arguments.limits);
        return Exit::invalid;
    }
    ReportOptions options;
    options.out_dir = arguments.out_dir;
    options.formats = arguments.formats;
    options.lang = arguments.lang;
    options.today = today_or_system_date(arguments.today);
    if (!arguments.templates.empty())
        options.templates_dir = arguments.templates;
    options.tool_seconds = arguments.limits.tool_seconds;
    options.pdf_bytes = arguments.limits.pdf_bytes;
    options.provenance.privmap_version = PRIVMAP_VERSION;
    if (std::optional<ModelCommit> commit = model_commit(arguments.model)) {
        options.provenance.git_commit = commit->commit;
        options.provenance.git_modified = commit->modified;
    }
    Analysis analysis = analyze(loaded.model, {options.today});
    std::vector<std::filesystem::path> written;
    Diagnostics problems = write_reports(loaded.model, analysis, options, &written);
    if (!problems.empty())
        std::cerr << format_findings(problems, loaded.model, FindingsFormat::text);
    // What a user looks for next: the files, one a line (a script can read them too).
    std::string listing;
    for (const std::filesystem::path& file : written)
        listing += "wrote " + file.generic_string() + "\n";
    int exit_code = has_errors(problems) ? Exit::failure : Exit::clean;
    return print_result(listing, "the list of reports written", exit_code);
}
} // namespace

void add_report_command(CLI::App& app, int& exit_code) {
    auto* command =
        app.add_subcommand("report", "Write the processing register, DPIA and compliance reports");
    auto arguments = std::make_shared<ReportArguments>();
    command->add_option("model", arguments->model, "model file or directory")->required();
    command->add_option("-o,--output", arguments->out_dir, "folder the reports are written to")
        ->required();
    command->add_option("--format", arguments->formats, "formats to write (default: html,pdf)")
        ->delimiter(',')
        ->check(CLI::IsMember({"html", "pdf", "docx", "odt", "md", "csv", "xlsx", "pia-json"}));
    add_lang_option(*command, arguments->lang, "report language (default: the model's language)");
    add_today_option(*command, arguments->today,
                     "the date the reports are as of (default: today's date)");
    command
        ->add_option("--templates", arguments->templates,
                     "folder with templates overriding the shipped ones")
        ->check(CLI::ExistingDirectory);
    add_limit_option(*command, arguments->limits);
    command->footer("Examples:\n"
                    "  privmap report examples/econnect -o out             HTML and PDF\n"
                    "  privmap report model/ -o out --format md,docx,xlsx  to edit, to sort\n"
                    "  privmap report model/ -o out --format pia-json      for the CNIL PIA tool\n"
                    "  privmap report model/ -o out --lang en --today 2026-06-30\n"
                    "\n"
                    "Exit status: 0 every report was written, 2 the model or the command line is\n"
                    "invalid, 3 a report could not be written (a tool is missing or failed; the\n"
                    "other reports are still written).");
    command->callback([arguments, &exit_code] { exit_code = run_report(*arguments); });
}

} // namespace privmap::cli
