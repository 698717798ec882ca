// The synthetic models of privmap-genmodel and privmap-bench: their shape, not their timings.
#include <algorithm>
#include <catch2/catch.hpp>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>
#include <privmap/modelgen.h>
#include <toml++/toml.h>
#include <unistd.h>

using privmap::modelgen::GeneratedModel;
using privmap::modelgen::Options;

namespace {

Options small_model(std::uint64_t seed = 7) {
    Options options;
    options.seed = seed;
    options.activities = 50;
    options.activities_per_file = 20;
    return options;
}

std::vector<std::string> paths(const GeneratedModel& model) {
    std::vector<std::string> found;
    for (const auto& file : model.files)
        found.push_back(file.path);
    return found;
}

std::filesystem::path scratch_dir(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("privmap-generator-test-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

TEST_CASE("a generated model is a multi-file model directory with the register in chunks") {
    GeneratedModel model = privmap::modelgen::generate(small_model());
    std::vector<std::string> expected{
        "activities-001.toml", "activities-002.toml", "activities-003.toml", "categories.toml",
        "dpias.toml",          "flows-001.toml",      "flows-002.toml",      "flows-003.toml",
        "measures.toml",       "model.toml",          "parties.toml",        "purposes.toml",
        "subjects.toml",       "systems.toml",        "waivers.toml"};
    CHECK(paths(model) == expected);
    for (const auto& file : model.files) {
        INFO(file.path);
        CHECK_NOTHROW(toml::parse(std::string_view(file.text), std::string_view(file.path)));
    }
}

TEST_CASE("the same seed and size always give the same files, another seed another model") {
    GeneratedModel first = privmap::modelgen::generate(small_model(7));
    GeneratedModel again = privmap::modelgen::generate(small_model(7));
    GeneratedModel other = privmap::modelgen::generate(small_model(8));
    REQUIRE(first.files.size() == again.files.size());
    for (std::size_t k = 0; k < first.files.size(); ++k)
        CHECK(first.files[k].text == again.files[k].text);
    CHECK(first.files.front().text != other.files.front().text);
}

TEST_CASE("a generated model has what a real register has, in realistic proportions") {
    Options options = small_model();
    options.activities = 400;
    const privmap::modelgen::Counts counts = privmap::modelgen::generate(options).counts;
    CHECK(counts.activities == 400);
    CHECK(counts.flows >= 3 * counts.activities);
    CHECK(counts.flows <= 5 * counts.activities);
    CHECK(counts.fan_in_activities > counts.activities / 10);
    CHECK(counts.processor_activities > counts.activities / 20);
    CHECK(counts.processor_activities < counts.activities / 2);
    CHECK(counts.special_categories > 0);
    CHECK(counts.special_categories < counts.categories / 2);
    CHECK(counts.third_country_parties > 0);
    CHECK(counts.third_country_parties < counts.parties / 2);
    CHECK(counts.subjects > 0);
    CHECK(counts.purposes > counts.departments);
    CHECK(counts.systems > counts.departments);
    CHECK(counts.measures > 0);
    CHECK(counts.dpias > 0);
    CHECK(counts.waivers > 0);
}

TEST_CASE("the wide profile has a taxonomy of 500+ categories four levels deep and dense flows") {
    Options options = small_model();
    options.activities = 400;
    options.wide = true;
    const privmap::modelgen::Counts counts = privmap::modelgen::generate(options).counts;
    CHECK(counts.categories >= 611);
    CHECK(counts.flows >= 4 * counts.activities);
    CHECK(counts.fan_in_activities > counts.activities / 2);
}

TEST_CASE("writing a smaller model over a larger one leaves no stale chunks behind") {
    std::filesystem::path dir = scratch_dir("stale");
    Options large = small_model();
    large.activities = 100;
    REQUIRE_FALSE(privmap::modelgen::write(privmap::modelgen::generate(large), dir));
    GeneratedModel small = privmap::modelgen::generate(small_model());
    REQUIRE_FALSE(privmap::modelgen::write(small, dir));
    std::vector<std::string> written;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        written.push_back(entry.path().filename().string());
    std::sort(written.begin(), written.end());
    CHECK(written == paths(small));
    std::filesystem::remove_all(dir);
}

namespace {

/// The most categories on a path from a root of the taxonomy down to a leaf.
std::size_t taxonomy_depth(const privmap::Model& model) {
    std::size_t deepest = 0;
    for (const privmap::Category& category : model.categories) {
        std::size_t depth = 1;
        for (auto parent = category.parent_index; parent && depth <= model.categories.size();
             parent = model.categories[*parent].parent_index)
            ++depth;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

} // namespace

TEST_CASE("a generated model loads, resolves and is analysed without any model.* error") {
    bool wide = GENERATE(false, true);
    INFO("wide profile: " << wide);
    std::filesystem::path dir = scratch_dir(wide ? "load-wide" : "load");
    Options options = small_model();
    options.wide = wide;
    GeneratedModel generated = privmap::modelgen::generate(options);
    REQUIRE_FALSE(privmap::modelgen::write(generated, dir));
    privmap::LoadResult loaded = privmap::load_model(dir);
    privmap::Diagnostics diagnostics = privmap::resolve(loaded.model);
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    privmap::AnalyzeOptions analyze_options;
    analyze_options.today = privmap::Date{2026, 6, 1};
    for (privmap::Diagnostic& finding : privmap::analyze(loaded.model, analyze_options).findings)
        if (finding.rule.starts_with("model."))
            diagnostics.push_back(std::move(finding));
    for (const privmap::Diagnostic& diagnostic : diagnostics) {
        INFO(diagnostic.where.str()
             << ": " << diagnostic.rule.str() << ": " << message_text(diagnostic.message));
        CHECK(diagnostic.severity != privmap::Severity::error);
    }
    const privmap::modelgen::Counts& counts = generated.counts;
    CHECK(loaded.model.activities.size() == counts.activities);
    CHECK(loaded.model.flows.size() == counts.flows);
    CHECK(loaded.model.categories.size() == counts.categories);
    CHECK(loaded.model.parties.size() == counts.parties);
    CHECK(loaded.model.dpias.size() == counts.dpias);
    CHECK(loaded.model.waivers.size() == counts.waivers);
    CHECK(taxonomy_depth(loaded.model) >= (wide ? 4u : 2u));
    std::filesystem::remove_all(dir);
}
