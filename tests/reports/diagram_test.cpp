#include "diagram.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/lineage.h>
#include <random>

using privmap::LineageDiagrams;
using privmap::Model;
using privmap::Ref;

namespace {

template <class T> T& add(std::vector<T>& list, std::string id, std::string name) {
    T& entity = list.emplace_back();
    entity.id = std::move(id);
    entity.name = std::move(name);
    return entity;
}

std::vector<Ref> refs(std::initializer_list<std::string> ids) {
    std::vector<Ref> out;
    for (const std::string& id : ids)
        out.push_back(Ref{id, {}});
    return out;
}

/// A small shop: customers ordered through a web shop, stored in a CRM hosted in the US by a
/// processor, with a health flag flowing to an insurer.
Model shop() {
    Model model;
    model.info.title = "Shop";
    add(model.subjects, "customers", "Customers");
    add(model.categories, "contact", "Contact details");
    add(model.categories, "allergy", "Allergies").special = privmap::Special::health;
    auto& crm = add(model.systems, "crm", "CRM");
    crm.country = "US";
    crm.operated_by = Ref{"crm-vendor", {}};
    add(model.systems, "shop-db", "Shop database").country = "NL";
    auto& vendor = add(model.parties, "crm-vendor", "CRM Vendor Inc.");
    vendor.role = privmap::PartyRole::processor;
    vendor.country = "US";
    auto& insurer = add(model.parties, "insurer", "Insurer");
    insurer.country = "DE";
    auto& orders = add(model.activities, "orders", "Order handling");
    orders.department = "Sales";
    orders.subjects = refs({"customers"});
    orders.categories = refs({"contact", "allergy"});
    orders.systems = refs({"crm", "shop-db"});
    orders.recipients = refs({"insurer"});
    add(model.activities, "newsletter", "Newsletter").subjects = refs({"customers"});
    privmap::Flow flow;
    flow.from = Ref{"shop-db", {}};
    flow.to = Ref{"insurer", {}};
    flow.categories = refs({"allergy"});
    flow.activity = Ref{"orders", {}};
    model.flows.push_back(flow);
    auto& dpia = add(model.dpias, "dpia-orders", "Orders DPIA");
    dpia.activities = refs({"orders"});
    return model;
}

/// A resolved model and its lineage graph, as the reports get them.
struct Drawn {
    Model model;
    privmap::LineageGraph graph;
    explicit Drawn(Model unresolved) : model(std::move(unresolved)) {
        privmap::resolve(model);
        graph = privmap::LineageGraph::build(model);
    }
    LineageDiagrams diagrams() const { return LineageDiagrams(model, graph); }
};

/// True when `svg` parses as XML (xmllint, which every CI image here has).
bool well_formed(const std::string& svg) {
    privmap::test::TempDir dir;
    dir.write("diagram.svg", svg);
    return privmap::test::run_program({"xmllint", "--noout", (dir.path / "diagram.svg").string()})
               .exit_code == 0;
}

} // namespace

TEST_CASE(
    "an activity's diagram shows its subjects, systems, recipients and countries with links") {
    Drawn drawn(shop());
    auto svg = drawn.diagrams().activity(0);
    REQUIRE(svg.diagnostics.empty());
    CHECK(svg.text.starts_with("<svg"));
    CHECK(well_formed(svg.text));
    for (const char* text : {"Order handling", "Customers", "CRM Vendor Inc.", "Shop database",
                             "Insurer", "United States", "Germany", "Allergies"})
        CHECK(svg.text.find(text) != std::string::npos);
    for (const char* href : {"#activity-orders", "#subject-customers", "#system-crm",
                             "#party-crm-vendor", "#party-insurer"})
        CHECK(svg.text.find(std::string("xlink:href=\"") + href + "\"") != std::string::npos);
    CHECK(svg.text.find("Newsletter") == std::string::npos);
}

TEST_CASE("a diagram scales to the page and carries no Graphviz version or fixed size") {
    Drawn drawn(shop());
    auto svg = drawn.diagrams().activity(0);
    std::string open = svg.text.substr(0, svg.text.find('>'));
    CHECK(open.find("viewBox=") != std::string::npos);
    CHECK(open.find("width:100%") != std::string::npos);
    CHECK(open.find(" width=") == std::string::npos);
    CHECK(open.find(" height=") == std::string::npos);
    CHECK(svg.text.find("<!--") == std::string::npos);
    CHECK(svg.text.find("graphviz") == std::string::npos);
    CHECK(svg.text.find("<title>Order handling</title>") != std::string::npos);
}

TEST_CASE("node labels break between words, and a long Dutch compound stays whole") {
    Model model = shop();
    model.parties[1].name = "Verwerkingsverantwoordelijken van de klanten";
    model.activities[0].name = "Ontvangen, controleren en doorleveren van e-facturen";
    Drawn drawn(std::move(model));
    auto svg = drawn.diagrams().activity(0);
    CHECK(svg.text.find(">Verwerkingsverantwoordelijken<") != std::string::npos);
    CHECK(svg.text.find(">van de klanten<") != std::string::npos);
    CHECK(svg.text.find(">Ontvangen, controleren<") != std::string::npos);
    CHECK(svg.text.find(">en doorleveren van e&#45;<") != std::string::npos);
    CHECK(svg.text.find(">facturen<") != std::string::npos);
}

TEST_CASE("a third country is marked and the legend names it") {
    Drawn drawn(shop());
    auto svg = drawn.diagrams().activity(0);
    CHECK(svg.text.find("US · Third country (outside") != std::string::npos);
    CHECK(svg.text.find("DE · Third country") == std::string::npos);
    CHECK(svg.text.find("Legend") != std::string::npos);
    CHECK(svg.text.find("Special category data") != std::string::npos);
}

TEST_CASE(
    "a DPIA's diagram shows its activities together and ids do not clash with other diagrams") {
    Drawn drawn(shop());
    LineageDiagrams diagrams = drawn.diagrams();
    auto dpia = diagrams.dpia(0);
    REQUIRE(dpia.diagnostics.empty());
    CHECK(dpia.text.find("Order handling") != std::string::npos);
    CHECK(dpia.text.find("id=\"diagram&#45;dpia&#45;dpia&#45;orders_node") != std::string::npos);
    CHECK(diagrams.activity(0).text.find("id=\"diagram&#45;activity&#45;orders_node") !=
          std::string::npos);
    CHECK(diagrams.activity(0).text.find("id=\"node") == std::string::npos);
}

TEST_CASE("hostile names come out as literal text and the SVG stays well-formed") {
    Model model = shop();
    const std::string hostile[] = {"\"<script>alert(1)</script>", "}\"]; evil [label=\"x",
                                   "back\\slash \\N \\G \\", "&amp; <b>bold</b> 'quote'",
                                   "ctrl\x01\x7f and \xC3 broken \xEF\xBF\xBE\xEF\xBF\xBF"};
    model.activities[0].name = hostile[0];
    model.subjects[0].name = hostile[1];
    model.systems[0].name = hostile[2];
    model.parties[0].name = hostile[3];
    model.parties[1].name = hostile[4];
    model.activities[0].department = "<i>dept</i>";
    model.categories[1].name = "\\N {\"x\"}";
    Drawn drawn(std::move(model));
    auto svg = drawn.diagrams().activity(0);
    REQUIRE(svg.diagnostics.empty());
    CHECK(well_formed(svg.text));
    CHECK(svg.text.find("<script") == std::string::npos);
    CHECK(svg.text.find("<b>") == std::string::npos);
    CHECK(svg.text.find("<i>") == std::string::npos);
    CHECK(svg.text.find("&quot;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.text.find("}&quot;]; evil [label=&quot;x") != std::string::npos);
    CHECK(svg.text.find(">back\\slash \\N \\G \\<") != std::string::npos);               // label
    CHECK(svg.text.find("xlink:title=\"back\\slash \\N \\G \\\"") != std::string::npos); // tooltip
    CHECK(svg.text.find(">\\N {&quot;x&quot;}<") != std::string::npos); // flow label
    CHECK(svg.text.find("&amp;amp; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(svg.text.find("\xEF\xBF\xBD broken") != std::string::npos);
    CHECK(svg.text.find("\xEF\xBF\xBE") == std::string::npos); // U+FFFE, which XML cannot hold
}

TEST_CASE("the same model gives the same SVG bytes") {
    Drawn drawn(shop());
    std::string first = drawn.diagrams().summary().text;
    CHECK(first == drawn.diagrams().summary().text);
    CHECK(drawn.diagrams().activity(0).text == Drawn(shop()).diagrams().activity(0).text);
}

TEST_CASE("a small model's summary shows every entity") {
    Drawn drawn(shop());
    auto svg = drawn.diagrams().summary();
    REQUIRE(svg.diagnostics.empty());
    CHECK(well_formed(svg.text));
    CHECK(svg.text.find("Newsletter") != std::string::npos);
    CHECK(svg.text.find("#activity-newsletter") != std::string::npos);
}

namespace {

/// `activities` activities in 40 departments over 300 systems, 400 parties in 25 countries and
/// 30 subject categories, with a flow per activity (some of them back into earlier activities).
Model big(std::size_t activities) {
    static const char* countries[] = {"NL", "DE", "BE", "FR", "US", "GB", "IN",     "CH", "JP",
                                      "BR", "CA", "AU", "SE", "NO", "PL", "ES",     "IT", "IE",
                                      "DK", "FI", "SG", "ZA", "MX", "KR", "unknown"};
    Model model;
    for (int s = 0; s < 30; ++s)
        add(model.subjects, "subject-" + std::to_string(s), "Subject " + std::to_string(s));
    for (int y = 0; y < 300; ++y)
        add(model.systems, "system-" + std::to_string(y), "System " + std::to_string(y)).country =
            countries[y % 25];
    for (int p = 0; p < 400; ++p) {
        auto& party =
            add(model.parties, "party-" + std::to_string(p), "Party " + std::to_string(p));
        party.country = countries[(p * 7) % 25];
        party.role = static_cast<privmap::PartyRole>(p % 5);
    }
    for (std::size_t a = 0; a < activities; ++a) {
        std::string n = std::to_string(a);
        auto& activity = add(model.activities, "activity-" + n, "Activity " + n);
        activity.department = "Department " + std::to_string(a % 40);
        activity.subjects =
            refs({"subject-" + std::to_string(a % 30), "subject-" + std::to_string((a + 7) % 30)});
        activity.systems =
            refs({"system-" + std::to_string(a % 300), "system-" + std::to_string((a * 13) % 300)});
        activity.recipients =
            refs({"party-" + std::to_string(a % 400), "party-" + std::to_string((a * 31) % 400)});
        privmap::Flow flow;
        flow.from = Ref{"system-" + std::to_string(a % 300), {}};
        flow.to = Ref{"activity-" + std::to_string((a * 17) % activities), {}};
        flow.activity = Ref{"activity-" + n, {}};
        model.flows.push_back(flow);
    }
    return model;
}

} // namespace

// The node cap is what keeps Graphviz fast on big models; the time itself is measured in
// bench/, not asserted here (a loaded CI machine or a sanitizer build would make it flaky).
TEST_CASE("a 2,000-activity model's summary is grouped to a few hundred nodes") {
    Drawn drawn(big(2000));
    auto svg = drawn.diagrams().summary();
    REQUIRE(svg.diagnostics.empty());
    CHECK(well_formed(svg.text));
    std::size_t nodes = privmap::test::occurrences(svg.text, "class=\"node\"");
    CHECK(nodes <= 500);
    CHECK(nodes > 20);
    CHECK(svg.text.find("50 activities") != std::string::npos); // a department
    CHECK(svg.text.find("12 systems") != std::string::npos);    // the systems in one country
}

TEST_CASE("a diagram speaks the report's language when the reports give it the words") {
    Drawn drawn(shop());
    privmap::DiagramOptions options;
    options.text.language = "nl";
    options.text.word = [](std::string_view key, std::size_t) {
        return key == "legend" ? std::string("Legenda") : "[" + std::string(key) + "]";
    };
    auto svg = LineageDiagrams(drawn.model, drawn.graph, options).activity(0);
    CHECK(svg.text.find("Verenigde Staten") != std::string::npos);
    CHECK(svg.text.find("Duitsland") != std::string::npos);
    CHECK(svg.text.find("Legenda") != std::string::npos);
    CHECK(svg.text.find("[role&#45;processor]") != std::string::npos);
}

TEST_CASE("a diagram allowed more nodes than dot lays out quickly is still drawn, by sfdp") {
    Drawn drawn(big(2000));
    privmap::DiagramOptions options;
    options.max_nodes = 2000;
    auto svg = LineageDiagrams(drawn.model, drawn.graph, options).summary();
    REQUIRE(svg.diagnostics.empty());
    CHECK(privmap::test::occurrences(svg.text, "class=\"node\"") > 400);
    CHECK(well_formed(svg.text));
}

namespace {

/// A small model drawn at random: flows between any two entities (within one column, back
/// against the flow, onto themselves), odd names, missing and unknown countries.
Model random_model(std::mt19937& random) {
    auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    auto id = [](char kind, std::size_t n) { return std::string(1, kind) + std::to_string(n); };
    static const char* countries[] = {"NL", "US", "DE", "unknown", "IN", ""};
    Model model;
    std::size_t subjects = 1 + pick(4), activities = 1 + pick(8), systems = 1 + pick(6),
                parties = 1 + pick(6);
    for (std::size_t i = 0; i < subjects; ++i)
        add(model.subjects, id('s', i), "Subject \\" + std::to_string(i));
    add(model.categories, "c0", "Health {0}").special = privmap::Special::health;
    add(model.categories, "c1", "Contact \"1\"");
    for (std::size_t i = 0; i < systems; ++i) {
        auto& system = add(model.systems, id('y', i), "System <" + std::to_string(i) + ">");
        system.country = countries[pick(5)];
        if (pick(3) == 0)
            system.operated_by = Ref{id('p', pick(parties)), {}};
    }
    for (std::size_t i = 0; i < parties; ++i) {
        auto& party = add(model.parties, id('p', i), "Party " + std::to_string(i));
        party.country = countries[pick(6)];
        party.role = static_cast<privmap::PartyRole>(pick(7));
    }
    for (std::size_t i = 0; i < activities; ++i) {
        auto& activity = add(model.activities, id('a', i), "Activity " + std::to_string(i));
        activity.department = pick(2) ? "D" + std::to_string(pick(3)) : "";
        activity.subjects = {Ref{id('s', pick(subjects)), {}}};
        activity.source = {Ref{pick(2) ? "subject" : id('p', pick(parties)), {}}};
        for (std::size_t k = pick(3); k > 0; --k)
            activity.systems.push_back(Ref{id('y', pick(systems)), {}});
        for (std::size_t k = pick(3); k > 0; --k)
            activity.recipients.push_back(Ref{id('p', pick(parties)), {}});
    }
    std::vector<std::string> ids;
    for (const auto& entity : model.subjects)
        ids.push_back(entity.id);
    for (const auto& entity : model.activities)
        ids.push_back(entity.id);
    for (const auto& entity : model.systems)
        ids.push_back(entity.id);
    for (const auto& entity : model.parties)
        ids.push_back(entity.id);
    for (std::size_t k = pick(15); k > 0; --k) {
        privmap::Flow flow;
        flow.from = Ref{ids[pick(ids.size())], {}};
        flow.to = Ref{ids[pick(ids.size())], {}};
        flow.categories = {Ref{pick(2) ? "c0" : "c1", {}}};
        flow.activity = Ref{id('a', pick(activities)), {}};
        flow.transform = static_cast<privmap::Transform>(pick(3));
        model.flows.push_back(flow);
    }
    auto& dpia = add(model.dpias, "dpia", "DPIA");
    for (std::size_t i = 0; i < activities; i += 2)
        dpia.activities.push_back(Ref{id('a', i), {}});
    return model;
}

} // namespace

TEST_CASE("any small model is drawn: flows within a column, backwards and onto themselves") {
    std::mt19937 random(42); // Graphviz's dot once corrupted memory on some of these
    for (int run = 0; run < 100; ++run) {
        Drawn drawn(random_model(random));
        LineageDiagrams diagrams = drawn.diagrams();
        std::vector<privmap::Svg> all{diagrams.summary(), diagrams.dpia(0)};
        for (std::size_t a = 0; a < drawn.model.activities.size(); ++a)
            all.push_back(diagrams.activity(a));
        for (const auto& svg : all) {
            INFO("run " << run);
            CHECK(svg.diagnostics.empty());
            CHECK(svg.text.starts_with("<svg"));
        }
    }
}

TEST_CASE("a tooltip and a flow label show a less-than sign as written: escaped exactly once") {
    Model model = shop();
    model.systems[0].name = "a &lt;b&gt; & c";
    model.categories[1].name = "x &amp; y";
    Drawn drawn(std::move(model));
    auto svg = drawn.diagrams().activity(0);
    REQUIRE(svg.diagnostics.empty());
    CHECK(well_formed(svg.text));
    CHECK(svg.text.find("xlink:title=\"a &amp;lt;b&amp;gt; &amp; c\"") != std::string::npos);
    CHECK(svg.text.find(">x &amp;amp; y<") != std::string::npos); // the flow's label
}
