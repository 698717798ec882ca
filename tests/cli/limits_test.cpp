// Bounded time and memory: inputs of a few kilobytes to a few megabytes that once made privmap
// run for minutes or print gigabytes get a short answer, and every resource limit names itself
// and the way to raise it (docs/security.md).
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

namespace fs = std::filesystem;
using privmap::test::occurrences;
using privmap::test::Run;
using privmap::test::run_privmap;
using privmap::test::TempDir;

namespace {

const std::string head = R"([model]
format = 1
title = "Limits"
language = "en"

[organisation]
id = "org"
name = "Org"
country = "NL"
contact = { email = "privacy@example.nl" }
dpo = { name = "D", email = "dpo@example.nl" }
rights_procedure = "By e-mail."

)";

/// `head` with subject `s` and purpose `p`, for an activity to name.
const std::string head_with_subject_and_purpose =
    head + "[[subject]]\nid = \"s\"\nname = \"S\"\n[[purpose]]\nid = \"p\"\nname = \"P\"\n";

/// Controller activity `a` of purpose `p` and subject `s`, then the lines `rest`.
std::string activity_a(const std::string& rest) {
    return "[[activity]]\nid = \"a\"\nname = \"A\"\nrole = \"controller\"\npurposes = "
           "[\"p\"]\nsubjects = [\"s\"]\n" +
           rest;
}

struct Timed {
    Run run;
    double cpu_seconds = 0;
};

/// CPU seconds (user and system) of the child processes waited for so far. Unlike the time on
/// the wall, it does not grow with whatever else the shared machine runs, so the bounds below
/// catch a quadratic path without failing on a busy CI runner.
double children_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Timed timed_privmap(const std::vector<std::string>& args) {
    double before = children_cpu_seconds();
    Run run = run_privmap(args);
    return {std::move(run), children_cpu_seconds() - before};
}

std::string numbered(std::string_view prefix, int i) {
    return std::string(prefix) + std::to_string(i);
}

/// `count` processors in the US, each passing the data to the next.
std::string processor_chain(int count) {
    std::string text = head + "[[subject]]\nid = \"s\"\nname = \"S\"\n\n[[category]]\nid = "
                              "\"c\"\nname = \"C\"\n\n";
    for (int i = 0; i < count; ++i)
        text += "[[party]]\nid = \"" + numbered("p", i) +
                "\"\nname = \"P\"\nrole = \"processor\"\ncountry = \"US\"\n\n";
    text += "[[flow]]\nfrom = \"s\"\nto = \"p0\"\ncategories = [\"c\"]\n\n";
    for (int i = 0; i + 1 < count; ++i)
        text += "[[flow]]\nfrom = \"" + numbered("p", i) + "\"\nto = \"" + numbered("p", i + 1) +
                "\"\ncategories = [\"c\"]\n\n";
    return text;
}

/// Activity `a` naming `count` unknown categories, separated by `separator` after the comma.
std::string activity_with_unknown_categories(int count, const std::string& separator) {
    std::string refs;
    for (int i = 0; i < count; ++i)
        refs += (i ? "," + separator + "\"" : "\"") + numbered("unknown-", i) + "\"";
    return head + "[[activity]]\nid = \"a\"\nname = \"A\"\ncategories = [" + refs + "]\n";
}

/// That `trace` (of `traced`), `report` (into `out`) and `diff` refuse `model` with a
/// model.limit error, exit 2, given `--limit limit`, and that no report is written.
void refused_by_every_command(const std::string& model, const std::string& traced,
                              const std::string& limit, const fs::path& out) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"trace", model, traced},
          {"report", model, "-o", out.string(), "--format", "md"},
          {"diff", model, model}}) {
        INFO(args.front());
        std::vector<std::string> limited = args;
        limited.insert(limited.end(), {"--limit", limit});
        Run run = run_privmap(limited);
        CHECK(run.exit_code == 2);
        CHECK((run.out + run.err).find("[model.limit]") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(out));
}

std::size_t longest_line(const std::string& text) {
    std::size_t longest = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end;
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return longest;
}

} // namespace

TEST_CASE("a finding on a very long line quotes a window around its column, not the line") {
    TempDir dir;
    dir.write("model.toml", activity_with_unknown_categories(3000, " "));
    Run run = run_privmap({"check", (dir.path / "model.toml").string()});
    REQUIRE(run.exit_code == 2);
    CHECK(run.out.find("`unknown-0`") != std::string::npos);
    // Each quoted line is a window of at most 120 code points and its "…" marks.
    CHECK(longest_line(run.out) < 400);
    CHECK(run.out.find("…\"unknown-") != std::string::npos);
    CHECK(run.out.size() < 50'000);
}

TEST_CASE("findings of one rule about one entity are capped, and the rest counted") {
    TempDir dir;
    dir.write("model.toml", activity_with_unknown_categories(30, "\n  "));
    std::string model = (dir.path / "model.toml").string();
    Run run = run_privmap({"check", model});
    REQUIRE(run.exit_code == 2);
    CHECK(occurrences(run.out, "[model.dangling-ref]") == 20);
    CHECK(run.out.find("and 10 more model.dangling-ref diagnostics about `a`, not shown "
                       "(--limit findings-per-entity=N shows more)") != std::string::npos);
    Run all = run_privmap({"check", model, "--limit", "findings-per-entity=100"});
    CHECK(occurrences(all.out, "[model.dangling-ref]") == 30);
    Run json = run_privmap({"check", model, "--format", "json"});
    CHECK(occurrences(json.out, "\"model.dangling-ref\"") == 20);
}

TEST_CASE("a finding at the end of a long chain of processors names its first and last hops") {
    TempDir dir;
    dir.write("model.toml", processor_chain(12));
    Run run = run_privmap({"check", (dir.path / "model.toml").string(), "--today", "2026-06-01"});
    CHECK(run.out.find("s → p0 → p1 → p2 → … 5 more … → p8 → p9 → p10 → p11 (US)") !=
          std::string::npos);
    CHECK(run.out.find("and 6 more steps along the way") != std::string::npos);
}

TEST_CASE("3,000 chained processors give findings of bounded size, in linear time") {
    // Before: every finding spelled out its whole path, 1.4 GB for 2,000 processors.
    TempDir dir;
    dir.write("model.toml", processor_chain(3000));
    Timed timed = timed_privmap(
        {"check", (dir.path / "model.toml").string(), "--today", "2026-06-01", "--format", "json"});
    REQUIRE(timed.run.exit_code == 1);
    CHECK(occurrences(timed.run.out, "\"transfer.no-safeguard\"") == 3000);
    CHECK(timed.run.out.size() < 30'000'000);
    CHECK(timed.cpu_seconds < 30);
}

TEST_CASE("'did you mean' among thousands of ids stays quick and still finds the typo") {
    // Before: every unknown id was compared with every id, past 60 s for 8,000 of each.
    TempDir dir;
    std::string text = head;
    for (int i = 0; i < 6000; ++i)
        text += "[[category]]\nid = \"" + numbered("category-", 10000 + i) + "\"\nname = \"C\"\n";
    std::string refs = "\"categroy-13000\", \"category-1300x\", \"xategory-13000\"";
    for (int i = 0; i < 6000; ++i)
        refs += ", \"" + numbered("categori-", 10000 + i) + "\"";
    text += "[[activity]]\nid = \"a\"\nname = \"A\"\ncategories = [" + refs + "]\n";
    dir.write("model.toml", text);
    Timed timed = timed_privmap({"check", (dir.path / "model.toml").string()});
    REQUIRE(timed.run.exit_code == 2);
    CHECK(timed.run.out.find("`categroy-13000`, but no category has that id; did you mean "
                             "`category-13000`?") != std::string::npos);
    CHECK(timed.run.out.find("`category-1300x`, but no category has that id; did you mean "
                             "`category-13000`?") != std::string::npos);
    CHECK(timed.run.out.find("`xategory-13000`, but no category has that id; did you mean "
                             "`category-13000`?") != std::string::npos);
    CHECK(timed.cpu_seconds < 30);
}

TEST_CASE("an activity listing every level of a 20,000-deep category chain is checked quickly") {
    // Before: each listed category's subtree was expanded on its own, cubic in the depth.
    TempDir dir;
    std::string text = head_with_subject_and_purpose;
    std::string refs;
    for (int i = 0; i < 20000; ++i) {
        text += "[[category]]\nid = \"" + numbered("c", i) + "\"\nname = \"C\"\n";
        if (i > 0)
            text += "parent = \"" + numbered("c", i - 1) + "\"\n";
        refs += (i ? ", \"" : "\"") + numbered("c", i) + "\"";
    }
    text += activity_a("categories = [" + refs + "]\n");
    dir.write("model.toml", text);
    Timed timed = timed_privmap({"check", (dir.path / "model.toml").string()});
    REQUIRE(timed.run.exit_code == 1);
    CHECK(timed.run.out.find("[retention.missing]: activity `a` has no retention rule for `c0`") !=
          std::string::npos);
    CHECK(timed.cpu_seconds < 30);
}

TEST_CASE("25,000 categories and 25,000 systems of one activity are checked quickly") {
    // Before: what each system holds was marked per system and category: 4.0 s and 160 MiB
    // here, 20 s and 600 MiB at 60,000.
    TempDir dir;
    std::string text = head_with_subject_and_purpose;
    std::string systems;
    for (int i = 0; i < 25000; ++i) {
        text += "[[category]]\nid = \"" + numbered("c", i) +
                "\"\nname = \"C\"\n[[system]]\nid = \"" + numbered("y", i) +
                "\"\nname = \"Y\"\ncountry = \"NL\"\n";
        systems += (i ? ", \"" : "\"") + numbered("y", i) + "\"";
    }
    text += activity_a("categories = [\"c0\"]\nsystems = [" + systems + "]\n");
    dir.write("model.toml", text);
    Timed timed = timed_privmap({"check", (dir.path / "model.toml").string()});
    REQUIRE(timed.run.exit_code == 1);
    CHECK(
        timed.run.out.find(
            "[model.unused]: category `c24999` is declared but no activity or flow processes it") !=
        std::string::npos);
    CHECK(timed.cpu_seconds < 30);
}

TEST_CASE("sparse files beyond the model's byte limit are refused before they are read") {
    // Before: 20 sparse 16 MiB files of NUL bytes took 2 GB and printed 1 GB.
    TempDir dir;
    dir.write("model.toml", head);
    for (int i = 0; i < 5; ++i) {
        std::string name = "empty-" + std::to_string(i) + ".toml";
        dir.write(name, "");
        fs::resize_file(dir.path / name, 15u << 20);
    }
    Run run = run_privmap({"check", dir.path.string()});
    REQUIRE(run.exit_code == 2);
    CHECK(run.out.find("error[model.limit]: the model's files hold 78643") != std::string::npos);
    CHECK(run.out.find("more than the limit of 67108864") != std::string::npos);
    CHECK(run.out.find("help: check that the model holds only what it should; if it really is "
                       "this large, raise the limit: --limit model-bytes=78643") !=
          std::string::npos);
    CHECK(run.out.size() < 2000);
}

TEST_CASE("folders nested deeper than 32 levels are refused, not walked") {
    // Before: 12,000 nested empty folders took 7.5 GB and 28 s.
    TempDir dir;
    dir.write("model.toml", head);
    fs::path deep = dir.path;
    for (int i = 0; i < 40; ++i)
        deep /= "d";
    fs::create_directories(deep);
    Run run = run_privmap({"check", dir.path.string()});
    REQUIRE(run.exit_code == 2);
    CHECK(run.out.find("error[model.limit]: the folder `d/d/d") != std::string::npos);
    CHECK(run.out.find("is more than 32 levels below the model's root") != std::string::npos);
    CHECK(run.out.find("--limit depth=64") != std::string::npos);
}

TEST_CASE("a model with more entities than the limit is refused: --limit raises it") {
    TempDir dir;
    std::string text = head;
    for (int i = 0; i < 200; ++i)
        text += "[[subject]]\nid = \"" + numbered("s", i) + "\"\nname = \"S\"\n";
    dir.write("model.toml", text);
    std::string model = (dir.path / "model.toml").string();
    Run refused = run_privmap({"check", model, "--limit", "entities=100"});
    REQUIRE(refused.exit_code == 2);
    CHECK(refused.out.find("model.toml: error[model.limit]: the model has 201 entities, flows and "
                           "waivers by the end of `") != std::string::npos);
    CHECK(refused.out.find("model.toml`, more than the limit of 100") != std::string::npos);
    refused_by_every_command(model, "s1", "entities=100", dir.path / "out");
    CHECK(run_privmap({"check", model, "--limit", "entities=1000"}).exit_code != 2);
}

/// A chain of `levels` categories and as many flows between two activities, each flow carrying
/// one level: each level's search takes every flow of the levels above it again.
std::string parallel_flows_down_a_chain(int levels) {
    std::string text = head_with_subject_and_purpose;
    for (int i = 0; i < levels; ++i)
        text += "[[category]]\nid = \"" + numbered("c", i) + "\"\nname = \"C\"\n" +
                (i ? "parent = \"" + numbered("c", i - 1) + "\"\n" : "");
    for (const char* activity : {"a", "b"})
        text += "[[activity]]\nid = \"" + std::string(activity) +
                "\"\nname = \"A\"\nrole = \"controller\"\npurposes = [\"p\"]\nsubjects = "
                "[\"s\"]\ncategories = [\"c0\"]\n";
    for (int i = 0; i < levels; ++i)
        text += "[[flow]]\nfrom = \"a\"\nto = \"b\"\ncategories = [\"" + numbered("c", i) + "\"]\n";
    return text;
}

TEST_CASE("20,000 flows each carrying one level of a chain are refused at the reach limit") {
    // Before: 200 million steps of the category searches, 1.4 s for a 2.2 MB model; 60,000
    // levels took 1.8 billion steps and 12 s. The searches stop at the limit, set low here so
    // that the sanitizer build spends seconds, not tens of them, on the steps before it.
    TempDir dir;
    dir.write("model.toml", parallel_flows_down_a_chain(20000));
    Timed timed =
        timed_privmap({"check", (dir.path / "model.toml").string(), "--limit", "reach=5000000"});
    REQUIRE(timed.run.exit_code == 2);
    CHECK(timed.run.out.find("model.toml: error[model.limit]: the model's categories reach more "
                             "than privmap follows by default: more than 5000000 steps") !=
          std::string::npos);
    CHECK(timed.run.out.find("raise the limit: --limit reach=10000000") != std::string::npos);
    CHECK(timed.cpu_seconds < 30);
}

TEST_CASE("what activities process counts toward the reach limit, each subcategory on its own") {
    // Before: 10,000 activities each declaring one category with 10,000 subcategories (1.7 MB)
    // took 7.9 s and 842 MiB; each activity processes all 10,001.
    TempDir dir;
    std::string text = head_with_subject_and_purpose + "[[category]]\nid = \"top\"\nname = \"T\"\n";
    for (int i = 0; i < 1000; ++i)
        text += "[[category]]\nid = \"" + numbered("c", i) +
                "\"\nname = \"C\"\nparent = \"top\"\n[[activity]]\nid = \"" + numbered("a", i) +
                "\"\nname = \"A\"\nrole = \"controller\"\npurposes = [\"p\"]\nsubjects = "
                "[\"s\"]\ncategories = [\"top\"]\n";
    dir.write("model.toml", text);
    std::string model = (dir.path / "model.toml").string();
    Timed refused = timed_privmap({"check", model, "--limit", "reach=500000"});
    REQUIRE(refused.run.exit_code == 2);
    CHECK(refused.run.out.find("more than 500000 steps") != std::string::npos);
    CHECK(refused.cpu_seconds < 30);
    CHECK(run_privmap({"check", model, "--limit", "reach=2000000"}).exit_code == 1);
}

TEST_CASE("a model beyond the reach limit is refused by every command: --limit raises it") {
    TempDir dir;
    dir.write("model.toml", parallel_flows_down_a_chain(20));
    std::string model = (dir.path / "model.toml").string();
    // 20 searches of 1 to 20 flows, and the activities the levels reach.
    Run refused = run_privmap({"check", model, "--limit", "reach=100"});
    REQUIRE(refused.exit_code == 2);
    CHECK(refused.out.find("more than 100 steps") != std::string::npos);
    CHECK(refused.out.find("--limit reach=200") != std::string::npos);
    refused_by_every_command(model, "c3", "reach=100", dir.path / "out");
    CHECK(run_privmap({"check", model, "--limit", "reach=1000"}).exit_code == 1);
}

TEST_CASE("an unknown limit or a value that is no number is a usage error") {
    TempDir dir;
    dir.write("model.toml", head);
    Run unknown = run_privmap({"check", dir.path.string(), "--limit", "size=3"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("no limit is called `size`; the limits are file-bytes, model-bytes, "
                           "files, depth, entities, findings-per-entity, tool-seconds, pdf-bytes, "
                           "reach") != std::string::npos);
    Run bad = run_privmap({"check", dir.path.string(), "--limit", "model-bytes=lots"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("--limit model-bytes takes a whole number of bytes") != std::string::npos);
}
