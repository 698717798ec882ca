#include "bench.h"

#include <cstdio>
#include <fstream>
#include <functional>
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
        << " runs (seed " << settings.seed << (settings.wide ? ", wide profile" : "")
        << "), each a fresh process on a model already in the page cache; `check wall` is\n"
        << "elapsed time, which a busy machine inflates. `graph` builds the lineage graph, "
           "`analyze` screens and runs the rules over it.\n"
        << "Memory is the peak resident set of the process (after a stage: the peak so far).\n\n";
}

struct Column {
    const char* header;
    std::function<std::string(const Row&)> value;
};

void print_columns(std::ostream& out, const std::vector<Row>& rows,
                   const std::vector<Column>& columns) {
    std::string header = "|", rule = "|";
    for (const Column& column : columns) {
        header += std::string(" ") + column.header + " |";
        rule += "---:|";
    }
    out << header << "\n" << rule << "\n";
    for (const Row& row : rows) {
        out << "|";
        for (const Column& column : columns)
            out << " " << column.value(row) << " |";
        out << "\n";
    }
}

std::string ratio(const std::map<std::string, double>& values, const char* part,
                  const char* whole) {
    if (!values.count(part) || !values.count(whole))
        return "–";
    return fixed(values.at(part) / values.at(whole), 2) + "×";
}

/// Peak memory against the model's size on disk.
std::string memory_ratio(const Row& row, const char* stage) {
    if (!row.peak_mib.count(stage))
        return "–";
    return fixed(row.peak_mib.at(stage) * 1.048576 / megabytes(row), 1) + "×";
}

void print_times(std::ostream& out, const std::vector<Row>& rows) {
    auto seconds = [](const char* name) {
        return [name](const Row& row) { return cell(row.seconds, name); };
    };
    print_columns(
        out, rows,
        {{"activities", [](const Row& row) { return std::to_string(row.activities); }},
         {"flows", [](const Row& row) { return std::to_string(row.entities.flows); }},
         {"MB on disk", [](const Row& row) { return fixed(megabytes(row), 1); }},
         {"floor s", seconds("floor")},
         {"check s", seconds("check")},
         {"check/floor", [](const Row& row) { return ratio(row.seconds, "check", "floor"); }},
         {"check wall s", seconds("check_wall")},
         {"load s", seconds("load")},
         {"resolve s", seconds("resolve")},
         {"graph s", seconds("graph")},
         {"analyze s", seconds("analyze")},
         {"render s", seconds("render")},
         {"findings", [](const Row& row) { return cell(row.counts, "findings", 0); }},
         {"report html,csv s", seconds("report")}});
}

void print_memory(std::ostream& out, const std::vector<Row>& rows) {
    auto peak = [](const char* name) {
        return [name](const Row& row) { return cell(row.peak_mib, name, 0); };
    };
    print_columns(out, rows,
                  {{"activities", [](const Row& row) { return std::to_string(row.activities); }},
                   {"MB on disk", [](const Row& row) { return fixed(megabytes(row), 1); }},
                   {"floor MiB", peak("floor")},
                   {"after load MiB", peak("load")},
                   {"after resolve MiB", peak("resolve")},
                   {"after graph MiB", peak("graph")},
                   {"after analyze MiB", peak("analyze")},
                   {"check MiB", peak("check")},
                   {"check/disk", [](const Row& row) { return memory_ratio(row, "check"); }},
                   {"report MiB", peak("report")}});
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
    print_times(out, rows);
    out << "\n";
    print_memory(out, rows);
    print_targets(out, rows);
    for (const Row& row : rows)
        for (const std::string& problem : row.problems)
            out << "\nProblem at " << row.activities << " activities: " << problem << "\n";
}

} // namespace privmap::bench
