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
/// in it when this goes out of scope, or when privmap is stopped by SIGINT or SIGTERM (a report
/// in the making may hold the register). path() is empty when it could not be made.
class ScratchDir {
public:
    explicit ScratchDir(std::string_view prefix = "privmap");
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    int slot_ = -1; // in the table the signal handler cleans up
};

struct ProcessOptions {
    std::vector<std::string> extra_env; // "NAME=value", replacing NAME in the environment
    bool capture_output = false;        // keep standard output; else it is discarded
    unsigned timeout_seconds = 0;       // stop the program (and its children) after this; 0: never
    /// Where the program keeps its temporary files (TMPDIR), so that they go with it.
    std::filesystem::path temp_dir;
    /// The program's working directory; empty: privmap's own. A tool that writes scratch files
    /// into its working directory (Pandoc 2.17's `html2pdf*`) then writes them there, not
    /// into the user's folder. Relative paths in argv are then relative to it.
    std::filesystem::path working_dir;
};

struct ProcessRun {
    int exit_code = -1;     // -1: the program could not be started; 128+N: killed by signal N
    bool timed_out = false; // stopped after ProcessOptions::timeout_seconds
    std::string output;     // standard output, when captured
    std::string errors;     // standard error
};

/// Runs argv[0] (found on PATH) with `argv`; standard input is empty. The program runs in a
/// process group of its own, which is killed when the timeout passes or when privmap is
/// stopped by SIGINT or SIGTERM, so no tool outlives privmap.
ProcessRun run_process(const std::vector<std::string>& argv, const ProcessOptions& = {});

/// Makes `pid` (the leader of its own process group) one that SIGINT or SIGTERM to privmap
/// kills; returns the slot to release with forget_child_group once it is reaped, or -1.
int remember_child_group(int pid);
void forget_child_group(int slot);

/// Waits for `pid` at most `timeout_seconds` (0: without end); after that kills its process
/// group. Returns the wait status, and whether it had to be killed.
std::pair<int, bool> wait_or_kill(int pid, unsigned timeout_seconds);

/// The full path of `program` found on PATH, or nullopt.
std::optional<std::filesystem::path> find_program(const std::string& program);

} // namespace privmap
