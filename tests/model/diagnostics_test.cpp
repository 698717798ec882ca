// What a DPO sees for each model.* problem: the rule, the entity, the place, the message, the
// notes that point at the other places and the help.
#include "model_files.h"

#include <catch2/catch.hpp>
#include <privmap/findings_output.h>

using namespace privmap;
using Catch::Matchers::Contains;
using privmap::test::count_rule;
using privmap::test::describe;
using privmap::test::line_of;
using privmap::test::load_files;
using privmap::test::load_text;
using privmap::test::model_header;
using privmap::test::only;

namespace {
const std::string things = model_header + R"(
[[subject]]
id = "customers"
name = "Customers"

[[category]]
id = "contact"
name = "Contact"

[[purpose]]
id = "sales"
name = "Sales"

[[system]]
id = "crm"
name = "CRM"
country = "NL"
)";

std::string activity(const std::string& extra) {
    return "\n[[activity]]\nid = \"selling\"\nname = \"Selling\"\nrole = \"controller\"\n"
           "subjects = [\"customers\"]\ncategories = [\"contact\"]\n" +
           extra + "\n";
}
} // namespace

TEST_CASE("a TOML syntax error is reported at toml++'s position") {
    LoadResult result = load_text("[model]\nformat = 1\ntitle = \"unclosed\n");
    const Diagnostic& d = only(result.diagnostics, "model.syntax");
    REQUIRE(d.where.line == 3);
    REQUIRE(d.where.column > 1);
    REQUIRE_THAT(message_text(d.message), Contains("the text has no closing `\"` on this line"));
    REQUIRE_FALSE(result.model.complete);
    REQUIRE(count_rule(result.diagnostics, "model.organisation") == 0); // no false alarm
}

TEST_CASE("invalid UTF-8 and NUL bytes are refused with their line and column") {
    LoadResult bad = load_text("[model]\nformat = 1\ntitle = \"caf\xE9\"\n");
    REQUIRE(only(bad.diagnostics, "model.syntax").where.line == 3);
    REQUIRE(only(bad.diagnostics, "model.syntax").where.column == 13);
    const char with_nul[] = "[model]\nformat = 1\ntitle = \"a\0b\"\n";
    LoadResult nul = load_text(std::string(with_nul, sizeof with_nul - 1));
    REQUIRE_THAT(message_text(only(nul.diagnostics, "model.syntax").message), Contains("NUL"));
    REQUIRE(only(nul.diagnostics, "model.syntax").where.line == 3);
}

TEST_CASE("an unknown key suggests the nearest valid key") {
    std::string text = things + activity("purpose = [\"sales\"]");
    LoadResult result = load_text(text);
    const Diagnostic& d = only(result.diagnostics, "model.unknown-key");
    REQUIRE(d.entity == "selling");
    REQUIRE(d.where.line == line_of(text, "purpose ="));
    REQUIRE(d.where.column == 1);
    REQUIRE(d.where.length == 7);
    REQUIRE_THAT(message_text(d.message), Contains("did you mean `purposes`?"));
    REQUIRE(message_text(d.help) == "rename it to `purposes`");
}

TEST_CASE("an unknown key with no near match lists the keys of its table") {
    LoadResult result = load_text(things + activity("colour = \"blue\""));
    const Diagnostic& d = only(result.diagnostics, "model.unknown-key");
    REQUIRE_THAT(message_text(d.help), Contains("`lawful_basis`"));
    REQUIRE_THAT(message_text(d.help), Contains("[[activity]]"));
}

TEST_CASE("a wrong enum value lists what is allowed and the nearest") {
    std::string text = things + activity("lawful_basis = \"legitimate-interest\"");
    LoadResult result = load_text(text);
    const Diagnostic& d = only(result.diagnostics, "model.type");
    REQUIRE(d.where.line == line_of(text, "lawful_basis"));
    REQUIRE(d.where.column == 16);
    REQUIRE(d.where.length == 21);
    REQUIRE_THAT(message_text(d.message), Contains("`consent`, `contract`"));
    REQUIRE(message_text(d.help) == "did you mean `legitimate-interests`?");
}

TEST_CASE("a value of the wrong type names the expected type") {
    LoadResult result = load_text(things + activity("updated = \"2026-01-01\""));
    REQUIRE_THAT(message_text(only(result.diagnostics, "model.type").message),
                 Contains("must be a date such as 2026-03-01 (without quotes), not a string"));
}

TEST_CASE("ids must be lowercase letters, digits, dots, underscores and dashes") {
    LoadResult result =
        load_text(model_header + "[[purpose]]\nid = \"Sales Leads\"\nname = \"S\"\n");
    const Diagnostic& d = only(result.diagnostics, "model.type");
    REQUIRE(d.where.line == 10);
    REQUIRE(message_text(d.help) == "write it as `sales-leads`");
    REQUIRE(result.model.purposes.at(0).id.empty()); // not indexed under an invalid id
}

TEST_CASE("countries are ISO 3166-1 alpha-2 codes: regions are refused") {
    LoadResult region =
        load_text(model_header + "[[system]]\nid = \"s\"\nname = \"S\"\ncountry = \"EU\"\n");
    REQUIRE_THAT(message_text(only(region.diagnostics, "model.type").message),
                 Contains("ISO 3166-1 alpha-2"));
    LoadResult unknown_system =
        load_text(model_header + "[[system]]\nid = \"s\"\nname = \"S\"\ncountry = \"unknown\"\n");
    REQUIRE(count_rule(unknown_system.diagnostics, "model.type") == 1);
    LoadResult unknown_party = load_text(
        model_header +
        "[[party]]\nid = \"p\"\nname = \"P\"\nrole = \"recipient\"\ncountry = \"unknown\"\n");
    REQUIRE(unknown_party.diagnostics.empty());
}

TEST_CASE("ISO 8601 durations and period keywords are accepted, other text is not") {
    LoadResult result =
        load_text(things + activity("retention = [{ period = \"P1Y6M\" }, "
                                    "{ period = \"until-withdrawn\" }, { period = \"1 year\" }]"));
    REQUIRE(count_rule(result.diagnostics, "model.type") == 1);
    REQUIRE(result.model.activities[0].retention.size() == 3);
    REQUIRE(result.model.activities[0].retention[1].kind == PeriodKind::until_withdrawn);
}

TEST_CASE("a missing required key is reported at its table") {
    std::string text = things + "\n[[activity]]\nid = \"selling\"\nname = \"Selling\"\n"
                                "subjects = [\"customers\"]\ncategories = [\"contact\"]\n";
    LoadResult result = load_text(text);
    const Diagnostic& d = only(result.diagnostics, "model.missing");
    REQUIRE(d.entity == "selling");
    REQUIRE(d.where.line == line_of(text, "[[activity]]"));
    REQUIRE_THAT(message_text(d.message), Contains("activity `selling` has no `role`"));
}

TEST_CASE("a waiver without reason or expiry is refused") {
    LoadResult result =
        load_text(model_header + "[[waiver]]\nrule = \"retention.vague\"\ntarget = \"acme\"\n"
                                 "approved_by = \"DPO\"\n");
    REQUIRE(count_rule(result.diagnostics, "model.missing") == 2);
}

TEST_CASE("a party outside the public needs a country") {
    LoadResult missing =
        load_text(model_header + "[[party]]\nid = \"p\"\nname = \"P\"\nrole = \"processor\"\n");
    REQUIRE_THAT(message_text(only(missing.diagnostics, "model.missing").message),
                 Contains("unless its role is `public`"));
    LoadResult public_ =
        load_text(model_header + "[[party]]\nid = \"w\"\nname = \"World\"\nrole = \"public\"\n");
    REQUIRE(public_.diagnostics.empty());
}

TEST_CASE("content gaps are not load errors") {
    // No purposes, no lawful basis, no retention and a flow without an activity: the analyzer's
    // business.
    LoadResult result =
        load_text(things + activity("") +
                  "[[flow]]\nfrom = \"crm\"\nto = \"selling\"\ncategories = [\"contact\"]\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
}

TEST_CASE("a duplicate id points at both places") {
    LoadResult result =
        load_files({{"a.toml", things},
                    {"b.toml", "[[system]]\nid = \"crm\"\nname = \"M\"\ncountry = \"NL\"\n"}});
    const Diagnostic& d = only(result.diagnostics, "model.duplicate-id");
    REQUIRE(d.where.file == "b.toml");
    REQUIRE(d.where.line == 2);
    REQUIRE_THAT(message_text(d.message), Contains("already declared by another system"));
    REQUIRE(d.notes.size() == 1);
    REQUIRE(d.notes[0].where.file == "a.toml");
    REQUIRE(d.notes[0].where.line == line_of(things, "id = \"crm\""));
    REQUIRE(
        result.model.systems.at(result.model.find("crm", EntityKind::system)->index).where.file ==
        "a.toml"); // the first one wins
}

TEST_CASE("a [checks] setting made in two files is a duplicate") {
    LoadResult result = load_files(
        {{"a.toml", model_header + "[checks.severity]\n\"retention.vague\" = \"error\"\n"},
         {"b.toml", "[checks.severity]\n\"retention.vague\" = \"off\"\n"}});
    const Diagnostic& d = only(result.diagnostics, "model.duplicate-id");
    REQUIRE(d.where.file == "b.toml");
    REQUIRE(d.notes.at(0).where.file == "a.toml");
    REQUIRE(result.model.checks.severity.at("retention.vague") == Severity::error);
}

TEST_CASE("a dangling reference suggests the nearest id of the expected kind") {
    std::string text = things + activity("purposes = [\"sale\"]");
    LoadResult result = load_text(text);
    const Diagnostic& d = only(result.diagnostics, "model.dangling-ref");
    REQUIRE(d.entity == "selling");
    REQUIRE(d.where.line == line_of(text, "purposes ="));
    REQUIRE(d.where.column == 13);
    REQUIRE(d.where.length == 6);
    REQUIRE_THAT(message_text(d.message),
                 Contains("no purpose has that id; did you mean `sales`?"));
}

TEST_CASE("a reference to the wrong kind names both kinds") {
    LoadResult result = load_text(things + activity("purposes = [\"crm\"]"));
    const Diagnostic& d = only(result.diagnostics, "model.wrong-kind");
    REQUIRE(message_text(d.message) ==
            "`purposes` of activity `selling` expects a purpose, but `crm` is a system");
    REQUIRE_THAT(message_text(d.help), Contains("`systems`"));
    REQUIRE(d.notes.at(0).where.line == line_of(things, "id = \"crm\""));
}

TEST_CASE("flows connect only the kinds of entity the lineage graph allows") {
    LoadResult result =
        load_text(things + activity("") +
                  "[[flow]]\nfrom = \"selling\"\nto = \"customers\"\ncategories = [\"sales\"]\n"
                  "activity = \"crm\"\n");
    REQUIRE(count_rule(result.diagnostics, "model.wrong-kind") == 3);
}

TEST_CASE("a waiver's target may be an entity of any kind, but must exist") {
    std::string waiver =
        "[[waiver]]\nrule = \"retention.vague\"\nreason = \"r\"\napproved_by = \"DPO\"\n"
        "expires = 2027-01-01\n";
    LoadResult valid = load_text(things + waiver + "target = \"crm\"\n");
    INFO(describe(valid.diagnostics));
    REQUIRE(valid.diagnostics.empty());
    LoadResult missing = load_text(things + waiver + "target = \"crn\"\n");
    REQUIRE_THAT(message_text(only(missing.diagnostics, "model.dangling-ref").message),
                 Contains("no entity has that id; did you mean `crm`?"));
}

TEST_CASE("a category parent cycle is reported once, with every member") {
    LoadResult result = load_text(model_header + R"(
[[category]]
id = "a"
name = "A"
parent = "c"

[[category]]
id = "b"
name = "B"
parent = "a"

[[category]]
id = "c"
name = "C"
parent = "b"

[[category]]
id = "d"
name = "D"
parent = "a"
special = "health"
)");
    REQUIRE(count_rule(result.diagnostics, "model.cycle") == 1);
    const Diagnostic& d = only(result.diagnostics, "model.cycle");
    REQUIRE(d.where.line == 13);
    REQUIRE(d.notes.size() == 2);
    REQUIRE(result.model.categories[3].effective_special == Special::health);
}

TEST_CASE("a model needs exactly one organisation") {
    LoadResult none = load_text("[model]\nformat = 1\n");
    REQUIRE(only(none.diagnostics, "model.organisation").where.line == 1);
    LoadResult two = load_files({{"a.toml", model_header}, {"b.toml", model_header.substr(20)}});
    const Diagnostic& d = only(two.diagnostics, "model.organisation");
    REQUIRE(d.where.file == "b.toml");
    REQUIRE(d.notes.at(0).where.file == "a.toml");
}

TEST_CASE("format 1 is the only format") {
    LoadResult result = load_text("[model]\nformat = 2\n" + model_header.substr(20));
    const Diagnostic& d = only(result.diagnostics, "model.format");
    REQUIRE(d.where.line == 2);
    REQUIRE(d.where.column == 10);
}

TEST_CASE("every model rule documents itself") {
    REQUIRE(model_rules().size() == 12);
    for (const RuleInfo& rule : model_rules()) {
        INFO(rule.id);
        REQUIRE(rule.id.starts_with("model."));
        REQUIRE(rule.severity == Severity::error);
        REQUIRE_FALSE(rule.summary.empty());
        REQUIRE_FALSE(rule.what.empty());
        REQUIRE_FALSE(rule.why.empty());
        REQUIRE_FALSE(rule.legal.empty());
        REQUIRE_FALSE(rule.example.empty());
        REQUIRE_FALSE(rule.fix.empty());
    }
}

TEST_CASE("the risks of a DPIA have distinct ids") {
    LoadResult result =
        load_text(model_header + "[[dpia]]\nid = \"d\"\ntitle = \"D\"\n"
                                 "[[dpia.risk]]\nid = \"r\"\nevent = \"disappearance\"\n"
                                 "[[dpia.risk]]\nid = \"r\"\nevent = \"disappearance\"\n");
    const Diagnostic& d = only(result.diagnostics, "model.duplicate-id");
    REQUIRE(d.entity == "d");
    REQUIRE(d.where.line == 16);
    REQUIRE(d.notes.at(0).where.line == 13);
}
