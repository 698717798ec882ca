// Running another program (Pandoc, git, tar) from an argument vector, never through a shell,
// and the private temporary directories its files live in.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

/// A private directory under the system temp dir (`<prefix>-XXXXXX`), removed with everything
/// in it when this goes out of scope. path() is empty when it could not be made.
class ScratchDir {
public:
    explicit ScratchDir(std::string_view prefix = "privmap");
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct ProcessOptions {
    std::vector<std::string> extra_env; // "NAME=value", replacing NAME in the environment
    bool capture_output = false;        // keep standard output; else it is discarded
};

struct ProcessRun {
    int exit_code = -1; // -1: the program could not be started; 128+N: killed by signal N
    std::string output; // standard output, when captured
    std::string errors; // standard error
};

/// Runs argv[0] (found on PATH) with `argv`; standard input is empty.
ProcessRun run_process(const std::vector<std::string>& argv, const ProcessOptions& = {});

/// The full path of `program` found on PATH, or nullopt.
std::optional<std::filesystem::path> find_program(const std::string& program);

} // namespace privmap
