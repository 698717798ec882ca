// A DPIA judged complete (issue 15): what an approved DPIA must hold, and the DPO's advice and
// the data subjects' views it records, asserted on the rule, entity and line a user reads.
#include "support.h"

#include <catch2/catch.hpp>

using privmap::Severity;

namespace {

/// The findings of `rule` on its test model `name` (tests/models/rules/<rule>/<name>).
privmap::Diagnostics dpia_findings(const std::string& rule, const std::string& name) {
    return privmap::test::with_rule(privmap::test::check_model("models/rules/" + rule + "/" + name),
                                    rule);
}

bool message_names(const privmap::Diagnostic& d, std::string_view text) {
    return privmap::message_text(d.message).find(text) != std::string::npos;
}

} // namespace

TEST_CASE("an approved DPIA that was never filled in names every missing part") {
    auto d = dpia_findings("dpia.incomplete", "trigger.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::error);
    CHECK(d[0].entity == "dpia-sales");
    CHECK(d[0].where.line == 55); // status = "approved"
    CHECK(message_names(d[0], "(b) necessity and proportionality"));
    CHECK(message_names(d[0], "(c) the risks assessed"));
    CHECK(message_names(d[0], "(d) the measures"));
    CHECK(message_names(d[0], "the DPO's advice"));
    CHECK_FALSE(message_names(d[0], "(a)")); // its activities describe the processing
}

TEST_CASE(
    "a decision to approve with conditions approves a DPIA, and advice as a string still counts") {
    auto d = dpia_findings("dpia.incomplete", "trigger-decision.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "dpia-sales");
    CHECK(d[0].where.line == 56); // decision = { outcome = "approved-with-conditions", ... }
    CHECK(message_names(d[0], "(b) necessity and proportionality"));
    CHECK_FALSE(message_names(d[0], "DPO"));
}

TEST_CASE("necessity and proportionality split into part B's questions counts as (b)") {
    auto d = dpia_findings("dpia.incomplete", "trigger-split.toml");
    REQUIRE(d.size() == 1);
    CHECK(message_names(d[0], "(c) the risks assessed"));
    CHECK_FALSE(message_names(d[0], "(b)"));
    CHECK(dpia_findings("dpia.incomplete", "clean-split.toml").empty());
}

TEST_CASE("DPO advice that was not followed needs the reason why") {
    auto d = dpia_findings("dpia.advice-not-followed", "trigger.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::warning);
    CHECK(d[0].entity == "dpia-sales");
    CHECK(d[0].where.line == 59); // dpo_advice = { ..., followed = false }
}

TEST_CASE("an approved DPIA records whether data subjects' views were sought, or why not") {
    auto d = dpia_findings("dpia.views-not-sought", "trigger.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::note);
    CHECK(d[0].entity == "dpia-sales");
    CHECK(d[0].where.line == 60); // subjects_views = { sought = false }
}

TEST_CASE("the analysis lists each measure a DPIA's risks name once, with the risks naming it") {
    auto loaded = privmap::load_model(std::string(PRIVMAP_TESTS_DIR) + "/reports/models/webshop");
    REQUIRE_FALSE(privmap::has_errors(privmap::resolve(loaded.model)));
    const privmap::Model& model = loaded.model;
    privmap::Analysis analysis = privmap::analyze(model, {privmap::Date{2026, 1, 1}});
    const privmap::DpiaFacts& absence = analysis.facts.dpias.at(0);
    REQUIRE(model.dpias[absence.dpia].id == "dpia-absence");
    REQUIRE(absence.measures.size() == 2);
    auto risk_ids = [&](const privmap::DpiaMeasureFact& fact) {
        std::vector<std::string> ids;
        for (std::size_t risk : fact.risks)
            ids.push_back(model.dpias[absence.dpia].risks[risk].id);
        return ids;
    };
    CHECK(model.measures[absence.measures[0].measure].id == "need-to-know");
    CHECK(risk_ids(absence.measures[0]) == std::vector<std::string>{"r1", "r3", "r4"});
    CHECK(model.measures[absence.measures[1].measure].id == "mfa");
    CHECK(risk_ids(absence.measures[1]) == std::vector<std::string>{"r1"});
    CHECK(absence.find_measure(absence.measures[1].measure) == &absence.measures[1]);
}
