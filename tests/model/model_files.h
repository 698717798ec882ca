// Loading small models written inline in a test.
#pragma once

#include <filesystem>
#include <map>
#include <privmap/model.h>
#include <string>

namespace privmap::test {

/// A fresh directory under the system's temp dir, removed when the object goes.
class TempModel {
public:
    TempModel();
    ~TempModel();
    TempModel(const TempModel&) = delete;
    TempModel& operator=(const TempModel&) = delete;

    /// Writes `text` to `relative` (directories created) and returns its full path.
    std::filesystem::path write(const std::string& relative, const std::string& text) const;
    const std::filesystem::path& root() const { return root_; }

private:
    std::filesystem::path root_;
};

/// The valid header every small model needs: [model] and [organisation].
extern const std::string model_header;

/// load_model + resolve on one file holding `text`.
LoadResult load_text(const std::string& text);
/// load_model + resolve on a directory holding `files` (relative path -> text).
LoadResult load_files(const std::map<std::string, std::string>& files);

/// The number of diagnostics of `rule`.
std::size_t count_rule(const Diagnostics&, const std::string& rule);
/// The first diagnostic of `rule`; fails the test when there is none.
const Diagnostic& only(const Diagnostics&, const std::string& rule);

} // namespace privmap::test
