#include "probes.h"

#include <algorithm>
#include <ctime>
#include <iostream>
#include <memory>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>
#include <sys/resource.h>
#include <utility>
#include <vector>

namespace privmap::bench {
namespace {

/// Measures CPU time, like the parent does for whole runs: a busy machine does not inflate it.
class Stopwatch {
public:
    /// CPU seconds since the last lap (or construction).
    double lap() {
        double now = cpu_seconds();
        double seconds = now - last_;
        last_ = now;
        return seconds;
    }

private:
    static double cpu_seconds() {
        timespec time{};
        ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) / 1e9;
    }

    double last_ = cpu_seconds();
};

/// The peak resident set of this process so far.
double peak_mib() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024;
}

std::size_t errors(const Diagnostics& diagnostics) {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

} // namespace

int probe_stages(const std::filesystem::path& model) {
    Stopwatch watch;
    auto stage = [&](const char* name) {
        std::cout << "time " << name << " " << watch.lap() << "\nmemory " << name << " "
                  << peak_mib() << "\n";
    };
    // Heap-allocated so that their destruction, which a program pays at exit, is timed too.
    // The largest models measured are beyond privmap's default limits (docs/security.md).
    auto loaded = std::make_unique<LoadResult>(
        load_model(model, {{.model_bytes = std::uintmax_t{4} << 30, .entities = 100000000}}));
    stage("load");
    Diagnostics resolved = resolve(loaded->model);
    stage("resolve");
    resolved.insert(resolved.end(), loaded->diagnostics.begin(), loaded->diagnostics.end());
    std::cout << "count model_errors " << errors(resolved) << "\n";
    if (errors(resolved))
        return 2;
    watch.lap();
    LineageGraph graph = LineageGraph::build(loaded->model);
    stage("graph");
    AnalyzeOptions options;
    options.today = Date{2026, 6, 1}; // fixed, so every run finds the same
    options.facts = false;            // as `check` analyses
    // The analysis takes over the graph just built, as analyze() would have built it.
    auto analysis = std::make_unique<Analysis>(analyze(loaded->model, std::move(graph), options));
    stage("analyze");
    std::string text = format_findings(analysis->findings, loaded->model, FindingsFormat::text);
    stage("render");
    std::cout << "count findings " << analysis->findings.size() << "\ncount output_bytes "
              << text.size() << "\n";
    analysis.reset();
    loaded.reset();
    stage("teardown");
    return 0;
}

} // namespace privmap::bench
