#include "support.h"

#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace privmap::test {
namespace {
std::string drain(int fd) {
    std::string text;
    char buffer[65536];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    ::close(fd);
    return text;
}
} // namespace

TempDir::TempDir() {
    if (path.empty())
        throw std::runtime_error("cannot create a temporary directory");
}

void TempDir::write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << text;
}

Run run_privmap(const std::vector<std::string>& args) {
    std::vector<std::string> argv{PRIVMAP_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_program(argv);
}

Run run_git(const std::filesystem::path& repository, std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", repository.string(), "-c", "user.name=Test", "-c",
                               "user.email=test@example.org", "-c", "commit.gpgsign=false"});
    return run_program(args);
}

Run run_program(const std::vector<std::string>& args, const std::string& stdout_path) {
    // stderr goes to a temporary file so a large stdout cannot deadlock against it.
    char err_path[] = "/tmp/privmap-test-XXXXXX";
    int err_fd = ::mkstemp(err_path);
    int out_pipe[2];
    if (err_fd < 0 || ::pipe(out_pipe) != 0)
        return {};
    pid_t pid = ::fork();
    if (pid == 0) {
        int out_fd = stdout_path.empty() ? out_pipe[1] : ::open(stdout_path.c_str(), O_WRONLY);
        if (out_fd < 0)
            ::_exit(127);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        ::close(out_pipe[0]);
        ::close(out_pipe[1]);
        if (::chdir(PRIVMAP_SOURCE_DIR) != 0)
            ::_exit(127);
        std::vector<char*> argv;
        for (const std::string& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out_pipe[1]);
    Run run;
    run.out = drain(out_pipe[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    ::close(err_fd);
    run.err = read_file(err_path);
    ::unlink(err_path);
    return run;
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t found = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1))
        ++found;
    return found;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Diagnostics check_model(const std::string& relative, const AnalyzeOptions& options) {
    auto [model, diagnostics] = load_model(std::string(PRIVMAP_TESTS_DIR) + "/" + relative);
    Diagnostics resolved = resolve(model);
    diagnostics.insert(diagnostics.end(), resolved.begin(), resolved.end());
    if (has_errors(diagnostics))
        return diagnostics;
    Diagnostics findings = analyze(model, options).findings;
    diagnostics.insert(diagnostics.end(), findings.begin(), findings.end());
    return diagnostics;
}

Diagnostics with_rule(const Diagnostics& diagnostics, std::string_view rule) {
    Diagnostics found;
    for (const Diagnostic& d : diagnostics)
        if (d.rule == rule)
            found.push_back(d);
    return found;
}

std::string source_path(const std::string& relative) {
    return std::string(PRIVMAP_SOURCE_DIR) + "/" + relative;
}

} // namespace privmap::test
