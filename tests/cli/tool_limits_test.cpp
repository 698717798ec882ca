// External tools under privmap's control: a Pandoc that hangs is stopped with its children
// after `tool-seconds`, SIGTERM to privmap leaves no tool running and no scratch folder behind,
// and PDFs too large to typeset in reasonable time are refused at once.
#include "support.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using privmap::test::Run;
using privmap::test::run_privmap;
using privmap::test::run_program;
using privmap::test::TempDir;

namespace {

/// A folder with a `pandoc` that records its pid, its TMPDIR and the pid of a child it starts,
/// then waits far longer than any test.
fs::path hanging_pandoc(const TempDir& dir) {
    fs::path bin = dir.path / "bin";
    dir.write("bin/pandoc", "#!/bin/sh\nsleep 300 &\necho $$ $! \"$TMPDIR\" > " +
                                (dir.path / "pandoc.txt").string() + "\nwait\n");
    fs::permissions(bin / "pandoc", fs::perms::owner_all);
    return bin;
}

struct Recorded {
    pid_t pandoc = 0;
    pid_t child = 0;
    std::string temp_dir;
};

Recorded recorded(const TempDir& dir) {
    std::ifstream in(dir.path / "pandoc.txt");
    Recorded r;
    in >> r.pandoc >> r.child >> r.temp_dir;
    return r;
}

bool alive(pid_t pid) {
    return pid > 0 && ::kill(pid, 0) == 0;
}

std::string path_with(const fs::path& bin) {
    const char* path = std::getenv("PATH");
    return "PATH=" + bin.string() + ":" + (path ? path : "/usr/bin:/bin");
}

void wait_for(const std::function<bool()>& done) {
    for (int i = 0; i < 200 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

} // namespace

TEST_CASE("a tool that runs past tool-seconds is stopped with its children (exit 3)") {
    TempDir dir;
    fs::path bin = hanging_pandoc(dir);
    auto start = std::chrono::steady_clock::now();
    Run run =
        run_program({"env", path_with(bin), PRIVMAP_BINARY, "report", "examples/econnect", "-o",
                     (dir.path / "out").string(), "--format", "docx", "--limit", "tool-seconds=1"});
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("pandoc did not finish the docx within 1 s and was stopped") !=
          std::string::npos);
    CHECK(run.err.find("--limit tool-seconds=2") != std::string::npos);
    CHECK(took.count() < 60);
    Recorded tool = recorded(dir);
    CHECK(tool.temp_dir.find("privmap-report-") != std::string::npos);
    wait_for([&] { return !alive(tool.child); });
    CHECK(!alive(tool.pandoc));
    CHECK(!alive(tool.child));
    CHECK(!fs::exists(tool.temp_dir));
}

TEST_CASE("SIGTERM to privmap kills the tool it runs and removes its scratch folder") {
    TempDir dir;
    fs::path bin = hanging_pandoc(dir);
    std::string path = path_with(bin);
    std::string out = (dir.path / "out").string();
    pid_t privmap = ::fork();
    if (privmap == 0) {
        if (::chdir(PRIVMAP_SOURCE_DIR) != 0)
            ::_exit(127);
        ::execlp("env", "env", path.c_str(), PRIVMAP_BINARY, "report", "examples/econnect", "-o",
                 out.c_str(), "--format", "docx", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    REQUIRE(privmap > 0);
    wait_for([&] { return recorded(dir).child > 0; });
    Recorded tool = recorded(dir);
    REQUIRE(alive(tool.child));
    REQUIRE(fs::exists(tool.temp_dir));
    ::kill(privmap, SIGTERM);
    int status = 0;
    ::waitpid(privmap, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    wait_for([&] { return !alive(tool.child) && !alive(tool.pandoc); });
    CHECK(!alive(tool.pandoc));
    CHECK(!alive(tool.child));
    CHECK(!fs::exists(tool.temp_dir));
}

TEST_CASE("the tools privmap runs work in its scratch folder: a Pandoc that leaves its temporary "
          "files in its working directory, as Pandoc 2.17's html2pdf does, leaves none in the "
          "user's") {
    TempDir dir;
    fs::path bin = dir.path / "bin";
    dir.write("bin/pandoc", "#!/bin/sh\npwd > " + (dir.path / "pandoc-cwd.txt").string() +
                                "\n: > html2pdf4242-0.html\n"
                                "for a; do case \"$a\" in --output=*) printf '%%PDF-1.7' > "
                                "\"${a#--output=}\";; esac; done\n");
    fs::permissions(bin / "pandoc", fs::perms::owner_all);
    fs::create_directory(dir.path / "work");
    Run run =
        run_program({"env", "-C", (dir.path / "work").string(), path_with(bin), PRIVMAP_BINARY,
                     "report", privmap::test::source_path("examples/econnect"), "-o", "out",
                     "--format", "pdf", "--today", "2026-06-15"});
    CHECK(run.exit_code == 0);
    CHECK(
        privmap::test::read_file((dir.path / "pandoc-cwd.txt").string()).find("privmap-report-") !=
        std::string::npos);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path / "work"))
        left.push_back(entry.path().filename().string());
    CHECK(left == std::vector<std::string>{"out"}); // the reports, in the relative -o folder
    CHECK(fs::exists(dir.path / "work" / "out" / "register.pdf"));
}

TEST_CASE("PDFs beyond pdf-bytes are refused at once, and the other formats still written") {
    TempDir dir;
    auto start = std::chrono::steady_clock::now();
    Run run = run_privmap({"report", "examples/econnect", "-o", (dir.path / "out").string(),
                           "--format", "pdf,md", "--limit", "pdf-bytes=1000"});
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    CHECK(run.exit_code == 3);
    CHECK(run.err.find(".pdf and the PDFs after it are not written: their text would reach ") !=
          std::string::npos);
    CHECK(run.err.find("more than the limit of 1000 that WeasyPrint typesets in reasonable time") !=
          std::string::npos);
    CHECK(run.err.find("--limit pdf-bytes=") != std::string::npos);
    CHECK(fs::exists(dir.path / "out" / "register.md"));
    CHECK(!fs::exists(dir.path / "out" / "register.pdf"));
    CHECK(took.count() < 30);
}
