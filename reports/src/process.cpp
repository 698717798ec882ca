#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <privmap/process.h>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace privmap {
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The environment with `extra` ("NAME=value") replacing or adding entries.
std::vector<std::string> environment_with(const std::vector<std::string>& extra) {
    std::vector<std::string> entries(extra);
    for (char** entry = environ; *entry; ++entry) {
        std::string_view variable(*entry);
        bool replaced = false;
        for (const std::string& added : extra)
            replaced = replaced ||
                       variable.substr(0, variable.find('=')) == added.substr(0, added.find('='));
        if (!replaced)
            entries.emplace_back(variable);
    }
    return entries;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (std::string& s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}
} // namespace

ScratchDir::ScratchDir(std::string_view prefix) {
    std::error_code error;
    fs::path temp = fs::temp_directory_path(error);
    std::string pattern = ((error ? fs::path("/tmp") : temp) / prefix).string() + "-XXXXXX";
    if (::mkdtemp(pattern.data()))
        path_ = pattern;
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty())
        fs::remove_all(path_, ignored);
}

ProcessRun run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
    ProcessRun run;
    ScratchDir scratch("privmap-run");
    if (argv.empty() || scratch.path().empty())
        return run;
    std::vector<std::string> env_strings = environment_with(options.extra_env);
    std::vector<std::string> args(argv);
    std::vector<char*> envp = pointers(env_strings);
    std::vector<char*> argp = pointers(args);

    std::string output_path = (scratch.path() / "stdout").string();
    std::string errors_path = (scratch.path() / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1,
                                     options.capture_output ? output_path.c_str() : "/dev/null",
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errors_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = 0;
    int spawned = posix_spawnp(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (options.capture_output)
        run.output = slurp(output_path);
    run.errors = slurp(errors_path);
    return run;
}

std::optional<fs::path> find_program(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        fs::path candidate = fs::path(dir.empty() ? "." : dir) / program;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return std::nullopt;
}

} // namespace privmap
