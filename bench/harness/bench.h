// privmap-bench: how long privmap takes, and how much memory, on synthetic models of growing
// size, against the floor of parsing the same TOML with toml++.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <ostream>
#include <privmap/modelgen.h>
#include <string>
#include <vector>

namespace privmap::bench {

struct Settings {
    std::vector<std::size_t> sizes{1000, 10000, 50000}; // activities
    std::vector<std::size_t> report_sizes{1000, 10000}; // where `report` is measured too
    int runs = 5;
    std::uint64_t seed = 1;
    bool wide = false;             // the generator's wide profile (modelgen::Options::wide)
    std::filesystem::path work;    // generated models and report output
    std::filesystem::path privmap; // the binary under test
    std::filesystem::path self;    // this program, for the stage probe
    std::filesystem::path floor;   // privmap-parse-floor, installed beside it
    double timeout = 900;          // seconds per measurement
};

/// The medians of one size's measurements; a missing key was not measured.
struct Row {
    std::size_t activities = 0;
    modelgen::Counts entities;
    std::size_t files = 0;
    std::uintmax_t bytes = 0;
    std::map<std::string, double>
        seconds; // floor, check, load, resolve, graph, analyze, render, report
    std::map<std::string, double> peak_mib; // floor, check, report
    std::map<std::string, double> counts;   // findings, model_errors, output_bytes
    std::vector<std::string> problems;      // e.g. "check timed out", "model.* errors"
};

/// One row per size of `settings.sizes`, each model written first, then measured
/// `settings.runs` times.
std::vector<Row> measure_sizes(const Settings&, std::ostream& progress);

/// The table and the targets, in Markdown.
void print_table(std::ostream&, const Settings&, const std::vector<Row>&);

} // namespace privmap::bench
