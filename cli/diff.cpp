// `privmap diff OLD NEW` and `privmap diff --git REV [MODEL]`: what a change to the model
// changes in the register and in the findings, for a reviewer.
#include "commands.h"
#include "git_revision.h"
#include "pipeline.h"

#include <iostream>
#include <memory>
#include <optional>
#include <privmap/diff_output.h>
#include <privmap/findings_output.h>
#include <privmap/safe_text.h>

namespace privmap::cli {
namespace {

struct DiffArgs {
    std::string old_model;
    std::string new_model;
    std::string git_revision;
    std::string format = "text";
    std::string fail_on;
    std::string today;
    Limits limits;
};

DiffFormat format_named(const std::string& name) {
    return name == "json"       ? DiffFormat::json
           : name == "markdown" ? DiffFormat::markdown
                                : DiffFormat::text;
}

bool introduces_at_least(const ModelDiff& diff, Severity least) {
    for (const Change& change : diff.changes)
        if (change.kind == ChangeKind::finding_introduced && change.severity >= least)
            return true;
    return false;
}

int compare(const std::string& old_path, const std::string& old_label, const DiffArgs& args) {
    AnalyzeOptions options{today_or_system_date(args.today)};
    std::optional<Analysed> before =
        load_version(old_path, old_label, options, args.limits, "diff");
    std::optional<Analysed> after =
        load_version(args.new_model, args.new_model, options, args.limits, "diff");
    if (!before || !after)
        return Exit::invalid;
    ModelDiff diff =
        diff_models(before->loaded.model, before->analysis, after->loaded.model, after->analysis);
    std::optional<Severity> fail_on = parse_severity(args.fail_on);
    int exit_code = fail_on && introduces_at_least(diff, *fail_on) ? Exit::findings : Exit::clean;
    return print_result(format_diff(diff, after->loaded.model, format_named(args.format)),
                        "the diff", exit_code);
}

int compare_with_revision(DiffArgs args) {
    if (!args.new_model.empty()) {
        std::cerr << "privmap diff: with --git give one model (the working tree's), not two\n";
        return Exit::invalid;
    }
    args.new_model = args.old_model.empty() ? "." : args.old_model;
    ScratchDir scratch("privmap-diff");
    Extracted old = extract_at_revision(args.new_model, args.git_revision, scratch);
    if (old.exit_code != 0) {
        std::cerr << "privmap diff: " << terminal_text(old.error) << "\n";
        return old.exit_code;
    }
    return compare(old.model.string(), old.label, args);
}

int run_diff(const DiffArgs& args) {
    if (!args.git_revision.empty())
        return compare_with_revision(args);
    if (args.new_model.empty()) {
        std::cerr << "privmap diff: give two models (OLD NEW), or --git REV [MODEL]\n";
        return Exit::invalid;
    }
    return compare(args.old_model, args.old_model, args);
}

constexpr const char* diff_examples = R"(Examples:
  privmap diff register-v1/ register/               two versions side by side
  privmap diff --git main register                  register/ now against the last commit on main
  privmap diff --git origin/main register --format markdown > comment.md
                                                    a merge-request comment
  privmap diff --git HEAD~1 . --format json --fail-on error

Exit status: 0 the diff was printed (with --fail-on: and the change introduces no finding at
or above it), 1 the change introduces findings at or above --fail-on, 2 a model is invalid,
the revision or the command line is, 3 an internal failure (or git is missing).)";

} // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand(
        "diff", "Compare two versions of a model: what changes in the register and the findings");
    auto args = std::make_shared<DiffArgs>();
    command
        ->add_option("old", args->old_model,
                     "the model before the change (file or directory); with --git, the model")
        ->check(CLI::ExistingPath);
    command->add_option("new", args->new_model, "the model after the change")
        ->check(CLI::ExistingPath);
    command->add_option("--git", args->git_revision,
                        "compare the model as it was at this git revision (commit, branch, tag) "
                        "with the working tree");
    command->add_option("--format", args->format, "text, markdown (a merge-request comment), json")
        ->check(CLI::IsMember({"text", "markdown", "json"}))
        ->default_str("text");
    command
        ->add_option("--fail-on", args->fail_on,
                     "exit 1 when the change introduces a finding of this severity or worse")
        ->check(CLI::IsMember({"error", "warning", "note"}));
    add_today_option(*command, args->today);
    add_limit_option(*command, args->limits);
    command->footer(diff_examples);
    command->callback([args, &exit_code] { exit_code = run_diff(*args); });
}

} // namespace privmap::cli
