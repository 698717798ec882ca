#include "model_files.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <privmap/findings_output.h>
#include <unistd.h>

namespace privmap::test {
namespace fs = std::filesystem;

TempModel::TempModel() {
    static std::atomic<int> counter{0};
    root_ = fs::temp_directory_path() /
            ("privmap-model-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_);
}

TempModel::~TempModel() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
}

fs::path TempModel::write(const std::string& relative, const std::string& text) const {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

namespace {
LoadResult load_and_resolve(const fs::path& path) {
    LoadResult result = load_model(path);
    Diagnostics resolved = resolve(result.model);
    result.diagnostics.insert(result.diagnostics.end(), resolved.begin(), resolved.end());
    return result;
}
} // namespace

LoadResult load_text(const std::string& text) {
    TempModel temp;
    return load_and_resolve(temp.write("model.toml", text));
}

LoadResult load_files(const std::map<std::string, std::string>& files) {
    TempModel temp;
    for (const auto& [relative, text] : files)
        temp.write(relative, text);
    return load_and_resolve(temp.root());
}

std::uint32_t line_of(const std::string& text, const std::string& needle) {
    std::size_t at = text.find(needle);
    if (at == std::string::npos)
        return 0;
    return static_cast<std::uint32_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
}

std::string describe(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += d.where.str() + " [" + d.rule + "] " + message_text(d.message) + "\n";
    return out;
}

std::size_t count_rule(const Diagnostics& diagnostics, const std::string& rule) {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [&](const Diagnostic& d) { return d.rule == rule; }));
}

const Diagnostic& only(const Diagnostics& diagnostics, const std::string& rule) {
    auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                              [&](const Diagnostic& d) { return d.rule == rule; });
    INFO("expected a diagnostic " << rule);
    REQUIRE(found != diagnostics.end());
    return *found;
}

} // namespace privmap::test
