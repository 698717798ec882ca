#include <array>
#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <privmap/process.h>
#include <spawn.h>
#include <sstream>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace privmap {
namespace fs = std::filesystem;

namespace {

// ---- what SIGINT and SIGTERM leave behind: nothing ----
// The handler kills the process groups of the tools privmap runs and removes its scratch
// directories, then lets the signal end privmap as it would have. It uses only
// async-signal-safe calls; the tables are fixed arrays whose slots are filled before they are
// marked used, and marked free before they are reused.

constexpr std::size_t slot_count = 16;
volatile std::sig_atomic_t child_groups[slot_count]; // a group's leader pid; 0: free
char scratch_paths[slot_count][PATH_MAX];
volatile std::sig_atomic_t scratch_used[slot_count];

/// Removes the entries of the open directory `dir` (`levels` deep at most), then `dir` itself
/// from `parent`. getdents64 instead of readdir: readdir is not async-signal-safe.
void remove_tree_at(int parent, const char* name, int levels) {
    int dir = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir < 0) {
        ::unlinkat(parent, name, 0);
        return;
    }
    alignas(dirent64) char buffer[4096];
    for (long got; (got = ::syscall(SYS_getdents64, dir, buffer, sizeof buffer)) > 0;)
        for (long at = 0; at < got;) {
            const auto* entry = reinterpret_cast<const dirent64*>(buffer + at);
            at += entry->d_reclen;
            if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
                continue;
            if (entry->d_type == DT_DIR && levels > 0)
                remove_tree_at(dir, entry->d_name, levels - 1);
            else
                ::unlinkat(dir, entry->d_name, 0);
        }
    ::close(dir);
    ::unlinkat(parent, name, AT_REMOVEDIR);
}

void clean_up_and_die(int signal) {
    for (std::size_t i = 0; i < slot_count; ++i)
        if (pid_t group = child_groups[i]; group > 0)
            ::kill(-group, SIGKILL);
    for (std::size_t i = 0; i < slot_count; ++i)
        if (scratch_used[i])
            remove_tree_at(AT_FDCWD, scratch_paths[i], 4);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

/// Installs the handler once, for the signals that are not ignored (`nohup` stays in force).
void install_clean_up() {
    static const bool installed = [] {
        for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction old {};
            if (::sigaction(signal, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
                continue;
            struct sigaction action {};
            action.sa_handler = clean_up_and_die;
            sigemptyset(&action.sa_mask);
            ::sigaction(signal, &action, nullptr);
        }
        return true;
    }();
    (void)installed;
}

template <class Fill> int claim_slot(volatile std::sig_atomic_t (&used)[slot_count], Fill fill) {
    install_clean_up();
    for (std::size_t i = 0; i < slot_count; ++i)
        if (!used[i]) {
            fill(i);
            return static_cast<int>(i);
        }
    return -1;
}

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
    // Absolute, so that a tool run in it (ProcessOptions::working_dir) finds its files.
    if (!error)
        temp = fs::absolute(temp, error);
    std::string pattern = ((error ? fs::path("/tmp") : temp) / prefix).string() + "-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return;
    path_ = pattern;
    if (pattern.size() < PATH_MAX)
        slot_ = claim_slot(scratch_used, [&](std::size_t i) {
            std::memcpy(scratch_paths[i], pattern.c_str(), pattern.size() + 1);
            scratch_used[i] = 1;
        });
}

ScratchDir::~ScratchDir() {
    if (slot_ >= 0)
        scratch_used[slot_] = 0;
    std::error_code ignored;
    if (!path_.empty())
        fs::remove_all(path_, ignored);
}

int remember_child_group(int pid) {
    return claim_slot(child_groups, [&](std::size_t i) { child_groups[i] = pid; });
}

void forget_child_group(int slot) {
    if (slot >= 0)
        child_groups[slot] = 0;
}

std::pair<int, bool> wait_or_kill(int pid, unsigned timeout_seconds) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(timeout_seconds);
    auto pause = std::chrono::milliseconds(1);
    int status = 0;
    for (;;) {
        pid_t done = ::waitpid(pid, &status, timeout_seconds ? WNOHANG : 0);
        if (done == pid)
            return {status, false};
        if (done < 0 && errno != EINTR)
            return {status, false};
        if (timeout_seconds && Clock::now() >= deadline)
            break;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
    ::kill(-pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return {status, true};
}

ProcessRun run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
    ProcessRun run;
    ScratchDir scratch("privmap-run");
    if (argv.empty() || scratch.path().empty())
        return run;
    std::vector<std::string> extra_env = options.extra_env;
    if (!options.temp_dir.empty())
        extra_env.push_back("TMPDIR=" + options.temp_dir.string());
    std::vector<std::string> env_strings = environment_with(extra_env);
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
    if (!options.working_dir.empty())
        posix_spawn_file_actions_addchdir_np(&actions, options.working_dir.c_str());
    // A group of its own, so that its children can be killed with it; the signals that make
    // privmap clean up are blocked until the group is in the table the handler reads.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t none, cleaning, previous;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigemptyset(&cleaning);
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&cleaning, signal);
    install_clean_up();
    ::sigprocmask(SIG_BLOCK, &cleaning, &previous);
    pid_t pid = 0;
    int spawned = posix_spawnp(&pid, argp[0], &actions, &attributes, argp.data(), envp.data());
    int slot = spawned == 0 ? remember_child_group(pid) : -1;
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    auto [status, timed_out] = wait_or_kill(pid, options.timeout_seconds);
    forget_child_group(slot);
    run.timed_out = timed_out;
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
