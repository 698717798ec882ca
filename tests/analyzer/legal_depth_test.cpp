// What a careful DPO knows and a naive checker gets wrong: the corrections and rules of
// issue 14, asserted on what a user reads (rule, entity, severity, message, notes).
#include "support.h"

#include <catch2/catch.hpp>

using privmap::Diagnostic;
using privmap::Diagnostics;
using privmap::Severity;
using privmap::test::check_model;

namespace {

Diagnostics findings_of(const std::string& rule, const std::string& model) {
    return privmap::test::with_rule(check_model("models/rules/" + rule + "/" + model), rule);
}

bool says(const Diagnostic& d, std::string_view text) {
    if (message_text(d.message).find(text) != std::string::npos ||
        message_text(d.help).find(text) != std::string::npos)
        return true;
    for (const auto& note : d.notes)
        if (message_text(note.message).find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("a Canadian federal authority is outside the PIPEDA adequacy decision") {
    auto d = findings_of("transfer.no-safeguard", "trigger-canada-authority.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "revenue-agency");
    CHECK(says(d[0], "covers only organisations subject to PIPEDA"));
    CHECK(says(d[0], "`adequacy_scope = \"pipeda\"`"));
}

TEST_CASE("HR data needs a Data Privacy Framework certification that covers HR data") {
    auto d = findings_of("transfer.no-safeguard", "trigger-dpf-hr.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "mailer");
    CHECK(says(d[0], "own staff"));
    CHECK(says(d[0], "\"dpf-hr\""));
}

TEST_CASE("an Art. 49 derogation does not carry a party that hosts a system") {
    auto d = findings_of("transfer.no-safeguard", "trigger-derogation-hosting.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "mailer");
    CHECK(says(d[0], "hosts system `crm`, a systematic transfer"));
    CHECK_FALSE(says(d[0], "or an Art. 49 derogation for occasional transfers"));
}

TEST_CASE("a legitimate-interests assessment is no law authorising criminal-offence data") {
    auto d = findings_of("lawfulness.criminal-data", "trigger-assessment.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "hiring");
    CHECK(says(d[0], "citing only `LIA-2025-02`, which is no law"));
    CHECK(says(d[0], "criminal_data_law"));
}

TEST_CASE("the statutory period binds the statutory record, not every copy") {
    CHECK(findings_of("retention.statutory-minimum", "clean-record.toml").empty());
    auto d = findings_of("retention.statutory-minimum", "trigger-record.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "accounting");
    CHECK(says(d[0], "from `end-of-fiscal-year` for the statutory record it keeps"));
}

TEST_CASE("83 months are shorter than seven years, 84 months are not") {
    auto d = findings_of("retention.statutory-minimum", "trigger-calendar.toml");
    REQUIRE(d.size() == 1);
    CHECK(says(d[0], "for P83M, shorter than the P7Y"));
    CHECK(findings_of("retention.statutory-minimum", "clean-calendar.toml").empty());
}

TEST_CASE("until-erasure-request without max keeps data forever: controller-defined is a "
          "processor's period") {
    auto unbounded = findings_of("retention.unbounded", "trigger-erasure-request.toml");
    REQUIRE(unbounded.size() == 1);
    CHECK(unbounded[0].entity == "crm");
    auto vague = findings_of("retention.vague", "trigger-controller-defined.toml");
    REQUIRE(vague.size() == 1);
    CHECK(vague[0].entity == "selling");
    CHECK(says(vague[0], "the organisation is the controller here"));
}

TEST_CASE("data read from a shared system is reuse, as a flow is") {
    auto d = findings_of("lawfulness.purpose-compatibility", "trigger-through-system.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "profiling");
    CHECK(says(d[0], "data that activity `webshop` stores in system `crm` is read by "
                     "activity `profiling`"));
}

TEST_CASE("research without its Art. 89(1) safeguards is not yet presumed compatible") {
    auto d = findings_of("lawfulness.purpose-compatibility", "trigger-research.toml");
    REQUIRE(d.size() == 1);
    CHECK(says(d[0], "presumed compatible only with its safeguards"));
}

TEST_CASE("a screening does not soften a mandatory Art. 35(3)(c) DPIA") {
    auto d = findings_of("dpia.required", "trigger-public-area.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::error);
    CHECK(says(d[0], "(an Art. 35(3) case)"));
    CHECK(says(d[0], "publicly accessible area"));
}

TEST_CASE("content gaps are findings reported with all others, not load errors") {
    Diagnostics all = check_model("models/rules/model.incomplete/trigger-empty.toml");
    auto gaps = privmap::test::with_rule(all, "model.incomplete");
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].entity == "sales"); // name = ""
    CHECK(gaps[1].entity == "selling");
    CHECK(says(gaps[1], "declares no categories of data subjects"));
    CHECK(privmap::test::with_rule(all, "model.missing").empty());
    Diagnostics no_contact =
        check_model("models/rules/organisation.contact-missing/trigger-no-table.toml");
    CHECK(privmap::test::with_rule(no_contact, "model.missing").empty());
    CHECK(privmap::test::with_rule(no_contact, "organisation.contact-missing").size() == 1);
}

TEST_CASE("an employer relying on its employees' consent is told why it is rarely free") {
    auto d = findings_of("lawfulness.employee-consent", "trigger.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "time-clock");
    CHECK(d[0].where.line == 31); // lawful_basis = "consent"
    CHECK(says(d[0], "`staff` are the organisation's own staff"));
}

TEST_CASE("an automated decision names its Art. 22(2) exception and Art. 22(3) safeguards") {
    auto none = findings_of("lawfulness.automated-decision-exception", "trigger.toml");
    REQUIRE(none.size() == 1);
    CHECK(none[0].entity == "credit-check");
    auto unsafe = findings_of("lawfulness.automated-decision-exception", "trigger-safeguards.toml");
    REQUIRE(unsafe.size() == 1);
    CHECK(says(unsafe[0], "without the Art. 22(3) safeguards"));
    auto special = findings_of("lawfulness.automated-decision-special", "trigger.toml");
    REQUIRE(special.size() == 1);
    CHECK(says(special[0], "on `health-care`"));
}

TEST_CASE("a processor reusing its clients' data for its own product is a controller without a "
          "basis") {
    auto d = findings_of("processor.own-purpose", "trigger.toml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].entity == "product-analytics");
    CHECK(says(d[0], "data that activity `webshop-hosting` stores in system `platform` is read "
                     "by activity `product-analytics` for the organisation's own purposes, but "
                     "the organisation processes it as a processor (`webshop-hosting`)"));
    auto joint = findings_of("processor.joint-arrangement-missing", "trigger-essence.toml");
    REQUIRE(joint.size() == 1);
    CHECK(says(joint[0], "not available to data subjects"));
    auto body = findings_of("lawfulness.public-body-legitimate-interests", "trigger.toml");
    REQUIRE(body.size() == 1);
    CHECK(body[0].severity == Severity::error);
}

TEST_CASE("subjects in several countries meet the highest age of digital consent among them") {
    auto d = findings_of("lawfulness.children-consent", "trigger-countries.toml");
    REQUIRE(d.size() == 1);
    CHECK(says(d[0], "younger than 16"));
    CHECK(says(d[0], "the age of digital consent in NL is 16"));
}
