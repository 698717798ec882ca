// privmap_modelgen: realistic synthetic models for benchmarks and tests. A model is drawn
// from a seed and a size (its number of activities), so the same two numbers always give
// byte-identical files, and is laid out as a DPO's multi-file model directory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace privmap::modelgen {

struct Options {
    std::uint64_t seed = 1;
    std::size_t activities = 1000;
    /// Large registers are split in chunks: activities-NNN.toml and flows-NNN.toml.
    std::size_t activities_per_file = 500;
    /// The wide profile: a fixed taxonomy of 611 categories four levels deep (every base
    /// category refined twice over), departments drawing from all of it, and denser fan-in
    /// (about 5.5 flows per activity instead of 4.4). The standard profile's taxonomy grows
    /// with the square root of the register instead.
    bool wide = false;
};

/// How many of each entity the model declares.
struct Counts {
    std::size_t departments = 0; // not an entity: the clusters activities are drawn in
    std::size_t subjects = 0;
    std::size_t categories = 0;
    std::size_t special_categories = 0; // special themselves or through an ancestor
    std::size_t purposes = 0;
    std::size_t parties = 0;
    std::size_t third_country_parties = 0; // outside the EEA, or `unknown`
    std::size_t systems = 0;
    std::size_t measures = 0;
    std::size_t activities = 0;
    std::size_t processor_activities = 0;
    std::size_t flows = 0;
    std::size_t fan_in_activities = 0; // activities fed by flows from two or more activities
    std::size_t dpias = 0;
    std::size_t waivers = 0;
};

struct File {
    std::string path; // relative to the model root
    std::string text;
};

struct GeneratedModel {
    std::vector<File> files; // in the sorted order the loader reads them
    Counts counts;

    std::uintmax_t bytes() const;
};

GeneratedModel generate(const Options&);

/// Writes the files into `dir`, creating it, after removing the `*.toml` files a previous
/// run left there (a smaller model must not inherit stale chunks). Returns an error
/// message when the files cannot be written.
std::optional<std::string> write(const GeneratedModel&, const std::filesystem::path& dir);

} // namespace privmap::modelgen
