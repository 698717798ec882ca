#include "draft.h"

#include <array>

namespace privmap {

namespace importing {
ImportResult read_avg_register(const std::string& source, const std::string& name,
                               const ImportOptions& options);
ImportResult read_fides(const std::vector<ImportFile>& files, const ImportOptions& options);
ImportResult read_xlsx(const std::string& source, const std::string& name,
                       const ImportOptions& options);
} // namespace importing

std::string_view to_string(ImportEntry::Kind kind) {
    static constexpr std::array<std::string_view, 4> names{"imported", "guessed", "gap",
                                                           "left out"};
    return names[static_cast<std::size_t>(kind)];
}

ImportResult import_register(ImportFormat format, const std::string& source,
                             const std::string& name, const ImportOptions& options) {
    switch (format) {
    case ImportFormat::fides:
        return importing::read_fides({{name, source}}, options);
    case ImportFormat::xlsx:
        return importing::read_xlsx(source, name, options);
    case ImportFormat::avg_register:
        break;
    }
    return importing::read_avg_register(source, name, options);
}

ImportResult import_register(ImportFormat format, const std::vector<ImportFile>& files,
                             const ImportOptions& options) {
    if (format == ImportFormat::fides)
        return importing::read_fides(files, options);
    if (files.size() != 1) {
        ImportResult result;
        result.error = "this format is read from one file, not a folder";
        return result;
    }
    return import_register(format, files.front().bytes, files.front().name, options);
}

std::string import_report(const ImportResult& result) {
    std::array<std::size_t, 4> counts{};
    for (const ImportEntry& entry : result.entries)
        ++counts[static_cast<std::size_t>(entry.kind)];
    std::string out = std::to_string(counts[0]) + " imported, " + std::to_string(counts[1]) +
                      " guessed, " + std::to_string(counts[2]) + " gaps, " +
                      std::to_string(counts[3]) + " left out\n";
    for (const ImportEntry& entry : result.entries)
        if (entry.kind != ImportEntry::Kind::imported)
            out +=
                std::string(to_string(entry.kind)) + ": " + entry.where + ": " + entry.what + "\n";
    return out;
}

} // namespace privmap
