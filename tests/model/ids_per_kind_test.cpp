// Ids are unique per kind: an activity, a system and a purpose may share one; where a key takes
// several kinds that share it, the reference says which (`system:crm`).
#include "model_files.h"

#include <array>
#include <catch2/catch.hpp>
#include <privmap/findings_output.h>

using namespace privmap;
using privmap::test::count_rule;
using privmap::test::describe;
using privmap::test::load_text;
using privmap::test::model_header;
using privmap::test::only;

namespace {

const std::string shared_crm = model_header + R"(
[[subject]]
id = "customers"
name = "Customers"

[[category]]
id = "contact"
name = "Contact"

[[purpose]]
id = "crm"
name = "Customer relations"

[[system]]
id = "crm"
name = "CRM"
country = "NL"

[[activity]]
id = "crm"
name = "Customer relations"
role = "controller"
purposes = ["crm"]
subjects = ["customers"]
categories = ["contact"]
systems = ["crm"]
)";

std::string with_flow_to(const std::string& to) {
    return shared_crm + "\n[[flow]]\nfrom = \"customers\"\nto = \"" + to +
           "\"\ncategories = [\"contact\"]\n";
}

} // namespace

TEST_CASE("an activity, a system and a purpose may share an id") {
    LoadResult result = load_text(shared_crm);
    INFO(describe(result.diagnostics));
    CHECK(result.diagnostics.empty());
    CHECK(result.model.find("crm", EntityKind::system)->index == 0);
    CHECK(result.model.find("crm", EntityKind::activity)->index == 0);
    CHECK(result.model.find("crm", EntityKind::purpose)->index == 0);
}

TEST_CASE("two entities of one kind still may not share an id") {
    LoadResult result = load_text(
        shared_crm + "\n[[system]]\nid = \"crm\"\nname = \"Old CRM\"\ncountry = \"NL\"\n");
    CHECK(message_text(only(result.diagnostics, "model.duplicate-id").message) ==
          "id `crm` of this system is already declared by another system; the ids of one kind "
          "are unique");
}

TEST_CASE("a bare id that names several kinds where a key takes them all is an error that says "
          "how to write each") {
    LoadResult result = load_text(with_flow_to("crm"));
    const Diagnostic& d = only(result.diagnostics, "model.ambiguous-ref");
    CHECK(message_text(d.message) ==
          "`to` of flow from `customers` to `crm` names `crm`, which is both a "
          "system and an activity; say which");
    CHECK(message_text(d.help) == "write `system:crm` or `activity:crm`");
    CHECK(d.notes.size() == 2);
    CHECK(result.diagnostics.size() == 1);
}

TEST_CASE("a reference with its kind names the entity of that kind") {
    for (auto [written, kind] :
         {std::pair{"system:crm", EntityKind::system}, {"activity:crm", EntityKind::activity}}) {
        LoadResult result = load_text(with_flow_to(written));
        INFO(describe(result.diagnostics));
        CHECK(result.diagnostics.empty());
        const Ref& to = result.model.flows.at(0).to;
        CHECK(to.id == "crm");
        static constexpr std::array kinds{EntityKind::system, EntityKind::party,
                                          EntityKind::activity};
        CHECK(result.model.find(to, kinds)->kind == kind);
    }
    LoadResult wrong = load_text(with_flow_to("purpose:crm"));
    CHECK(count_rule(wrong.diagnostics, "model.wrong-kind") == 1);
}
