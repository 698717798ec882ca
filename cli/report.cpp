#include "commands.h"
#include "git_revision.h"
#include "pipeline.h"

#include <iostream>
#include <privmap/findings_output.h>
#include <privmap/reports.h>
#include <privmap/safe_text.h>

namespace privmap::cli {
namespace {

struct ReportArguments {
    std::string model;
    std::string out_dir;
    std::vector<std::string> formats{"html", "pdf"};
    std::string lang;
    std::string today;
    std::string templates;
    std::string since; // a git revision: add the change log since it
    std::string pdf_variant = "pdf/a-3b";
    Limits limits;
};

/// The model as it was at `arguments.since`, loaded into `earlier` (extracted into `scratch`)
/// for the change log of `options`; an exit code and the reason on standard error when there
/// is no such version. Decided before any document is written, so that a bad revision leaves
/// no half-written output.
int load_earlier_version(const ReportArguments& arguments, ReportOptions& options,
                         std::optional<ScratchDir>& scratch, std::optional<Analysed>& earlier) {
    scratch.emplace("privmap-report");
    Extracted old = extract_at_revision(arguments.model, arguments.since, *scratch);
    if (old.exit_code != 0) {
        std::cerr << "privmap report: --since: " << terminal_text(old.error) << "\n";
        return old.exit_code;
    }
    earlier =
        load_version(old.model.string(), old.label, {options.today}, arguments.limits, "report");
    if (!earlier)
        return Exit::invalid;
    options.provenance.since =
        EarlierRevision{arguments.since, old.commit, &earlier->loaded.model, &earlier->analysis};
    return Exit::clean;
}

int run_report(const ReportArguments& arguments) {
    Loaded loaded = load_and_resolve(arguments.model, arguments.limits);
    const Date today = today_or_system_date(arguments.today);
    std::optional<Analysis> analysed = analyze_loaded(loaded, {today}, arguments.limits);
    if (!analysed) {
        std::cerr << load_errors_text(loaded, arguments.limits);
        return Exit::invalid;
    }
    const Analysis& analysis = *analysed;
    ReportOptions options;
    options.out_dir = arguments.out_dir;
    options.formats = arguments.formats;
    options.lang = arguments.lang;
    options.today = today;
    if (!arguments.templates.empty())
        options.templates_dir = arguments.templates;
    options.tool_seconds = arguments.limits.tool_seconds;
    options.pdf_bytes = arguments.limits.pdf_bytes;
    options.pdf_variant = arguments.pdf_variant;
    options.provenance.privmap_version = PRIVMAP_VERSION;
    if (std::optional<ModelCommit> commit = model_commit(arguments.model)) {
        options.provenance.git_commit = commit->commit;
        options.provenance.git_modified = commit->modified;
    }
    std::optional<ScratchDir> scratch;
    std::optional<Analysed> earlier;
    if (!arguments.since.empty())
        if (int exit_code = load_earlier_version(arguments, options, scratch, earlier))
            return exit_code;
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
    command->add_option("--since", arguments->since,
                        "add a change log since this git revision of the model (commit, branch, "
                        "tag) to the register and the compliance report");
    command
        ->add_option("--pdf-variant", arguments->pdf_variant,
                     "PDF conformance: pdf/a-3b to archive (default) or pdf/ua-1, tagged for "
                     "screen readers")
        ->check(CLI::IsMember({"pdf/a-3b", "pdf/ua-1"}));
    add_limit_option(*command, arguments->limits);
    command->footer("Examples:\n"
                    "  privmap report examples/econnect -o out             HTML and PDF\n"
                    "  privmap report model/ -o out --format md,docx,xlsx  to edit, to sort\n"
                    "  privmap report model/ -o out --format pia-json      for the CNIL PIA tool\n"
                    "  privmap report model/ -o out --lang en --today 2026-06-30\n"
                    "  privmap report model/ -o out --since v1.0   what changed since v1.0\n"
                    "  privmap report model/ -o out --format pdf --pdf-variant pdf/ua-1   "
                    "accessible PDF\n"
                    "\n"
                    "Exit status: 0 every report was written, 2 the model or the command line is\n"
                    "invalid (or --since names no revision of it, or it is not in git), 3 a report "
                    "could not be written (a tool is missing or failed; the\n"
                    "other reports are still written).");
    command->callback([arguments, &exit_code] { exit_code = run_report(*arguments); });
}

} // namespace privmap::cli
