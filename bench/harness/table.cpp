#include "bench.h"

#include <cstdio>
#include <fstream>
#include <thread>

namespace privmap::bench {
namespace {

std::string fixed(double value, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string cell(const std::map<std::string, double>& values, const std::string& name,
                 int decimals = 3) {
    auto found = values.find(name);
    return found == values.end() ? "–" : fixed(found->second, decimals);
}

double megabytes(const Row& row) {
    return static_cast<double>(row.bytes) / 1e6;
}

/// `key : value` from a /proc file, e.g. "model name" from /proc/cpuinfo.
std::string proc_value(const char* file, const std::string& key) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with(key)) {
            std::size_t colon = line.find(':');
            std::size_t start = line.find_first_not_of(" \t", colon + 1);
            return start == std::string::npos ? "" : line.substr(start);
        }
    return "unknown";
}

void print_machine(std::ostream& out, const Settings& settings) {
    out << "Machine: " << proc_value("/proc/cpuinfo", "model name") << ", "
        << std::thread::hardware_concurrency() << " cores, "
        << proc_value("/proc/meminfo", "MemTotal") << " RAM; compiler " << __VERSION__ << ", "
        << PRIVMAP_BENCH_BUILD_TYPE << " build.\n"
        << "Times are CPU seconds (user + system), the median of " << settings.runs
        << " runs (seed " << settings.seed
        << "), each a fresh process on a model already in the page cache; `check wall` is\n"
        << "elapsed time, which a busy machine inflates. Peak memory is the child's maximum "
           "resident set.\n\n";
}

void print_rows(std::ostream& out, const std::vector<Row>& rows) {
    out << "| activities | flows | files | MB on disk | floor s | check s | check/floor | check "
           "wall s | load s | resolve s "
           "| graph s | analyze s | render s | findings | peak MiB floor | peak MiB check | "
           "peak/disk "
           "| report html,csv s |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|-"
           "--:|\n";
    for (const Row& row : rows) {
        auto seconds = [&](const char* name) { return cell(row.seconds, name); };
        std::string ratio = row.seconds.count("floor") && row.seconds.count("check")
                                ? fixed(row.seconds.at("check") / row.seconds.at("floor"), 2) + "×"
                                : "–";
        std::string peak_ratio =
            row.peak_mib.count("check")
                ? fixed(row.peak_mib.at("check") * 1.048576 / megabytes(row), 1) + "×"
                : "–";
        out << "| " << row.activities << " | " << row.entities.flows << " | " << row.files << " | "
            << fixed(megabytes(row), 1) << " | " << seconds("floor") << " | " << seconds("check")
            << " | " << ratio << " | " << seconds("check_wall") << " | " << seconds("load") << " | "
            << seconds("resolve") << " | " << seconds("graph") << " | " << seconds("analyze")
            << " | " << seconds("render") << " | " << cell(row.counts, "findings", 0) << " | "
            << cell(row.peak_mib, "floor", 0) << " | " << cell(row.peak_mib, "check", 0) << " | "
            << peak_ratio << " | " << seconds("report") << " |\n";
    }
}

std::string verdict(bool met) {
    return met ? "met" : "**missed**";
}

void print_targets(std::ostream& out, const std::vector<Row>& rows) {
    if (rows.empty() || !rows.back().seconds.count("check"))
        return;
    const Row& largest = rows.back();
    double ratio = largest.seconds.at("check") / largest.seconds.at("floor");
    double memory = largest.peak_mib.at("check") * 1.048576 / megabytes(largest);
    out << "\nTargets at " << largest.activities << " activities:\n"
        << "- check ≤ 2× the parse floor: " << fixed(ratio, 2) << "× — " << verdict(ratio <= 2)
        << "\n"
        << "- peak memory ≤ 10× the model on disk: " << fixed(memory, 1) << "× — "
        << verdict(memory <= 10) << "\n";
    for (std::size_t k = 1; k < rows.size(); ++k) {
        const Row& small = rows[k - 1];
        const Row& large = rows[k];
        if (!small.seconds.count("check") || !large.seconds.count("check"))
            continue;
        double size = static_cast<double>(large.activities) / static_cast<double>(small.activities);
        double time = large.seconds.at("check") / small.seconds.at("check");
        out << "- near-linear, " << small.activities << " → " << large.activities
            << " activities: model " << fixed(size, 1) << "×, check time " << fixed(time, 1)
            << "× (at most " << fixed(size * 1.2, 1) << "×) — " << verdict(time <= size * 1.2)
            << "\n";
    }
}

} // namespace

void print_table(std::ostream& out, const Settings& settings, const std::vector<Row>& rows) {
    print_machine(out, settings);
    print_rows(out, rows);
    print_targets(out, rows);
    for (const Row& row : rows)
        for (const std::string& problem : row.problems)
            out << "\nProblem at " << row.activities << " activities: " << problem << "\n";
}

} // namespace privmap::bench
