// `privmap agenda MODEL`: every dated obligation of a model in date order, for people (text),
// scripts (json) or the DPO's calendar (ics).
#include "commands.h"
#include "pipeline.h"

#include <iostream>
#include <memory>
#include <privmap/agenda_output.h>
#include <privmap/findings_output.h>

namespace privmap::cli {
namespace {

struct AgendaArgs {
    std::string path;
    std::string within;
    std::string format = "text";
    std::string today;
    std::string lang; // empty: the model's language
};

AgendaFormat agenda_format(std::string_view name) {
    if (name == "json")
        return AgendaFormat::json;
    return name == "ics" ? AgendaFormat::ics : AgendaFormat::text;
}

int run_agenda(const AgendaArgs& args) {
    Loaded loaded = load_and_resolve(args.path);
    if (has_errors(loaded.diagnostics)) {
        std::cerr << format_findings(loaded.diagnostics, loaded.model, FindingsFormat::text);
        return Exit::invalid;
    }
    AgendaOptions options{today_or_system_date(args.today), Duration::parse(args.within)};
    return print_result(format_agenda(agenda(loaded.model, options), loaded.model, options,
                                      agenda_format(args.format),
                                      message_language(args.lang, loaded.model)),
                        "the agenda", Exit::clean);
}

} // namespace

void add_agenda_command(CLI::App& app, int& exit_code) {
    auto args = std::make_shared<AgendaArgs>();
    auto* command = app.add_subcommand(
        "agenda", "List every dated obligation (reviews, waiver expiries, DPA end dates) in "
                  "date order");
    command->add_option("model", args->path, "model file or directory")->required();
    auto is_duration = [](const std::string& text) {
        return Duration::parse(text) ? std::string()
                                     : "not an ISO 8601 duration such as P90D or P6M: " + text;
    };
    command
        ->add_option("--within", args->within,
                     "only what falls due within this period from today (overdue dates always "
                     "show), e.g. P90D")
        ->check(CLI::Validator(is_duration, "DURATION"));
    command
        ->add_option("--format", args->format,
                     "text (for people), json (for scripts), ics (iCalendar, one event per date)")
        ->check(CLI::IsMember({"text", "json", "ics"}))
        ->capture_default_str();
    add_today_option(*command, args->today);
    add_lang_option(*command, args->lang, "language of the agenda (default: the model's language)");
    command->footer("Examples:\n"
                    "  privmap agenda examples/econnect                     every date to come\n"
                    "  privmap agenda model/ --within P90D                  the next three months\n"
                    "  privmap agenda model/ --format ics > privacy.ics     for a calendar\n"
                    "  privmap agenda model/ --format json --today 2026-06-01\n\n"
                    "Exit status: 0 the agenda was printed, 2 the model (or the command line) is "
                    "invalid, 3 it could not be written.");
    command->callback([args, &exit_code] { exit_code = run_agenda(*args); });
}

} // namespace privmap::cli
