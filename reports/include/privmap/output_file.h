// Writing an output file (a report, a rule page, a starter model) so that no reader sees half
// of it and no symbolic link sends it elsewhere.
#pragma once

#include <filesystem>
#include <optional>
#include <privmap/diagnostic.h>
#include <string_view>

namespace privmap {

enum class Overwrite { replace, never };

/// Writes `bytes` to a fresh temporary file beside `path`, then moves it to `path`: readers see
/// the old file or the new one, never half of one. A symbolic link at `path` is refused, never
/// followed or replaced; with Overwrite::never, so is anything else already there. A failure
/// is a "report.write" diagnostic and leaves `path` as it was.
std::optional<Diagnostic> write_file_atomically(const std::filesystem::path& path,
                                                std::string_view bytes,
                                                Overwrite = Overwrite::replace);

} // namespace privmap
