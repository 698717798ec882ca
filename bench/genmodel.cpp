// privmap-genmodel: writes a synthetic model directory, deterministic from seed and size.
#include <CLI/CLI.hpp>
#include <iostream>
#include <privmap/modelgen.h>

int main(int argc, char** argv) {
    privmap::modelgen::Options options;
    std::string out;
    CLI::App app{"Writes a realistic synthetic privmap model (same seed and size: same files)"};
    app.add_option("--seed", options.seed, "random seed")->capture_default_str();
    app.add_option("--activities", options.activities, "number of processing activities")
        ->capture_default_str();
    app.add_option("--per-file", options.activities_per_file,
                   "activities per activities-NNN.toml chunk")
        ->capture_default_str();
    app.add_flag("--wide", options.wide,
                 "wide profile: a 611-category taxonomy four levels deep and denser flows");
    app.add_option("--out", out, "model directory to write (its *.toml files are replaced)")
        ->required();
    CLI11_PARSE(app, argc, argv);

    privmap::modelgen::GeneratedModel model = privmap::modelgen::generate(options);
    if (auto error = privmap::modelgen::write(model, out)) {
        std::cerr << "privmap-genmodel: " << *error << "\n";
        return 3;
    }
    const privmap::modelgen::Counts& counts = model.counts;
    std::cout << out << ": " << model.files.size() << " files, " << model.bytes() << " bytes; "
              << counts.activities << " activities (" << counts.processor_activities
              << " as processor), " << counts.flows << " flows (" << counts.fan_in_activities
              << " activities with fan-in), " << counts.categories << " categories ("
              << counts.special_categories << " special), " << counts.subjects << " subjects, "
              << counts.purposes << " purposes, " << counts.parties << " parties ("
              << counts.third_country_parties << " outside the EEA), " << counts.systems
              << " systems, " << counts.measures << " measures, " << counts.dpias << " DPIAs, "
              << counts.waivers << " waivers\n";
    return 0;
}
