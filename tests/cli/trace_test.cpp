#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using privmap::test::run_privmap;

namespace {
const std::string shop = std::string(PRIVMAP_TESTS_DIR) + "/models/trace/shop.toml";
}

TEST_CASE(
    "trace of a category follows it from the data subjects to a party abroad, with retention") {
    auto run = run_privmap({"trace", shop, "email"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("customers (subject)") != std::string::npos);
    CHECK(run.out.find("collected by → webshop (activity) · retention P2Y from end-of-contract") !=
          std::string::npos);
    CHECK(run.out.find(
              "stored in → crm (system, NL) · retention P2Y from end-of-contract for contact") !=
          std::string::npos);
    CHECK(run.out.find(
              "flow under `newsletter` → newsletter (activity) · retention until-withdrawn") !=
          std::string::npos);
    CHECK(run.out.find("sent to → mailer (party, US)") != std::string::npos);
    CHECK(run.out.find("located in → US") != std::string::npos);
}

TEST_CASE("trace of a category shows only the retention rules that cover it") {
    auto run = run_privmap({"trace", shop, "orders"});
    CHECK(run.out.find("crm (system, NL) · retention P7Y from end-of-year for orders") !=
          std::string::npos);
    CHECK(run.out.find("newsletter") == std::string::npos);
}

TEST_CASE("trace of a system says where its data comes from and where it goes") {
    auto run = run_privmap({"trace", shop, "crm"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("`contact`, `email`, `orders`: customers → webshop → crm (NL)") !=
          std::string::npos);
    CHECK(run.out.find("flow under `newsletter` → newsletter (activity)") != std::string::npos);
}

TEST_CASE("trace --format json gives the same tree as data") {
    auto run = run_privmap({"trace", shop, "newsletter", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    auto doc = nlohmann::json::parse(run.out);
    CHECK(doc["kind"] == "activity");
    CHECK(doc["arrives"][0] == "`email`: customers → webshop → crm → newsletter");
    auto root = doc["paths"][0];
    CHECK(root["id"] == "newsletter");
    CHECK(root["retention"][0] == "until-withdrawn");
    CHECK(root["next"][0]["id"] == "mailer");
    CHECK(root["next"][0]["via"]["origin"] == "recipient");
    CHECK(root["next"][0]["next"][0]["id"] == "US");
}

TEST_CASE("trace of an id that is no category, activity or system exits 2") {
    auto run = run_privmap({"trace", shop, "mailer"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("`mailer` is not a category, activity or system") != std::string::npos);
}

TEST_CASE("trace of an activity ends with the facts the register and the rules read") {
    auto run = run_privmap({"trace", shop, "newsletter"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("facts:\n") != std::string::npos);
    CHECK(run.out.find("  transfers: `mailer` in US, covered: ") != std::string::npos);
    CHECK(run.out.find("  automated decision: ") != std::string::npos);
    auto json = run_privmap({"trace", shop, "newsletter", "--format", "json"});
    auto doc = nlohmann::json::parse(json.out);
    REQUIRE(doc["facts"]["transfers"].size() == 1);
    CHECK(doc["facts"]["recipients"][0] == "`mailer` (declared)");
}

TEST_CASE("trace of an id that several kinds share asks which, and takes `kind:id`") {
    privmap::test::TempDir dir;
    dir.write("shop.toml", privmap::test::read_file(shop) +
                               "\n[[category]]\nid = \"crm\"\nname = \"CRM notes\"\n");
    std::string model = (dir.path / "shop.toml").string();
    auto ambiguous = run_privmap({"trace", model, "crm"});
    CHECK(ambiguous.exit_code == 2);
    CHECK(ambiguous.err == "privmap: `crm` names entities of several kinds; write `category:crm` "
                           "or `system:crm`\n");
    auto system = run_privmap({"trace", model, "system:crm"});
    CHECK(system.exit_code == 0);
    CHECK(system.out.starts_with(run_privmap({"trace", shop, "crm"}).out.substr(0, 40)));
}

TEST_CASE("trace of `activity:id` ends with that activity's facts") {
    auto run = run_privmap({"trace", shop, "activity:newsletter"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out == run_privmap({"trace", shop, "newsletter"}).out);
}

TEST_CASE("the facts of a long chain of processors keep its first and last hops") {
    // Before: every party along a chain held its whole path, 3.4 GB for a chain of 20,000.
    std::string text = "[model]\nformat = 1\n[organisation]\nid = \"o\"\nname = \"O\"\ncountry = "
                       "\"NL\"\n[[subject]]\nid = \"s\"\nname = \"S\"\n[[category]]\nid = \"c\"\n"
                       "name = \"C\"\n[[purpose]]\nid = \"p\"\nname = \"P\"\n[[activity]]\nid = "
                       "\"a\"\nname = \"A\"\nrole = \"controller\"\nlawful_basis = \"contract\"\n"
                       "purposes = [\"p\"]\nsubjects = [\"s\"]\ncategories = [\"c\"]\nrecipients "
                       "= [\"p0\"]\n";
    for (int i = 0; i < 20; ++i) {
        std::string id = "p" + std::to_string(i);
        text += "[[party]]\nid = \"" + id +
                "\"\nname = \"P\"\nrole = \"processor\"\ncountry = "
                "\"US\"\n";
        if (i > 0)
            text += "[[flow]]\nfrom = \"p" + std::to_string(i - 1) + "\"\nto = \"" + id +
                    "\"\ncategories = [\"c\"]\nactivity = \"a\"\n";
    }
    privmap::test::TempDir dir;
    dir.write("chain.toml", text);
    auto run = run_privmap({"trace", (dir.path / "chain.toml").string(), "a"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("`p6` via a → p0 → p1 → p2 → p3 → p4 → p5 → p6 (US)") != std::string::npos);
    CHECK(run.out.find("`p19` via a → p0 → p1 → p2 → … 13 more … → p16 → p17 → p18 → p19 (US)") !=
          std::string::npos);
}
