// `privmap init`: copies the commented starter model (templates/init/<lang>/) into a
// folder, so a DPO starts from a model that loads and only has to be filled in, with the
// JSON Schema its files name in their `#:schema` line, for completion in the editor.
#include "commands.h"
#include "pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <privmap/findings_output.h>
#include <privmap/json_schema.h>
#include <privmap/output_file.h>
#include <privmap/safe_text.h>
#include <sstream>
#include <system_error>
#include <vector>

namespace privmap::cli {
namespace {

namespace fs = std::filesystem;

/// Beside the model files, which start with `#:schema ./privmap.schema.json`.
constexpr const char* schema_file = "privmap.schema.json";

/// The starter model for `lang`: beside an installed binary (bin/../share/privmap/templates),
/// else in the source tree the binary was built from.
std::optional<fs::path> find_starter(const std::string& lang) {
    std::error_code error;
    std::vector<fs::path> roots;
    fs::path binary = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        roots.push_back(binary.parent_path().parent_path() / PRIVMAP_TEMPLATES_INSTALL_DIR);
    roots.emplace_back(PRIVMAP_SOURCE_TEMPLATES_DIR);
    for (const fs::path& root : roots) {
        fs::path starter = root / "init" / lang;
        if (fs::is_directory(starter, error))
            return starter;
    }
    return std::nullopt;
}

/// The starter's files (it has no folders), by name, in a stable order.
std::vector<fs::path> starter_files(const fs::path& starter) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(starter, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file(error))
            files.push_back(it->path().filename());
    std::sort(files.begin(), files.end());
    return files;
}

/// Names of the starter that are taken in `target`, by a file or by a link (even one that
/// leads nowhere): init never overwrites a DPO's work, nor writes through a link.
std::vector<fs::path> existing_files(const fs::path& target, const std::vector<fs::path>& files) {
    std::vector<fs::path> existing;
    std::error_code error;
    for (const fs::path& file : files)
        if (fs::exists(fs::symlink_status(target / file, error)))
            existing.push_back(target / file);
    return existing;
}

std::string file_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Writes each file as a new file: a name taken meanwhile (by a file or a link) is refused.
bool write_new_files(const fs::path& target,
                     const std::vector<std::pair<fs::path, std::string>>& files) {
    std::error_code error;
    fs::create_directories(target, error);
    if (error) {
        std::cerr << "privmap: cannot create " << target.string() << ": " << error.message()
                  << "\n";
        return false;
    }
    for (const auto& [file, text] : files)
        if (auto failure = write_file_atomically(target / file, text, Overwrite::never)) {
            std::cerr << "privmap: " << terminal_text(message_text(failure->message)) << "\n";
            return false;
        }
    return true;
}

int init_model(const fs::path& target, const std::string& lang) {
    std::optional<fs::path> starter = find_starter(lang);
    std::vector<fs::path> files = starter ? starter_files(*starter) : std::vector<fs::path>{};
    if (files.empty()) {
        std::cerr << "privmap: the starter model (templates/init/" << lang
                  << ") is not installed\n";
        return Exit::failure;
    }
    std::vector<fs::path> written = files;
    written.emplace_back(schema_file);
    if (auto existing = existing_files(target, written); !existing.empty()) {
        for (const fs::path& file : existing)
            std::cerr << "privmap: " << file.string() << " already exists\n";
        std::cerr << "privmap: init does not overwrite files; choose an empty folder, e.g. "
                     "`privmap init my-register`\n";
        return Exit::invalid;
    }
    std::vector<std::pair<fs::path, std::string>> contents;
    for (const fs::path& file : files)
        contents.emplace_back(file, file_text(*starter / file));
    contents.emplace_back(schema_file, model_json_schema());
    if (!write_new_files(target, contents))
        return Exit::failure;
    std::cout << "Created a starter model in " << target.string() << ":\n";
    for (const fs::path& file : written)
        std::cout << "  " << (target / file).string() << "\n";
    std::cout << "Replace the examples with your own processing, then run:\n  privmap check "
              << target.string() << "\n";
    return Exit::clean;
}

} // namespace

void add_init_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("init", "Write a commented starter model to fill in");
    command->footer("Examples:\n  privmap init my-register\n  privmap init my-register --lang nl");
    auto target = std::make_shared<std::string>(".");
    auto lang = std::make_shared<std::string>("en");
    command->add_option("dir", *target, "folder to write the model into (created if missing)")
        ->capture_default_str();
    add_lang_option(*command, *lang, "language of the comments and example names")
        ->capture_default_str();
    command->callback([target, lang, &exit_code] { exit_code = init_model(*target, *lang); });
}

} // namespace privmap::cli
