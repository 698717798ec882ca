// What privmap finds, where, in every bundled, test and generated model, compared with
// tests/bench/golden/findings.txt: the guard of changes to the representation (locations,
// ids, category sets, the lineage graph) that must not change a single finding. Each line is a
// diagnostic's location, severity, rule and entity, then the locations of its notes; messages
// are left out so that rewording a rule does not touch this file, and a model the file does
// not list yet (a new test model) is not compared. After an intended change of what is found,
// regenerate it with
//   PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_bench "[golden]"
// and review the diff.
#include "golden.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/modelgen.h>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const privmap::AnalyzeOptions fixed_day{privmap::Date{2026, 6, 1}};

std::string digest(privmap::Diagnostics diagnostics) {
    privmap::sort_diagnostics(diagnostics);
    std::ostringstream out;
    for (const privmap::Diagnostic& d : diagnostics) {
        out << "  " << privmap::test::golden_place(d.where) << " " << privmap::to_string(d.severity)
            << " " << d.rule.str() << " " << d.entity.str() << (d.waiver ? " waived" : "") << "\n";
        for (const privmap::Note& note : d.notes)
            if (note.where.known())
                out << "    note " << privmap::test::golden_place(note.where) << "\n";
    }
    return out.str();
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
    for (const std::string& model : privmap::test::corpus_models()) {
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
    privmap::test::compare_with_golden(digests, "findings.txt", 201);
}
