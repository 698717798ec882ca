// Where templates come from: a --templates directory first (same names as the shipped ones;
// a name it lacks falls back), then the templates shipped with privmap.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::reports {

class TemplateSet {
public:
    /// The shipped templates: ../share/privmap/templates next to the installed binary, or the
    /// source tree's templates/ in a build.
    static std::optional<std::filesystem::path> shipped_dir();

    explicit TemplateSet(const std::optional<std::filesystem::path>& override_dir);

    /// The text of template `name` ("register.html.mustache", "i18n/nl.json"), or nullopt.
    std::optional<std::string> read(std::string_view name) const;
    /// The file `name` would be read from (for tools that need a path, such as the print CSS).
    std::optional<std::filesystem::path> path_of(std::string_view name) const;
    /// Names of the partials for `suffix` ("html.mustache"): files named `_<partial>.<suffix>`.
    std::vector<std::string> partials(std::string_view suffix) const;

private:
    std::vector<std::filesystem::path> dirs_;
};

} // namespace privmap::reports
