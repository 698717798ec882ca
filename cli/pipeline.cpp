#include "pipeline.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <iterator>
#include <privmap/findings_output.h>
#include <privmap/languages.h>
#include <privmap/safe_text.h>

namespace privmap::cli {

int print_result(const std::string& text, std::string_view what, int exit_code) {
    std::cout << text;
    return flush_result(what, exit_code);
}

int flush_result(std::string_view what, int exit_code) {
    std::cout << std::flush;
    if (std::cout)
        return exit_code;
    std::cerr << "privmap: cannot write " << what << " to standard output\n";
    return Exit::failure;
}

Loaded load_and_resolve(const std::filesystem::path& path, const Limits& limits) {
    auto [model, diagnostics] = load_model(path, {limits});
    Diagnostics resolved = resolve(model);
    diagnostics.insert(diagnostics.end(), resolved.begin(), resolved.end());
    return {std::move(model), std::move(diagnostics)};
}

std::optional<Analysis> analyze_loaded(Loaded& loaded, AnalyzeOptions options,
                                       const Limits& limits) {
    if (has_errors(loaded.diagnostics))
        return std::nullopt;
    options.reach = limits.reach;
    Analysis analysis = analyze(loaded.model, options);
    if (!analysis.graph.beyond_reach())
        return analysis;
    std::ranges::move(analysis.findings, std::back_inserter(loaded.diagnostics));
    return std::nullopt;
}

namespace {

/// Names the model `label` where it is shown. A one-file model's file is named by its path,
/// not relative to the root.
void relabel(Loaded& loaded, const std::string& path, const std::string& label) {
    loaded.model.root = label;
    auto rename = [&](FileName& file) {
        if (file.path() == path)
            file = label;
    };
    for (SourceFile& source : loaded.model.sources)
        rename(source.name);
    for (Diagnostic& d : loaded.diagnostics) {
        rename(d.where.file);
        for (Note& note : d.notes)
            rename(note.where.file);
    }
}

} // namespace

std::optional<Analysed> load_version(const std::string& path, const std::string& label,
                                     const AnalyzeOptions& options, const Limits& limits,
                                     std::string_view command) {
    Loaded loaded = load_and_resolve(path, limits);
    relabel(loaded, path, label);
    std::optional<Analysis> analysis = analyze_loaded(loaded, options, limits);
    if (!analysis) {
        std::erase_if(loaded.diagnostics,
                      [](const Diagnostic& d) { return d.severity != Severity::error; });
        sort_diagnostics(loaded.diagnostics);
        std::cerr << load_errors_text(loaded, limits) << "privmap " << command << ": "
                  << terminal_text(label) << " is not a valid model; `privmap check` shows "
                  << "every problem\n";
        return std::nullopt;
    }
    return Analysed{std::move(loaded), std::move(*analysis)};
}

CLI::Option* add_limit_option(CLI::App& command, Limits& limits) {
    auto apply = [&limits](const std::vector<std::string>& assignments) {
        for (const std::string& assignment : assignments)
            if (std::string error = set_limit(limits, assignment); !error.empty())
                throw CLI::ValidationError("--limit", error);
    };
    return command
        .add_option_function<std::vector<std::string>>(
            "--limit", apply,
            "raise a resource limit, NAME=N: file-bytes, model-bytes (16M, 64M), files (10000), "
            "depth (32), entities (250000), findings-per-entity (20), tool-seconds (120), "
            "pdf-bytes (256K), reach (50000000); see docs/security.md")
        ->type_name("NAME=N");
}

std::string load_errors_text(Loaded& loaded, const Limits& limits) {
    cap_diagnostics(loaded.diagnostics, limits.findings_per_entity);
    return format_findings(loaded.diagnostics, loaded.model, FindingsFormat::text);
}

// Reports are dated with --today, and the document tools fail on dates far from now (with
// 9999-12-31, PDF and DOCX ended in tracebacks): --today is a date privmap can keep its
// promises about.
constexpr int earliest_today_year = 1900;
constexpr int latest_today_year = 2200;

CLI::Option* add_lang_option(CLI::App& command, std::string& lang, const std::string& what) {
    return command.add_option("--lang", lang, what + " (" + language_choices() + ")")
        ->check(CLI::IsMember(std::vector<std::string>(languages.begin(), languages.end())));
}

std::string message_language(const std::string& option, const Model& model) {
    std::string lang = option.empty() ? model.info.language : option;
    return !lang.empty() && has_catalogue(lang) ? lang.substr(0, lang.find('-')) : "en";
}

CLI::Option* add_today_option(CLI::App& command, std::string& today,
                              const std::string& description) {
    auto is_date = [](const std::string& text) -> std::string {
        std::optional<Date> date = Date::parse(text);
        if (!date)
            return "not a date of the form YYYY-MM-DD: " + text;
        if (date->year < earliest_today_year || date->year > latest_today_year)
            return text + " is outside the years " + std::to_string(earliest_today_year) + " to " +
                   std::to_string(latest_today_year) + " that --today accepts";
        return {};
    };
    return command.add_option("--today", today, description)
        ->check(CLI::Validator(is_date, "YYYY-MM-DD"));
}

Date today_or_system_date(const std::string& today) {
    if (auto given = Date::parse(today))
        return *given;
    std::chrono::year_month_day now{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return {static_cast<int>(now.year()), static_cast<int>(static_cast<unsigned>(now.month())),
            static_cast<int>(static_cast<unsigned>(now.day()))};
}

} // namespace privmap::cli
