#include "support.h"

#include <catch2/catch.hpp>

using privmap::Diagnostics;
using privmap::Severity;
using privmap::test::check_model;
using privmap::test::with_rule;

namespace {

bool any_note_contains(const privmap::Diagnostic& d, std::string_view text) {
    for (const auto& note : d.notes)
        if (message_text(note.message).find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("a category that is a kind of a special category needs an Art. 9(2) condition") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.special-condition/trigger.toml"),
                  "lawfulness.special-condition");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "hr-absence");
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].where.line == 43); // categories = ["contact", "sick-leave"]
    CHECK(found[0].where.column == 26);
    CHECK(message_text(found[0].message).find("(`health`, via `sick-leave`)") != std::string::npos);
    REQUIRE(!found[0].notes.empty());
    CHECK(message_text(found[0].notes[0].message) == "`sick-leave` is a kind of `health`");
    CHECK(message_text(found[0].help).find("special_condition") != std::string::npos);
}

TEST_CASE("a special category reached through a flow needs an Art. 9(2) condition") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.special-condition/through-flow.toml"),
                  "lawfulness.special-condition");
    REQUIRE(found.size() == 1); // hr-absence has its condition; hr-analytics receives the data
    CHECK(found[0].entity == "hr-analytics");
    CHECK(found[0].where.line >= 61); // in the [[flow]] that brings the data in
    CHECK(message_text(found[0].message).find("hr-absence → hr-analytics") != std::string::npos);
    CHECK(any_note_contains(found[0], "`sick-leave` is a kind of `health`"));
}

TEST_CASE("children below the national age of digital consent need parental consent") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.children-consent/trigger.toml"),
                  "lawfulness.children-consent");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "homework-app");
    CHECK(found[0].where.line == 34); // subjects = ["pupils"]
    CHECK(message_text(found[0].message).find("younger than 16") != std::string::npos);
    CHECK(any_note_contains(found[0], "can be as young as 12"));
    CHECK(any_note_contains(found[0], "age of digital consent in NL is 16"));
}

TEST_CASE("the built-in table lets 13-year-olds consent in Belgium") {
    CHECK(with_rule(check_model("models/rules/lawfulness.children-consent/belgium.toml"),
                    "lawfulness.children-consent")
              .empty());
}

TEST_CASE("[checks.digital_consent_age] overrides the built-in age") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.children-consent/belgium-override.toml"),
                  "lawfulness.children-consent");
    REQUIRE(found.size() == 1);
    CHECK(message_text(found[0].message).find("younger than 16") != std::string::npos);
    CHECK(any_note_contains(found[0], "set to 16 by `[checks.digital_consent_age]`"));
}

TEST_CASE("a national identification number cannot rest on consent") {
    Diagnostics found = with_rule(check_model("models/rules/lawfulness.national-id/trigger.toml"),
                                  "lawfulness.national-id");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "payroll");
    CHECK(message_text(found[0].message).find("on `consent`") != std::string::npos);
}

TEST_CASE("data flowing into an activity for an unassessed purpose is incompatible further use") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.purpose-compatibility/trigger.toml"),
                  "lawfulness.purpose-compatibility");
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity == "profiling");
    CHECK(message_text(found[0].message).find("`marketing`") != std::string::npos);
    CHECK(found[0].where.line >= 43); // the [[flow]] from webshop
}

TEST_CASE("one finding per new purpose names the feeding activities, the first three in notes") {
    Diagnostics found =
        with_rule(check_model("models/rules/lawfulness.purpose-compatibility/many-sources.toml"),
                  "lawfulness.purpose-compatibility");
    REQUIRE(found.size() == 2); // marketing and research, not one per shop and purpose
    for (const auto& finding : found) {
        CHECK(finding.entity == "profiling");
        CHECK(message_text(finding.message)
                  .find("data of activities `shop-1`, `shop-2`, `shop-3` and 2 more "
                        "reaches activity `profiling`") == 0);
        CHECK(any_note_contains(finding, "`shop-3` collects it for `sales`"));
        CHECK_FALSE(any_note_contains(finding, "`shop-4`"));
        CHECK(any_note_contains(finding, "and 2 more activities"));
    }
    CHECK(message_text(found[0].message).find("for `marketing`") != std::string::npos);
    CHECK(message_text(found[1].message).find("for `research`") != std::string::npos);
}
