#include "support.h"

#include <catch2/catch.hpp>

using privmap::Diagnostics;
using privmap::test::check_model;
using privmap::test::with_rule;

TEST_CASE("a sub-processor running a system of a processor activity needs the controller's "
          "authorisation") {
    Diagnostics found = with_rule(
        check_model("models/rules/processor.subprocessor-unauthorised/through-system.toml"),
        "processor.subprocessor-unauthorised");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "hosting");
    CHECK(found[0].where.line == 51); // systems = ["client-db"]
    CHECK(message_text(found[0].message)
              .find("engages `cloud` without written authorisation from `client`") !=
          std::string::npos);
    REQUIRE(!found[0].notes.empty());
    CHECK(message_text(found[0].notes[0].message) == "`cloud` operates system `client-db`");
    CHECK(found[0].notes[0].where.line == 42);
}

TEST_CASE("a processor without an agreement is reported at its role") {
    Diagnostics found = with_rule(check_model("models/rules/processor.dpa-missing/trigger.toml"),
                                  "processor.dpa-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "mailer");
}
