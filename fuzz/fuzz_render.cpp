// Any model that loads without errors is analysed and rendered to HTML and Markdown, as
// `privmap report --format html,md` would, and no model string may come out as live markup.
#include "fuzz_model.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <privmap/reports.h>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {
namespace fs = std::filesystem;

const fs::path& out_dir() {
    static const fs::path dir = "/dev/shm/privmap-fuzz-render-" + std::to_string(::getpid());
    return dir;
}

void remove_out_dir() {
    std::error_code ignored;
    fs::remove_all(out_dir(), ignored);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// True when the character at `at` follows an odd number of backslashes (Markdown escape).
bool escaped(const std::string& text, std::size_t at) {
    std::size_t backslashes = 0;
    while (at > backslashes && text[at - backslashes - 1] == '\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

[[noreturn]] void unsafe(const fs::path& file, const std::string& what) {
    std::fprintf(stderr, "privmap fuzz_render: %s in %s\n", what.c_str(), file.c_str());
    std::abort();
}

// The shipped templates hold no <script> and their Markdown no `<` at all, so any of these
// came from the model unescaped.
void check_output_safety(const fs::path& file) {
    std::string text = read_file(file);
    if (file.extension() == ".md") {
        for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at + 1))
            if (!escaped(text, at))
                unsafe(file, "an unescaped `<` at byte " + std::to_string(at));
        return;
    }
    if (lowercase(text).find("<script") != std::string::npos)
        unsafe(file, "a <script> tag");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::atexit(remove_out_dir);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    privmap::LoadResult loaded = privmap::fuzz::load_bytes(data, size);
    if (privmap::has_errors(loaded.diagnostics))
        return -1; // not a model: keep it out of the corpus
    privmap::ReportOptions options;
    options.out_dir = out_dir();
    options.formats = {"html", "md"};
    options.today = {2026, 6, 1};
    privmap::Analysis analysis = privmap::analyze(loaded.model, {options.today});
    if (analysis.graph.beyond_reach())
        return -1; // refused as `report` refuses it: there is nothing to render
    remove_out_dir();
    privmap::write_reports(loaded.model, analysis, options);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(out_dir(), error))
        check_output_safety(entry.path());
    return 0;
}
