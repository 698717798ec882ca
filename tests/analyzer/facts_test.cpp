// The facts the register's views group by party, system, country and category: derived once,
// from the activities' own facts, so a view cannot disagree with an entry.
#include "analyzer/model_builder.h"

#include <catch2/catch.hpp>
#include <privmap/analyzer.h>

using namespace privmap;
using privmap::test::ModelBuilder;
using privmap::test::refs;

namespace {

RetentionRule kept_for(int years, std::initializer_list<const char*> categories = {}) {
    RetentionRule rule;
    rule.period = Duration{years, 0, 0, 0};
    rule.categories = refs(categories);
    rule.from = "end of contract";
    return rule;
}

/// Two activities sending contact data to a US mailer; one also to the tax office and into a
/// CRM hosted in Germany, whose retention rule decides how long it keeps contact data.
ModelBuilder two_activities_one_mailer() {
    ModelBuilder b;
    b.category("contact");
    b.category("salary");
    b.party("mailer", "US").role = PartyRole::processor;
    Party& hoster = b.party("hoster", "DE");
    hoster.role = PartyRole::processor;
    hoster.dpa = "DPA-2024-1";
    b.party("tax", "NL").role = PartyRole::authority;
    System& crm = b.system("crm", "DE");
    crm.operated_by = Ref{"hoster", {}};
    crm.retention = {kept_for(2)};
    Activity& newsletter = b.activity("newsletter", {"contact"});
    newsletter.recipients = refs({"mailer"});
    Activity& payroll = b.activity("payroll", {"contact", "salary"});
    payroll.recipients = refs({"mailer", "tax"});
    payroll.systems = refs({"crm"});
    payroll.retention = {kept_for(7, {"salary"})};
    return b;
}

} // namespace

TEST_CASE("a party's facts list the activities whose data reaches it and its agreement") {
    ModelBuilder b = two_activities_one_mailer();
    Analysis analysis = analyze(b.index(), {Date{2026, 6, 1}});
    const std::vector<PartyFacts>& parties = analysis.facts.parties;
    REQUIRE(parties.size() == 3);
    CHECK(parties[0].activities == std::vector<std::size_t>{0, 1}); // mailer
    CHECK(parties[0].dpa == DpaState::missing);
    CHECK(parties[1].activities == std::vector<std::size_t>{1}); // hoster, operating the CRM
    CHECK(parties[1].dpa == DpaState::recorded);
    CHECK(parties[2].activities == std::vector<std::size_t>{1}); // tax
    CHECK(parties[2].dpa == DpaState::not_applicable);
}

TEST_CASE("a system's facts list the activities using it and the categories it holds") {
    ModelBuilder b = two_activities_one_mailer();
    Analysis analysis = analyze(b.index(), {Date{2026, 6, 1}});
    REQUIRE(analysis.facts.systems.size() == 1);
    const SystemFacts& crm = analysis.facts.systems[0];
    CHECK(crm.activities == std::vector<std::size_t>{1});
    CHECK(crm.categories == std::vector<std::size_t>{0, 1});
}

TEST_CASE("transfers are grouped by country and destination with every activity reaching it") {
    ModelBuilder b = two_activities_one_mailer();
    Analysis analysis = analyze(b.index(), {Date{2026, 6, 1}});
    const auto& countries = analysis.facts.transfers_by_country;
    REQUIRE(countries.size() == 1); // Germany and the Netherlands are in the EEA
    CHECK(countries[0].country == "US");
    REQUIRE(countries[0].destinations.size() == 1);
    const TransferDestination& mailer = countries[0].destinations[0];
    CHECK(mailer.transfer.destination == "mailer");
    CHECK(mailer.transfer.covered == Answer::no);
    CHECK(mailer.transfer.path.empty());
    CHECK(mailer.activities == std::vector<std::size_t>{0, 1});
}

TEST_CASE("the retention schedule has one line per category and deciding rule with the "
          "activities keeping it") {
    ModelBuilder b = two_activities_one_mailer();
    Analysis analysis = analyze(b.index(), {Date{2026, 6, 1}});
    const auto& schedule = analysis.facts.retention_schedule;
    REQUIRE(schedule.size() == 3);
    // contact: nothing decides it for the newsletter; the CRM's rule for payroll
    CHECK(schedule[0].category == 0);
    CHECK(schedule[0].rule == nullptr);
    CHECK(schedule[0].activities == std::vector<std::size_t>{0});
    CHECK(schedule[1].category == 0);
    REQUIRE(schedule[1].rule);
    CHECK(schedule[1].rule->period.str() == "P2Y");
    CHECK(schedule[1].system == "crm");
    CHECK(schedule[1].activities == std::vector<std::size_t>{1});
    // salary: payroll's own rule
    CHECK(schedule[2].category == 1);
    REQUIRE(schedule[2].rule);
    CHECK(schedule[2].rule->period.str() == "P7Y");
    CHECK(schedule[2].system.empty());
}

TEST_CASE("activities keeping a category on the same terms share a line of the retention "
          "schedule") {
    ModelBuilder b;
    b.category("contact");
    b.activity("newsletter", {"contact"}).retention = {kept_for(2)};
    b.activity("events", {"contact"}).retention = {kept_for(2)};
    b.activity("sales", {"contact"}).retention = {kept_for(5)};
    Analysis analysis = analyze(b.index(), {Date{2026, 6, 1}});
    const auto& schedule = analysis.facts.retention_schedule;
    REQUIRE(schedule.size() == 2);
    CHECK(schedule[0].activities == std::vector<std::size_t>{0, 1});
    CHECK(schedule[1].activities == std::vector<std::size_t>{2});
}
