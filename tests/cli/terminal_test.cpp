// What privmap prints for a terminal holds no control from the model: no escape sequence (ESC,
// the C1 CSI U+009B, a raw 0x9B byte), no DEL, no bidirectional control; in messages, quoted
// lines, file names, `diff` and `trace`.
#include "support.h"

#include <catch2/catch.hpp>

using namespace privmap::test;

namespace {

const std::string shop_model = std::string(PRIVMAP_TESTS_DIR) + "/models/trace/shop.toml";

// As TOML escapes: ESC [2J (clears the screen), CSI 31m as one C1 control, RIGHT-TO-LEFT
// OVERRIDE, DEL.
const std::string hostile_escapes = "x\\u001b[2J\\u009b31m\\u202e\\u007f";
const std::string replacement = "\xEF\xBF\xBD"; // U+FFFD

void check_no_controls(const std::string& output) {
    INFO(output);
    for (const std::string control : {"\x1b", "\xC2\x9B", "\x9B", "\xE2\x80\xAE", "\x7F"})
        CHECK(output.find(control) == std::string::npos);
}

std::string shop_retained_from(const std::string& from) {
    std::string text = read_file(shop_model);
    for (std::size_t at; (at = text.find("end-of-contract")) != std::string::npos;)
        text.replace(at, 15, from);
    return text;
}

} // namespace

TEST_CASE("a finding shows the model's text, its quoted line and its file name without controls") {
    TempDir dir;
    // A raw C1 control and a bidi override in a comment, escapes in a value, ESC and a raw 0x9B
    // byte in the file name.
    dir.write("model/evil\x1b[31m\x9B.toml", "[model]\nformat = 1\ntitle = 1 # \xC2\x9B"
                                             "31m \xE2\x80\xAE\n\n"
                                             "[[subject]]\nid = \"" +
                                                 hostile_escapes + "\"\nname = \"S\"\n");
    Run run = run_privmap({"check", (dir.path / "model").string()});
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("evil" + replacement + "[31m" + replacement + ".toml:3:9") !=
          std::string::npos);
    CHECK(run.out.find("title = 1 # " + replacement + "31m " + replacement) != std::string::npos);
    check_no_controls(run.out + run.err);
}

TEST_CASE("privmap trace prints a retention's text without its controls") {
    TempDir dir;
    dir.write("shop.toml", shop_retained_from(hostile_escapes));
    Run run = run_privmap({"trace", (dir.path / "shop.toml").string(), "email"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("P2Y from x" + replacement + "[2J") != std::string::npos);
    check_no_controls(run.out + run.err);
}

TEST_CASE("privmap diff prints a changed retention's text without its controls") {
    TempDir dir;
    dir.write("new.toml", shop_retained_from(hostile_escapes));
    Run run =
        run_privmap({"diff", shop_model, (dir.path / "new.toml").string(), "--today", "2026-01-01"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("retention") != std::string::npos);
    check_no_controls(run.out + run.err);
}

TEST_CASE("an id given on the command line is echoed without its controls") {
    Run run = run_privmap({"trace", shop_model, "no\x1b[2Jsuch"});
    CHECK(run.exit_code == 2);
    check_no_controls(run.out + run.err);
}
