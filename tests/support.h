// Helpers for tests that run the real privmap binary, as a user or CI would.
#pragma once

#include <filesystem>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>
#include <privmap/process.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::test {

/// A fresh directory under the system's temporary directory, removed with its contents: the
/// reports' ScratchDir, failing the test when it cannot be made.
struct TempDir {
    ScratchDir scratch{"privmap-test"};
    const std::filesystem::path& path = scratch.path();
    TempDir();
    /// Writes `text` to `relative` inside the directory, making the folders on the way.
    void write(const std::string& relative, const std::string& text) const;
};

struct Run {
    int exit_code = -1;
    std::string out; // standard output
    std::string err; // standard error
};

/// Runs PRIVMAP_BINARY with `args` (no shell), from the source directory, and collects its output.
Run run_privmap(const std::vector<std::string>& args);

/// Runs `argv[0]` (an absolute path, or a name looked up on PATH) like run_privmap. With
/// `stdout_path`, standard output goes to that file (e.g. /dev/full) instead of Run::out.
Run run_program(const std::vector<std::string>& argv, const std::string& stdout_path = "");

/// Runs git in `repository` as a user with a throwaway identity, unsigned commits.
Run run_git(const std::filesystem::path& repository, std::vector<std::string> args);

/// The contents of a file, or "" when it cannot be read.
std::string read_file(const std::string& path);

/// How often `needle` occurs in `text` (overlapping occurrences count).
std::size_t occurrences(const std::string& text, const std::string& needle);

/// PRIVMAP_SOURCE_DIR + "/" + relative.
std::string source_path(const std::string& relative);

/// Loads, resolves and analyzes the model at PRIVMAP_TESTS_DIR + "/" + relative, as `privmap
/// check` does: the load diagnostics, followed by the findings when the model loaded cleanly.
Diagnostics check_model(const std::string& relative, const AnalyzeOptions& = {Date{2026, 1, 1}});

/// The diagnostics of one rule, in order.
Diagnostics with_rule(const Diagnostics&, std::string_view rule);

} // namespace privmap::test
