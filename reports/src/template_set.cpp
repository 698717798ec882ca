#include "template_set.h"

#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

namespace privmap::reports {

std::optional<std::filesystem::path> TemplateSet::shipped_dir() {
    std::error_code error;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        std::filesystem::path installed =
            exe.parent_path().parent_path() / PRIVMAP_TEMPLATES_INSTALL_DIR;
        if (std::filesystem::is_directory(installed, error))
            return installed;
    }
    std::filesystem::path source = PRIVMAP_SOURCE_TEMPLATES_DIR;
    if (std::filesystem::is_directory(source, error))
        return source;
    return std::nullopt;
}

TemplateSet::TemplateSet(const std::optional<std::filesystem::path>& override_dir) {
    if (override_dir)
        dirs_.push_back(*override_dir);
    if (auto shipped = shipped_dir())
        dirs_.push_back(*shipped);
}

std::optional<std::filesystem::path> TemplateSet::path_of(std::string_view name) const {
    std::error_code error;
    for (const auto& dir : dirs_)
        if (std::filesystem::is_regular_file(dir / name, error))
            return dir / name;
    return std::nullopt;
}

std::optional<std::string> TemplateSet::read(std::string_view name) const {
    auto path = path_of(name);
    if (!path)
        return std::nullopt;
    std::ifstream in(*path, std::ios::binary);
    if (!in.is_open())
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> TemplateSet::partials(std::string_view suffix) const {
    std::set<std::string> names;
    std::string ending = "." + std::string(suffix);
    for (const auto& dir : dirs_) {
        std::error_code error;
        for (const auto& file : std::filesystem::directory_iterator(dir, error)) {
            std::string name = file.path().filename().string();
            if (name.size() > ending.size() + 1 && name[0] == '_' && name.ends_with(ending))
                names.insert(name.substr(0, name.size() - ending.size()));
        }
    }
    return {names.begin(), names.end()};
}

} // namespace privmap::reports
