// The eConnect example (examples/econnect) models a real privacy statement; these are the
// gaps of that statement a DPO would raise, as privmap reports them (examples/econnect/README.md).
#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using privmap::test::run_privmap;

namespace {

nlohmann::json check_econnect() {
    auto run =
        run_privmap({"check", "examples/econnect", "--format", "json", "--today", "2026-06-01"});
    INFO(run.err);
    REQUIRE((run.exit_code == 0 || run.exit_code == 1));
    return nlohmann::json::parse(run.out);
}

bool has_finding(const nlohmann::json& output, const std::string& rule, const std::string& entity) {
    for (const auto& finding : output.at("findings"))
        if (finding.at("rule") == rule && finding.at("entity") == entity)
            return true;
    return false;
}

} // namespace

TEST_CASE("the eConnect example loads without model errors") {
    auto output = check_econnect();
    for (const auto& finding : output.at("findings"))
        CHECK(finding.at("rule").get<std::string>().rfind("model.", 0) != 0);
}

TEST_CASE("eConnect: 'niet langer dan nodig' is a vague retention for every activity it covers") {
    auto output = check_econnect();
    for (const char* activity : {"invoice-delivery", "contact-form", "sales"})
        CHECK(has_finding(output, "retention.vague", activity));
    // The archive's retention is the customers' own choice (controller-defined), not vague.
    CHECK_FALSE(has_finding(output, "retention.vague", "archive-service"));
}

TEST_CASE("eConnect: invoices are delivered to customers whose country the statement never names") {
    CHECK(has_finding(check_econnect(), "transfer.unknown-destination", "customer-organisations"));
}

TEST_CASE("eConnect: financial data is one WP248 criterion, and no DPIA screening is documented") {
    auto output = check_econnect();
    for (const char* activity : {"invoice-delivery", "archive-service", "contact-form", "sales"})
        CHECK(has_finding(output, "dpia.screening-undocumented", activity));
    CHECK_FALSE(has_finding(output, "dpia.required", "invoice-delivery"));
}

TEST_CASE("eConnect: the statement gives no way to reach eConnect at all") {
    CHECK(has_finding(check_econnect(), "organisation.contact-missing", "econnect"));
}

TEST_CASE("eConnect: the statement names no lawful basis for its own processing, nor a DPO") {
    auto output = check_econnect();
    CHECK(has_finding(output, "lawfulness.basis-missing", "contact-form"));
    CHECK(has_finding(output, "lawfulness.basis-missing", "sales"));
    CHECK_FALSE(has_finding(output, "lawfulness.basis-missing", "invoice-delivery"));
    CHECK(has_finding(output, "organisation.dpo-missing", "econnect"));
}
