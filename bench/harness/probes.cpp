#include "probes.h"

#include <algorithm>
#include <ctime>
#include <iostream>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>
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

} // namespace

int probe_stages(const std::filesystem::path& model) {
    Stopwatch watch;
    LoadResult loaded = load_model(model);
    std::cout << "time load " << watch.lap() << "\n";
    Diagnostics resolved = resolve(loaded.model);
    std::cout << "time resolve " << watch.lap() << "\n";
    resolved.insert(resolved.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    std::size_t model_errors = static_cast<std::size_t>(
        std::count_if(resolved.begin(), resolved.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
    std::cout << "count model_errors " << model_errors << "\n";
    if (model_errors)
        return 2;
    watch.lap();
    LineageGraph graph = LineageGraph::build(loaded.model);
    std::cout << "time graph " << watch.lap() << "\n";
    AnalyzeOptions options;
    options.today = Date{2026, 6, 1}; // fixed, so every run finds the same
    Analysis analysis = analyze(loaded.model, options);
    std::cout << "time analyze " << watch.lap() << "\n";
    std::string text = format_findings(analysis.findings, loaded.model, FindingsFormat::text);
    std::cout << "time render " << watch.lap() << "\ncount findings " << analysis.findings.size()
              << "\ncount output_bytes " << text.size() << "\n";
    return 0;
}

} // namespace privmap::bench
