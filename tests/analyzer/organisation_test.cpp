#include "support.h"

#include <catch2/catch.hpp>

using privmap::Diagnostics;
using privmap::Severity;
using privmap::test::check_model;
using privmap::test::with_rule;

TEST_CASE("a missing DPO is a warning where Art. 37 does not require one") {
    Diagnostics found = with_rule(check_model("models/rules/organisation.dpo-missing/trigger.toml"),
                                  "organisation.dpo-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "acme");
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].where.line == 6);
}

TEST_CASE("a public body without a DPO is an error that says why") {
    Diagnostics found =
        with_rule(check_model("models/rules/organisation.dpo-missing/public-body.toml"),
                  "organisation.dpo-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    REQUIRE(found[0].notes.size() == 1);
    CHECK(message_text(found[0].notes[0].message) == "`acme` is a public body: Art. 37(1)(a)");
    CHECK(found[0].notes[0].where.line == 11);
}

TEST_CASE("an organisation outside the EEA needs an EU representative") {
    Diagnostics found =
        with_rule(check_model("models/rules/organisation.representative-missing/trigger.toml"),
                  "organisation.representative-missing");
    REQUIRE(found.size() == 1);
    CHECK(message_text(found[0].message).find("established in US") != std::string::npos);
}
