// privmap-bench: runs privmap on generated models of 1k, 10k and 50k activities and prints
// the table of docs/performance.md. `privmap-bench probe stages MODEL` is the measurement of
// the stages it runs in a child process; privmap-parse-floor measures the floor.
#include "bench.h"
#include "probes.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace {

int run_benchmark(privmap::bench::Settings& settings) {
    settings.self = std::filesystem::read_symlink("/proc/self/exe");
    settings.floor = settings.self.parent_path() / "privmap-parse-floor";
    privmap::bench::print_table(std::cout, settings,
                                privmap::bench::measure_sizes(settings, std::cerr));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    privmap::bench::Settings settings;
    settings.work = "bench-work";
    settings.privmap = PRIVMAP_BENCH_PRIVMAP;
    CLI::App app{"Measures privmap on synthetic models against the toml++ parse floor"};
    app.add_option("--sizes", settings.sizes, "model sizes in activities")
        ->delimiter(',')
        ->capture_default_str();
    app.add_option("--report-sizes", settings.report_sizes,
                   "sizes at which `report --format html,csv` is timed")
        ->delimiter(',')
        ->capture_default_str();
    app.add_option("--runs", settings.runs, "runs per measurement (the median is shown)")
        ->capture_default_str();
    app.add_option("--seed", settings.seed, "generator seed")->capture_default_str();
    app.add_flag("--wide", settings.wide,
                 "the generator's wide profile: 611 categories four levels deep, denser flows");
    app.add_option("--work", settings.work, "directory for the generated models and reports")
        ->capture_default_str();
    app.add_option("--privmap", settings.privmap, "the privmap binary to measure")
        ->capture_default_str();
    app.add_option("--timeout", settings.timeout, "seconds before a measurement is abandoned")
        ->capture_default_str();

    std::string probe_model;
    CLI::App* probe =
        app.add_subcommand("probe", "the stage timings, run in a child process by the benchmark");
    probe->add_subcommand("stages")->add_option("model", probe_model)->required();
    CLI11_PARSE(app, argc, argv);

    if (*probe)
        return privmap::bench::probe_stages(probe_model);
    return run_benchmark(settings);
}
