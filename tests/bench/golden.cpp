#include "golden.h"

#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace privmap::test {
namespace fs = std::filesystem;

std::vector<std::string> corpus_models() {
    std::vector<std::string> found;
    fs::path source = source_path("");
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

std::string golden_place(const Location& where) {
    std::string text = where.str();
    // The corpus reaches the checkout as tests/.. or as the source directory itself.
    const std::filesystem::path tests(PRIVMAP_TESTS_DIR);
    for (const std::string& checkout :
         {tests.generic_string() + "/../", tests.parent_path().generic_string() + "/"})
        if (text.starts_with(checkout))
            return text.erase(0, checkout.size());
    return text;
}

namespace {
/// The golden file's digests by model name (a line without indent starts a model).
std::map<std::string, std::string> read_golden(const std::string& path) {
    std::map<std::string, std::string> digests;
    std::istringstream in(read_file(path));
    std::string* current = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with(" "))
            current = &digests[line];
        else if (current)
            *current += line + "\n";
    }
    return digests;
}
} // namespace

void compare_with_golden(const std::vector<std::pair<std::string, std::string>>& digests,
                         const std::string& name, std::size_t least_compared) {
    std::string path = std::string(PRIVMAP_TESTS_DIR) + "/bench/golden/" + name;
    if (std::getenv("PRIVMAP_UPDATE_GOLDEN")) {
        std::ofstream out(path, std::ios::binary);
        for (const auto& [model, text] : digests)
            out << model << "\n" << text;
        return;
    }
    std::map<std::string, std::string> golden = read_golden(path);
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
    CHECK(compared >= least_compared);
}

} // namespace privmap::test
