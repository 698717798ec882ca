// What privmap finds, where, in every bundled, test and generated model, compared with
// tests/bench/golden/findings.txt: the guard of changes to the representation (locations,
// ids, category sets, the lineage graph) that must not change a single finding. Each line is a
// diagnostic's location, severity, rule and entity, then the locations of its notes; messages
// are left out so that rewording a rule does not touch this file, and a model the file does
// not list yet (a new test model) is not compared. After an intended change of what is found,
// regenerate it with
//   PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_bench "[golden]"
// and review the diff.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <privmap/modelgen.h>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const privmap::AnalyzeOptions fixed_day{privmap::Date{2026, 6, 1}};

/// A place as the golden file writes it: without the checkout's own path, which a one-file
/// model's diagnostics carry (the golden file must hold in every checkout).
std::string place(const privmap::Location& where) {
    std::string text = where.str();
    const std::string checkout = std::string(PRIVMAP_TESTS_DIR) + "/../";
    if (text.starts_with(checkout))
        text.erase(0, checkout.size());
    return text;
}

std::string digest(privmap::Diagnostics diagnostics) {
    privmap::sort_diagnostics(diagnostics);
    std::ostringstream out;
    for (const privmap::Diagnostic& d : diagnostics) {
        out << "  " << place(d.where) << " " << privmap::to_string(d.severity) << " " << d.rule
            << " " << d.entity << (d.waiver ? " waived" : "") << "\n";
        for (const privmap::Note& note : d.notes)
            if (note.where.known())
                out << "    note " << place(note.where) << "\n";
    }
    return out.str();
}

/// Every model under tests/models and examples: each .toml file, and each directory model
/// (the folders of examples/, tests/models/bad/ and tests/models/diff/).
std::vector<std::string> corpus_models() {
    std::vector<std::string> found;
    fs::path source = privmap::test::source_path("");
    for (const char* root : {"tests/models", "examples"})
        for (const auto& entry : fs::recursive_directory_iterator(source / root)) {
            std::string parent = fs::relative(entry.path().parent_path(), source).generic_string();
            bool directory_model =
                entry.is_directory() && (parent == "examples" || parent == "tests/models/bad" ||
                                         parent == "tests/models/diff");
            if (entry.path().extension() == ".toml" || directory_model)
                found.push_back(fs::relative(entry.path(), source).generic_string());
        }
    std::sort(found.begin(), found.end());
    return found;
}

/// The golden file's digests by model name (a line without indent starts a model).
std::map<std::string, std::string> read_golden(const std::string& path) {
    std::map<std::string, std::string> digests;
    std::istringstream in(privmap::test::read_file(path));
    std::string* current = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with(" "))
            current = &digests[line];
        else if (current)
            *current += line + "\n";
    }
    return digests;
}

privmap::Diagnostics check_generated(const privmap::modelgen::Options& options,
                                     const std::string& name) {
    fs::path dir =
        fs::temp_directory_path() / ("privmap-golden-" + std::to_string(::getpid()) + "-" + name);
    REQUIRE_FALSE(privmap::modelgen::write(privmap::modelgen::generate(options), dir));
    privmap::LoadResult loaded = privmap::load_model(dir);
    privmap::Diagnostics found = std::move(loaded.diagnostics);
    privmap::Diagnostics resolved = privmap::resolve(loaded.model);
    found.insert(found.end(), resolved.begin(), resolved.end());
    if (!privmap::has_errors(found)) {
        privmap::Diagnostics analysed = privmap::analyze(loaded.model, fixed_day).findings;
        found.insert(found.end(), analysed.begin(), analysed.end());
    }
    fs::remove_all(dir);
    return found;
}

} // namespace

TEST_CASE("every corpus and generated model gives the findings of the golden file", "[golden]") {
    std::vector<std::pair<std::string, std::string>> digests;
    for (const std::string& model : corpus_models()) {
        std::string from_tests = "../" + model; // check_model reads relative to tests/
        digests.emplace_back(model, digest(privmap::test::check_model(from_tests, fixed_day)));
    }
    for (bool wide : {false, true}) {
        privmap::modelgen::Options options;
        options.seed = 1;
        options.activities = wide ? 120 : 250;
        options.activities_per_file = 100;
        options.wide = wide;
        std::string name = wide ? "generated-wide-120" : "generated-250";
        digests.emplace_back(name, digest(check_generated(options, name)));
    }
    std::string path = std::string(PRIVMAP_TESTS_DIR) + "/bench/golden/findings.txt";
    if (std::getenv("PRIVMAP_UPDATE_GOLDEN")) {
        std::ofstream out(path, std::ios::binary);
        for (const auto& [model, text] : digests)
            out << model << "\n" << text;
        return;
    }
    std::map<std::string, std::string> golden = read_golden(path);
    REQUIRE(golden.count("generated-250"));
    std::size_t compared = 0;
    for (const auto& [model, text] : digests) {
        auto expected = golden.find(model);
        if (expected == golden.end())
            continue; // a model added since the golden file was written
        ++compared;
        INFO("model " << model << "; golden file " << path
                      << " (regenerate: PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_bench "
                         "\"[golden]\", then review the diff)");
        CHECK(text == expected->second);
    }
    CHECK(compared > 200);
}
