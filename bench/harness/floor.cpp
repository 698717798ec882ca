// privmap-parse-floor MODEL: the floor privmap is measured against. It reads and parses every
// file of the model with toml++ as the loader does, and nothing else; it links nothing else
// either, so its start-up is a bare program's. Prints `count NAME N` lines for privmap-bench.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <toml++/toml.h>
#include <vector>

namespace {

// The loader's order: every *.toml below the root, dot-files skipped, byte-wise sorted paths.
std::vector<std::string> model_files(const std::filesystem::path& root) {
    if (!std::filesystem::is_directory(root))
        return {root.string()};
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == ".toml" &&
            !entry.path().filename().string().starts_with("."))
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool parses(const std::string& text, const std::string& path) {
    try {
        toml::table table = toml::parse(std::string_view(text), std::string_view(path));
        return true;
    } catch (const toml::parse_error&) {
        return false;
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: privmap-parse-floor MODEL\n";
        return 2;
    }
    std::size_t files = 0, bytes = 0, errors = 0;
    for (const std::string& path : model_files(argv[1])) {
        std::string text = read(path);
        ++files;
        bytes += text.size();
        errors += !parses(text, path);
    }
    std::cout << "count files " << files << "\ncount bytes " << bytes << "\ncount parse_errors "
              << errors << "\n";
    return errors ? 2 : 0;
}
