#include "analyzer/model_builder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <privmap/analyzer.h>
#include <privmap/findings_output.h>

using namespace privmap;
using privmap::test::ModelBuilder;
using privmap::test::refs;

namespace {

const Date today{2026, 6, 1};

/// An activity whose retention period has no `from`: one retention.no-trigger finding.
ModelBuilder with_untriggered_retention() {
    ModelBuilder b;
    b.model.organisation = Organisation{};
    b.model.organisation->id = "acme";
    b.model.organisation->country = "NL";
    b.subject("customers");
    b.category("contact");
    b.activity("selling", {"contact"});
    RetentionRule rule;
    rule.period = Duration{2, 0, 0, 0};
    b.model.activities[0].subjects = refs({"customers"});
    b.model.activities[0].retention = {rule};
    return b;
}

Waiver waiver(std::string rule, std::string target, Date expires) {
    Waiver w;
    w.rule = std::move(rule);
    w.target = std::move(target);
    w.reason = "accepted";
    w.approved_by = "DPO";
    w.expires = expires;
    w.where = {"model.toml", 90, 1, 1};
    return w;
}

std::vector<const Diagnostic*> with_rule(const Analysis& analysis, std::string_view rule) {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : analysis.findings)
        if (d.rule == rule)
            found.push_back(&d);
    return found;
}

} // namespace

TEST_CASE("a valid waiver marks its finding accepted and keeps it in the findings") {
    auto b = with_untriggered_retention();
    b.model.waivers.push_back(waiver("retention.no-trigger", "selling", Date{2027, 1, 1}));
    auto analysis = analyze(b.index(), {today});
    auto found = with_rule(analysis, "retention.no-trigger");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0]->waiver);
    CHECK(found[0]->waiver->approved_by == "DPO");
    CHECK(with_rule(analysis, "waiver.unused").empty());
}

TEST_CASE("an expired waiver no longer accepts its finding and is reported itself") {
    auto b = with_untriggered_retention();
    b.model.waivers.push_back(waiver("retention.no-trigger", "selling", Date{2026, 1, 1}));
    auto analysis = analyze(b.index(), {today});
    auto found = with_rule(analysis, "retention.no-trigger");
    REQUIRE(found.size() == 1);
    CHECK(!found[0]->waiver);
    auto expired = with_rule(analysis, "waiver.expired");
    REQUIRE(expired.size() == 1);
    CHECK(message_text(expired[0]->message).find("expired on 2026-01-01") != std::string::npos);
}

TEST_CASE("a waiver that matches no finding is reported unused") {
    auto b = with_untriggered_retention();
    b.model.waivers.push_back(waiver("retention.vague", "selling", Date{2027, 1, 1}));
    auto analysis = analyze(b.index(), {today});
    CHECK(with_rule(analysis, "waiver.unused").size() == 1);
}

TEST_CASE("a waiver of a rule privmap does not know is a dangling reference with a suggestion") {
    auto b = with_untriggered_retention();
    b.model.waivers.push_back(waiver("retention.no-triger", "selling", Date{2027, 1, 1}));
    auto analysis = analyze(b.index(), {today});
    auto dangling = with_rule(analysis, "model.dangling-ref");
    REQUIRE(dangling.size() == 1);
    CHECK(message_text(dangling[0]->message).find("did you mean `retention.no-trigger`?") !=
          std::string::npos);
}

TEST_CASE("[checks.severity] changes a rule's severity or turns it off") {
    auto b = with_untriggered_retention();
    b.model.checks.severity["retention.no-trigger"] = Severity::error;
    auto raised = analyze(b.index(), {today});
    REQUIRE(with_rule(raised, "retention.no-trigger").size() == 1);
    CHECK(with_rule(raised, "retention.no-trigger")[0]->severity == Severity::error);

    b.model.checks.severity["retention.no-trigger"] = std::nullopt;
    CHECK(with_rule(analyze(b.index(), {today}), "retention.no-trigger").empty());
}

TEST_CASE("an unknown rule in [checks.severity] is a dangling reference") {
    auto b = with_untriggered_retention();
    b.model.checks.severity["transfer.no-safegaurd"] = Severity::warning;
    auto analysis = analyze(b.index(), {today});
    auto dangling = with_rule(analysis, "model.dangling-ref");
    REQUIRE(dangling.size() == 1);
    CHECK(message_text(dangling[0]->message).find("`transfer.no-safeguard`") != std::string::npos);
}

TEST_CASE("screening finds large scale from subject counts and says which subject") {
    auto b = with_untriggered_retention();
    b.model.subjects[0].count = 250000;
    auto analysis = analyze(b.index(), {today});
    const auto& hits = analysis.screenings[0].hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].criterion == Criterion::large_scale);
    CHECK(message_text(because(hits[0])) == "subject `customers` counts 250000 (threshold 100000)");
    CHECK(hits[0].reason.key == "large-scale");
    CHECK(hits[0].reason.args ==
          std::vector<std::pair<std::string, std::string>>{
              {"subject", "`customers`"}, {"count", "250000"}, {"threshold", "100000"}});
}

TEST_CASE("screening finds special data that reaches an activity through a flow") {
    auto b = with_untriggered_retention();
    b.category("health").special = Special::health;
    b.category("sick-leave", "health");
    b.system("hr-db", "NL");
    b.flow("hr-db", "selling", {"sick-leave"}, "selling");
    b.model.subjects[0].vulnerable = true;
    Model& model = b.index();
    model.categories[2].effective_special = Special::health;
    model.categories[2].special_from = "health";
    auto analysis = analyze(model, {today});
    const auto& screening = analysis.screenings[0];
    CHECK(screening.dpia_required());
    REQUIRE(screening.hits.size() == 2);
    CHECK(screening.hits[0].criterion == Criterion::sensitive_data);
    CHECK(message_text(because(screening.hits[0])) ==
          "`sick-leave` is a kind of `health`, special-category data "
          "(health) and reaches it along hr-db → selling");
    CHECK(screening.hits[0].reason.key == "special-inherited");
    CHECK(screening.hits[0].reason.args ==
          std::vector<std::pair<std::string, std::string>>{{"category", "`sick-leave`"},
                                                           {"special", "health"},
                                                           {"parent", "`health`"},
                                                           {"path", "hr-db → selling"}});
    CHECK(screening.hits[1].criterion == Criterion::vulnerable_subjects);
}

TEST_CASE("matching datasets needs data from two activities with different purposes") {
    ModelBuilder b;
    b.category("contact");
    b.activity("sales", {"contact"}).purposes = refs({"selling"});
    b.activity("support", {"contact"}).purposes = refs({"helping"});
    b.activity("profiling", {"contact"});
    b.flow("sales", "profiling", {"contact"}, "sales");
    b.flow("support", "profiling", {"contact"}, "support");
    auto analysis = analyze(b.index(), {today});
    REQUIRE(analysis.screenings[2].hits.size() == 1);
    CHECK(analysis.screenings[2].hits[0].criterion == Criterion::matching_datasets);
    CHECK(message_text(because(analysis.screenings[2].hits[0])) ==
          "combines data flowing in from `sales`, `support` (different purposes)");
    CHECK(analysis.screenings[2].hits[0].reason.args ==
          std::vector<std::pair<std::string, std::string>>{{"origins", "`sales`, `support`"}});
}
