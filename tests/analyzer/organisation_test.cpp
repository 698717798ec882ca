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

namespace {
privmap::Model loaded_model(const std::string& relative) {
    auto loaded = privmap::load_model(std::string(PRIVMAP_TESTS_DIR) + "/" + relative);
    REQUIRE_FALSE(privmap::has_errors(privmap::resolve(loaded.model)));
    return std::move(loaded.model);
}

/// What the analysis concludes about Art. 27 for the model at PRIVMAP_TESTS_DIR + "/" + relative.
privmap::Answer representative_required_in(const std::string& relative) {
    return privmap::analyze(loaded_model(relative), {privmap::Date{2026, 1, 1}})
        .facts.organisation.representative_required;
}
} // namespace

TEST_CASE("the analysis says whether Art. 27 requires a representative, from what the model "
          "records") {
    using privmap::Answer;
    const std::string rule = "models/rules/organisation.representative-missing/";
    // outside the EEA and serving people in the Union: required, named or not
    CHECK(representative_required_in(rule + "trigger.toml") == Answer::yes);
    CHECK(representative_required_in(rule + "clean.toml") == Answer::yes);
    // its data subjects are all outside the Union (Art. 3(2))
    CHECK(representative_required_in(rule + "clean-targeting.toml") == Answer::no);
    // established in the EEA
    CHECK(representative_required_in("models/rules/organisation.dpo-missing/trigger.toml") ==
          Answer::no);

    privmap::Model model = loaded_model(rule + "trigger.toml");
    model.organisation->public_body = true; // Art. 27(2)(b)
    CHECK(privmap::representative_required(model) == Answer::no);
    model.organisation.reset(); // nothing to conclude from
    CHECK(privmap::representative_required(model) == Answer::not_recorded);
}
