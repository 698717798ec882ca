#include "bench.h"
#include "measure.h"

#include <algorithm>
#include <malloc.h>
#include <sstream>

namespace privmap::bench {
namespace {

/// Every run of one measurement, to take medians of.
struct Samples {
    std::map<std::string, std::vector<double>> seconds;
    std::map<std::string, std::vector<double>> peak_mib;
    std::map<std::string, std::vector<double>> counts;

    /// The `time NAME SECONDS`, `memory NAME MIB` and `count NAME N` lines a probe prints.
    void add_probe(const std::string& out) {
        std::istringstream lines(out);
        std::string kind, name;
        double value = 0;
        while (lines >> kind >> name >> value)
            (kind == "time"     ? seconds
             : kind == "memory" ? peak_mib
                                : counts)[name]
                .push_back(value);
    }

    void add(const std::string& name, const ChildRun& run) {
        seconds[name].push_back(run.seconds);
        seconds[name + "_wall"].push_back(run.wall_seconds);
        peak_mib[name].push_back(static_cast<double>(run.peak_kib) / 1024);
    }
};

bool has_report_command(const Settings& settings) {
    return run_child({settings.privmap.string(), "report", "--help"}, 60).out.find("--format") !=
           std::string::npos;
}

// One run of every measurement, interleaved so that a noisy moment spreads over all of them.
void measure_once(const Settings& settings, const std::filesystem::path& model, bool report,
                  Samples& samples, Row& row) {
    std::string dir = model.string();
    ChildRun floor = run_child({settings.floor.string(), dir}, settings.timeout);
    samples.add("floor", floor);
    // The largest models measured are beyond privmap's default limits (docs/security.md).
    const std::vector<std::string> raised{"--limit", "model-bytes=4G", "--limit",
                                          "entities=100000000"};
    std::vector<std::string> check_args{settings.privmap.string(), "check", dir};
    check_args.insert(check_args.end(), raised.begin(), raised.end());
    // Its findings (16 MB of text at 10k) would stay in this process's heap and count in the
    // next child's peak.
    ChildRun check = run_child(check_args, settings.timeout, ChildOutput::discard);
    samples.add("check", check);
    if (check.timed_out)
        row.problems.push_back("check timed out after " + std::to_string(settings.timeout) + " s");
    else if (check.exit_code > 1)
        row.problems.push_back("check exited with " + std::to_string(check.exit_code));
    ChildRun stages = run_child({settings.self.string(), "probe", "stages", dir}, settings.timeout);
    samples.add_probe(stages.out);
    if (stages.timed_out)
        row.problems.push_back("stages timed out");
    if (report) {
        std::string out = (settings.work / ("report-" + std::to_string(row.activities))).string();
        std::vector<std::string> report_args{
            settings.privmap.string(), "report", dir, "-o", out, "--format", "html,csv"};
        report_args.insert(report_args.end(), raised.begin(), raised.end());
        ChildRun run = run_child(report_args, settings.timeout, ChildOutput::discard);
        samples.add("report", run);
        if (run.exit_code > 1)
            row.problems.push_back("report exited with " + std::to_string(run.exit_code));
    }
}

// Writes the model and forgets it: the children's peak memory would include it otherwise.
bool write_model(const Settings& settings, const std::filesystem::path& model, Row& row) {
    {
        modelgen::GeneratedModel generated =
            modelgen::generate({settings.seed, row.activities, 500, settings.wide});
        if (auto error = modelgen::write(generated, model)) {
            row.problems.push_back(*error);
            return false;
        }
        row.entities = generated.counts;
        row.files = generated.files.size();
        row.bytes = generated.bytes();
    }
    ::malloc_trim(0);
    return true;
}

/// `row` with the median of each measurement's runs.
Row with_medians(Row row, const Samples& samples) {
    for (const auto& [name, values] : samples.seconds)
        row.seconds[name] = median(values);
    for (const auto& [name, values] : samples.peak_mib)
        row.peak_mib[name] = median(values);
    for (const auto& [name, values] : samples.counts)
        row.counts[name] = median(values);
    if (row.counts["model_errors"] > 0)
        row.problems.push_back("the model has model.* errors");
    return row;
}

} // namespace

std::vector<Row> measure_sizes(const Settings& settings, std::ostream& progress) {
    struct Size {
        Row row;
        std::filesystem::path model;
        bool report = false;
        Samples samples;
    };
    std::vector<Size> sizes;
    for (std::size_t activities : settings.sizes) {
        Size& size = sizes.emplace_back();
        size.row.activities = activities;
        size.model =
            settings.work / ((settings.wide ? "wide-" : "model-") + std::to_string(activities));
        const std::vector<std::size_t>& report_sizes = settings.report_sizes;
        size.report =
            write_model(settings, size.model, size.row) &&
            std::find(report_sizes.begin(), report_sizes.end(), activities) != report_sizes.end() &&
            has_report_command(settings);
    }
    // Each run measures every size in turn, so that a slow spell of the shared machine falls on
    // all sizes alike instead of on one, where it would show as growth from size to size.
    for (int run = 0; run < settings.runs; ++run)
        for (Size& size : sizes) {
            if (!size.row.problems.empty())
                continue; // a timed-out or broken run would only repeat itself
            progress << "privmap-bench: " << size.row.activities << " activities, run " << run + 1
                     << "/" << settings.runs << std::endl;
            measure_once(settings, size.model, size.report, size.samples, size.row);
        }
    std::vector<Row> rows;
    for (Size& size : sizes)
        rows.push_back(with_medians(std::move(size.row), size.samples));
    return rows;
}

} // namespace privmap::bench
