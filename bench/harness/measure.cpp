#include "measure.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace privmap::bench {
namespace {

[[noreturn]] void exec_child(const std::vector<std::string>& argv, int out_fd) {
    ::dup2(out_fd, 1);
    int null_fd = ::open("/dev/null", O_WRONLY);
    ::dup2(null_fd, 2);
    std::vector<char*> args;
    for (const std::string& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
}

// Reads the child's output until it closes it or the deadline passes; false on timeout. The
// output is appended to `out`, or dropped when it is null.
bool drain_until(int fd, std::chrono::steady_clock::time_point deadline, std::string* out) {
    char buffer[1 << 16];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd wanted{fd, POLLIN, 0};
        int ready = ::poll(&wanted, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready <= 0)
            continue;
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return true;
        if (out)
            out->append(buffer, static_cast<std::size_t>(n));
    }
}

double seconds(const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

} // namespace

ChildRun run_child(const std::vector<std::string>& argv, double timeout_seconds,
                   ChildOutput output) {
    ChildRun run;
    int out_pipe[2];
    if (::pipe(out_pipe) != 0)
        return run;
    auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        ::close(out_pipe[0]);
        exec_child(argv, out_pipe[1]);
    }
    ::close(out_pipe[1]);
    auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                std::chrono::duration<double>(timeout_seconds));
    if (!drain_until(out_pipe[0], deadline, output == ChildOutput::keep ? &run.out : nullptr)) {
        run.timed_out = true;
        ::kill(pid, SIGKILL);
    }
    ::close(out_pipe[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.wall_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peak_kib = usage.ru_maxrss;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace privmap::bench
