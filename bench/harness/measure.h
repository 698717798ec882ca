// Runs one measurement in a child process, so each gets its own peak memory (getrusage of
// that child alone) and a cold start like a CI job's.
#pragma once

#include <string>
#include <vector>

namespace privmap::bench {

struct ChildRun {
    double seconds = 0; // CPU time, user + system: what the run costs, however busy the machine
    double wall_seconds = 0; // from fork to exit
    long peak_kib = 0;       // maximum resident set size
    int exit_code = -1;      // 128 + signal when killed
    bool timed_out = false;
    std::string out; // standard output
};

/// Whether a child's standard output is kept in `ChildRun::out` or read and dropped.
enum class ChildOutput { keep, discard };

/// Runs `argv` (argv[0] is the program path, no shell) with stderr discarded, killing it after
/// `timeout_seconds`. The child's peak memory includes what this process has resident when it
/// forks, so callers keep it small: an output only measured, not read, is best discarded.
ChildRun run_child(const std::vector<std::string>& argv, double timeout_seconds,
                   ChildOutput output = ChildOutput::keep);

/// The median of `values` (which must not be empty).
double median(std::vector<double> values);

} // namespace privmap::bench
