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

/// The valid header every small model needs: [model] and [organisation]. Inline, so that it is
/// initialised before the test files' own constants built from it.
inline const std::string model_header = R"([model]
format = 1

[organisation]
id = "acme"
name = "Acme"
country = "NL"
contact = { email = "privacy@acme.nl" }
)";

/// load_model + resolve on one file holding `text`.
LoadResult load_text(const std::string& text);
/// load_model + resolve on a directory holding `files` (relative path -> text).
LoadResult load_files(const std::map<std::string, std::string>& files);

/// The 1-based line of `text` on which `needle` first occurs (0 when it does not).
std::uint32_t line_of(const std::string& text, const std::string& needle);

/// One line a diagnostic, for INFO() when a test fails.
std::string describe(const Diagnostics&);

/// The number of diagnostics of `rule`.
std::size_t count_rule(const Diagnostics&, const std::string& rule);
/// The first diagnostic of `rule`; fails the test when there is none.
const Diagnostic& only(const Diagnostics&, const std::string& rule);

} // namespace privmap::test
