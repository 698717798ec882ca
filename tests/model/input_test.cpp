// The loader reads only what it should, within its limits, and never fails on odd input.
#include "model_files.h"
#include "nesting.h"

#include <catch2/catch.hpp>
#include <privmap/findings_output.h>
#include <sys/stat.h>

using namespace privmap;
using Catch::Matchers::Contains;
using privmap::test::count_rule;
using privmap::test::describe;
using privmap::test::load_text;
using privmap::test::model_header;
using privmap::test::only;
using privmap::test::TempModel;
namespace fs = std::filesystem;

TEST_CASE("a symbolic link that leads outside the model directory is refused") {
    TempModel outside;
    fs::path secret = outside.write("secret.toml", model_header);
    TempModel model;
    model.write("org.toml", model_header);
    fs::create_symlink(secret, model.root() / "link.toml");
    LoadResult result = load_model(model.root());
    const Diagnostic& d = only(result.diagnostics, "model.syntax");
    REQUIRE(d.where.file == "link.toml");
    REQUIRE_THAT(message_text(d.message), Contains("outside the model directory"));
    REQUIRE(result.model.sources.size() == 1);
}

TEST_CASE("a symbolic link that stays inside the model directory is read") {
    TempModel model;
    model.write("real/org.toml", model_header);
    fs::create_symlink(model.root() / "real" / "org.toml", model.root() / "alias.toml");
    LoadResult result = load_model(model.root());
    // The organisation is read twice, through the link and directly: the second is refused.
    REQUIRE(result.model.sources.size() == 2);
    REQUIRE(result.model.sources[0].name == "alias.toml");
}

TEST_CASE("a directory without TOML files is an error") {
    TempModel model;
    model.write("notes.txt", "nothing here");
    LoadResult result = load_model(model.root());
    REQUIRE_THAT(message_text(only(result.diagnostics, "model.syntax").message),
                 Contains("no .toml files"));
}

TEST_CASE("a path that does not exist is an error, not a crash") {
    LoadResult result = load_model("/nonexistent/privmap/model");
    REQUIRE_THAT(message_text(only(result.diagnostics, "model.syntax").message),
                 Contains("no such file"));
    REQUIRE(resolve(result.model).empty());
}

TEST_CASE("the file size and file count limits are respected") {
    TempModel model;
    model.write("a.toml", model_header);
    model.write("b.toml", "# a comment\n");
    LoadResult big = load_model(model.root(), {.limits = {.file_bytes = 50, .files = 10}});
    const Diagnostic& too_big = only(big.diagnostics, "model.limit");
    REQUIRE_THAT(message_text(too_big.message), Contains("more than the limit of 50"));
    REQUIRE_THAT(message_text(too_big.help), Contains("--limit file-bytes="));
    LoadResult many = load_model(model.root(), {.limits = {.file_bytes = 1 << 20, .files = 1}});
    REQUIRE_THAT(message_text(only(many.diagnostics, "model.limit").message),
                 Contains("more than 1 files"));
    REQUIRE(many.model.sources.empty());
}

TEST_CASE("the files' total size is checked before any of them is read") {
    TempModel model;
    model.write("a.toml", model_header);
    model.write("b.toml", std::string(1000, '#') + "\n");
    LoadResult result = load_model(model.root(), {.limits = {.model_bytes = 1000}});
    const Diagnostic& d = only(result.diagnostics, "model.limit");
    REQUIRE_THAT(message_text(d.message), Contains("bytes together, more than the limit of 1000"));
    REQUIRE_THAT(message_text(d.help), Contains("--limit model-bytes="));
    REQUIRE(result.model.sources.empty());
}

TEST_CASE("folders nested deeper than the depth limit are refused, not walked") {
    TempModel model;
    model.write("model.toml", model_header);
    model.write("a/b/c/d/deep.toml", "# deep\n");
    LoadResult result = load_model(model.root(), {.limits = {.depth = 2}});
    const Diagnostic& d = only(result.diagnostics, "model.limit");
    REQUIRE(d.where.file == "a/b/c");
    REQUIRE_THAT(message_text(d.message), Contains("more than 2 levels below the model's root"));
    REQUIRE(result.model.sources.empty());
    REQUIRE(load_model(model.root(), {.limits = {.depth = 4}}).diagnostics.empty());
}

TEST_CASE("a model with more entities than the limit stops loading with the limit named") {
    std::string text = model_header;
    for (int i = 0; i < 5; ++i)
        text += "[[category]]\nid = \"c" + std::to_string(i) + "\"\nname = \"C\"\n";
    TempModel model;
    model.write("model.toml", text);
    LoadResult result = load_model(model.root(), {.limits = {.entities = 3}});
    const Diagnostic& d = only(result.diagnostics, "model.limit");
    REQUIRE_THAT(message_text(d.message),
                 Contains("6 entities, flows and waivers by the end of `model.toml`, "
                          "more than the limit of 3"));
    REQUIRE_THAT(message_text(d.help), Contains("--limit entities=12"));
    REQUIRE(!result.model.complete);
}

TEST_CASE("limits are set by name, with byte sizes in K, M or G") {
    privmap::Limits limits;
    REQUIRE(privmap::set_limit(limits, "model-bytes=200M").empty());
    REQUIRE(limits.model_bytes == 200u << 20);
    REQUIRE(privmap::set_limit(limits, "entities=7").empty());
    REQUIRE(limits.entities == 7);
    REQUIRE_THAT(privmap::set_limit(limits, "entities=7M"), Contains("takes a whole number"));
    REQUIRE_THAT(privmap::set_limit(limits, "entities"), Contains("takes a whole number"));
    REQUIRE_THAT(privmap::set_limit(limits, "model-bytes=99999999999999999999G"),
                 Contains("takes a whole number"));
    REQUIRE_THAT(privmap::set_limit(limits, "size=1"), Contains("the limits are file-bytes"));
}

TEST_CASE("one file is read up to 4 GiB at most whatever its limit says") {
    privmap::Limits limits;
    REQUIRE(privmap::set_limit(limits, "file-bytes=3G").empty());
    REQUIRE(limits.file_bytes == 3ull << 30);
    REQUIRE_THAT(privmap::set_limit(limits, "file-bytes=4G"), Contains("up to 4294967295"));
    REQUIRE(limits.file_bytes == 3ull << 30);
}

TEST_CASE("a very long chain of parent categories is resolved without deep recursion") {
    std::string text = model_header;
    const int depth = 20000;
    for (int i = 0; i < depth; ++i) {
        text += "[[category]]\nid = \"c" + std::to_string(i) + "\"\nname = \"C\"\n";
        text += i == 0 ? "special = \"health\"\n" : "parent = \"c" + std::to_string(i - 1) + "\"\n";
    }
    LoadResult result = load_text(text);
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model.categories.back().effective_special == Special::health);
    REQUIRE(result.model.categories.back().special_from == "c0");
}

TEST_CASE("garbage is a syntax error, never a crash") {
    for (std::string garbage :
         {std::string("\xFF\xFE\x00\x01", 4), std::string("[[[["), std::string("a = [[[[[[[[[["),
          std::string("= = ="), std::string(100000, '['), std::string("x = 1e999999"),
          std::string("[model]\nformat = 99999999999999999999")}) {
        LoadResult result = load_text(garbage);
        REQUIRE(count_rule(result.diagnostics, "model.syntax") == 1);
    }
}

TEST_CASE("values of unexpected shapes are type errors, never a crash") {
    for (std::string odd :
         {"[organisation]\nid = 1\n", "organisation = 5\n", "[[activity]]\nretention = []\n",
          "[[activity]]\nscreening = [1]\n", "[[dpia]]\nrisk = 5\n", "[checks]\nseverity = 3\n",
          "[checks.digital_consent_age]\nNL = \"sixteen\"\n", "[[flow]]\nfrom = []\nto = {}\n",
          "[[subject]]\nmin_age = 9223372036854775807\n"}) {
        INFO(odd);
        LoadResult result = load_text("[model]\nformat = 1\n" + odd);
        REQUIRE(has_errors(result.diagnostics));
    }
}

TEST_CASE("a linked directory that leads outside the model is refused, and a broken link does not "
          "stop the walk") {
    TempModel outside;
    outside.write("more/secret.toml", model_header);
    TempModel model;
    model.write("org.toml", model_header);
    model.write("z/later.toml", "[[purpose]]\nid = \"p\"\nname = \"P\"\n");
    fs::create_directory_symlink(outside.root() / "more", model.root() / "more");
    fs::create_symlink(model.root() / "gone.toml", model.root() / "broken.toml");
    LoadResult result = load_model(model.root());
    REQUIRE(count_rule(result.diagnostics, "model.syntax") == 2);
    REQUIRE(result.model.sources.size() == 2);
    REQUIRE(result.model.sources[1].name == "z/later.toml");
}

TEST_CASE("a finding quotes its source line: found by number, without its line end") {
    SourceFile file("model.toml", "first\r\nsecond\n\nlast");
    CHECK(file.line(1) == "first");
    CHECK(file.line(2) == "second");
    CHECK(file.line(3).empty());
    CHECK(file.line(4) == "last");
    CHECK(file.line(0).empty());
    CHECK(file.line(5).empty());
    Model model;
    model.sources.push_back(file);
    CHECK(model.source_line("model.toml", 2) == "second");
    CHECK(model.source_line("other.toml", 2).empty());
}

TEST_CASE("a line is found by number on either side of every 16th, with CRLF and without a last "
          "line end") {
    std::string text;
    for (int number = 1; number <= 40; ++number)
        text += "line " + std::to_string(number) + (number % 3 == 0 ? "\r\n" : "\n");
    SourceFile file("model.toml", text + "last");
    for (std::uint32_t number = 1; number <= 40; ++number)
        CHECK(file.line(number) == "line " + std::to_string(number));
    CHECK(file.line(41) == "last");
    CHECK(file.line(42).empty());
    SourceFile ending("model.toml", text);
    CHECK(ending.line(40) == "line 40");
    CHECK(ending.line(41).empty());
    CHECK(ending.line(42).empty());
}

TEST_CASE("a FIFO named like a model file is an error, never skipped and never opened") {
    TempModel model;
    model.write("org.toml", model_header);
    REQUIRE(::mkfifo((model.root() / "pipe.toml").c_str(), 0600) == 0);
    LoadResult result = load_model(model.root());
    const Diagnostic& d = only(result.diagnostics, "model.syntax");
    REQUIRE(d.where.file == "pipe.toml");
    REQUIRE_THAT(message_text(d.message), Contains("not a regular file"));
}

TEST_CASE("a dotted key or table header nested deeper than 64 levels is refused before parsing") {
    std::string parts;
    for (int i = 0; i < 40000; ++i)
        parts += "a.";
    for (const std::string& deep :
         {parts + "a = 1\n", "[" + parts + "a]\n", "[[" + parts + "a]]\n",
          "x = { " + parts + "a = 1 }\n", "x = [" + std::string(100, '[') + "]\n"}) {
        LoadResult result = load_text(model_header + "\n" + deep);
        const Diagnostic& d = only(result.diagnostics, "model.syntax");
        REQUIRE(d.where.line == 10);
        REQUIRE_THAT(message_text(d.message), Contains("more than 64 levels"));
    }
}

TEST_CASE("nesting is counted through headers, dotted keys, arrays and inline tables together") {
    auto deep = [](int levels) {
        std::string key = "k";
        for (int i = 1; i < levels; ++i)
            key += ".k";
        return key;
    };
    // [a.b] is 2 levels, its key 62 more: 64 is allowed, 65 is not.
    CHECK(first_nesting_beyond("[a.b]\n" + deep(62) + " = 1\n") == std::string_view::npos);
    CHECK(first_nesting_beyond("[a.b]\n" + deep(63) + " = 1\n") == 6);
    // Each inline table adds the depth of its keys; each array one level.
    CHECK(first_nesting_beyond("x = { y = [ { z = 1 } ] }") == std::string_view::npos);
    CHECK(first_nesting_beyond("x = { y = [ { " + deep(61) + " = 1 } ] }", 64) ==
          std::string_view::npos);
    CHECK(first_nesting_beyond("x = { y = [ { " + deep(62) + " = 1 } ] }", 64) == 14);
}

TEST_CASE("the nesting scan reads past strings, comments, numbers and dates") {
    const std::string dots(200, '.');
    const std::string brackets(200, '[');
    for (const std::string& text :
         {"a = \"" + dots + brackets + "\"\n", "a = '" + dots + "'\n",
          "a = \"\"\"\n" + dots + "\n\\\"\"\" " + brackets + "\n\"\"\"\n",
          "a = '''" + brackets + "''''\nb = 1\n", "# " + brackets + dots + "\n",
          "a = [\n  1.5, 2.5, # " + brackets + "\n  1979-05-27T07:32:00.999Z,\n]\n",
          "\"" + dots + "\" = 1\n", "a = [" + std::string(60, '[') + std::string(60, ']') + "]\n"})
        CHECK(first_nesting_beyond(text) == std::string_view::npos);
}

TEST_CASE("the nesting scan finds deep nesting after an escaped quote, a literal backslash or an "
          "unclosed string") {
    const std::string deep = "x = " + std::string(70, '[') + std::string(70, ']') + "\n";
    const std::size_t too_deep = 4 + 63; // `x` is one level, its 64th bracket the 65th
    const std::string escaped = "a = \"say \\\"[[[\\\" now\"\n";
    CHECK(first_nesting_beyond(escaped + deep) == escaped.size() + too_deep);
    const std::string literal = "a = 'C:\\dir\\'\n";
    CHECK(first_nesting_beyond(literal + deep) == literal.size() + too_deep);
    const std::string unclosed = "a = \"no end\n";
    CHECK(first_nesting_beyond(unclosed + deep) == unclosed.size() + too_deep);
}

TEST_CASE("the nesting scan finds where a string ends at any length, past brackets, dots, "
          "escapes, UTF-8 and CRLF line ends") {
    const std::string deep = "x = " + std::string(70, '[') + std::string(70, ']') + "\r\n";
    const std::size_t too_deep = 4 + 63; // `x` is one level, its 64th bracket the 65th
    std::string body;
    for (std::size_t length = 0; length < 40; ++length) {
        INFO(body);
        for (const std::string& before :
             {"a = \"" + body + "\"\r\n", "a = '" + body + "'\r\n",
              "a = \"" + body + "\\\"" + body + "\"\r\n", "a = '" + body + "\\'\r\n",
              "a = \"\"\"\r\n" + body + "\"\"\r\n" + body + "\"\"\"\"\r\n",
              "a = '''" + body + "\r\n''" + body + "''''\r\n",
              "a = [\"" + body + "\", '" + body + "'] # " + body + "\r\n", "# " + body + "\r\n",
              "\"" + body + "\".'" + body + "' = 1\r\n"})
            CHECK(first_nesting_beyond(before + deep) == before.size() + too_deep);
        body += "[{.]}#\xC3\xA9"[length % 8];
    }
}

TEST_CASE("a format beyond 32 bits is not taken for format 1") {
    LoadResult result = load_text("[model]\nformat = 4294967297\n" + model_header.substr(20));
    const Diagnostic& d = only(result.diagnostics, "model.format");
    REQUIRE_THAT(message_text(d.message), Contains("declares format 4294967297"));
    REQUIRE(result.model.info.format == 0);
}

TEST_CASE("the model's language is a BCP 47 tag, never a path") {
    for (std::string bad : {"../../tools/package", "/proc/self/cwd/x", "nl/../../x", "n", "nl-",
                            "nl_NL", "verylonglanguage"}) {
        INFO(bad);
        LoadResult result = load_text("[model]\nformat = 1\nlanguage = \"" + bad + "\"\n" +
                                      model_header.substr(20));
        const Diagnostic& d = only(result.diagnostics, "model.type");
        REQUIRE_THAT(message_text(d.message), Contains("not a BCP 47 language tag"));
        REQUIRE(result.model.info.language == "en"); // the default, not the path
    }
    for (std::string good : {"nl", "en-GB", "EN", "sr-Latn-RS", "de-CH-1996"}) {
        INFO(good);
        LoadResult result = load_text("[model]\nformat = 1\nlanguage = \"" + good + "\"\n" +
                                      model_header.substr(20));
        REQUIRE(result.diagnostics.empty());
        REQUIRE(result.model.info.language == good);
    }
}
