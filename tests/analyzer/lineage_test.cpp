#include "analyzer/model_builder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <privmap/lineage.h>

using namespace privmap;
using privmap::test::ModelBuilder;
using privmap::test::refs;

namespace {

std::size_t category_index(const Model& model, const char* id) {
    return model.find(id)->index;
}

/// The categories an edge declares, comparable with a vector.
std::vector<std::size_t> listed(std::span<const std::size_t> categories) {
    return {categories.begin(), categories.end()};
}

std::vector<std::string> ids_of(const Model& model, std::span<const Arrival> arrivals) {
    std::vector<std::string> ids;
    for (const Arrival& a : arrivals)
        ids.push_back(model.categories[a.category].id);
    return ids;
}

// customers -> webshop (activity) -> crm (NL) -> warehouse (NL) -> mailer (US, via flow)
Model shop() {
    ModelBuilder b;
    b.subject("customers");
    b.category("contact");
    b.category("email", "contact");
    b.category("orders");
    b.party("mailchimp", "US");
    b.party("hoster", "DE");
    b.system("crm", "NL").operated_by = Ref{"hoster", {}};
    b.system("warehouse", "NL");
    b.activity("webshop", {"contact", "orders"});
    b.activity("newsletter", {"email"});
    Activity& webshop = b.model.activities[0];
    webshop.subjects = refs({"customers"});
    webshop.source = refs({"subject"});
    webshop.systems = refs({"crm"});
    b.model.activities[1].recipients = refs({"mailchimp"});
    b.flow("crm", "warehouse", {"contact"}, "webshop");
    b.flow("warehouse", "newsletter", {"email"}, "newsletter");
    return std::move(b.index());
}

} // namespace

TEST_CASE("a category declared on a flow reaches its target with its descendants") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto warehouse = *graph.find("warehouse");
    CHECK(ids_of(model, graph.categories_reaching(warehouse)) ==
          std::vector<std::string>{"contact", "email"});
    CHECK(graph.describe_path(graph.path_to(warehouse, category_index(model, "email"))) ==
          "customers → webshop → crm → warehouse (NL)");
}

TEST_CASE("an edge keeps the categories as declared and carries their descendants") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto contact = category_index(model, "contact");
    auto email = category_index(model, "email");
    const LineageEdge& crm_to_warehouse =
        graph.edge(graph.in_edges(*graph.find("warehouse")).front());
    CHECK(listed(crm_to_warehouse.categories) == std::vector<std::size_t>{contact});
    CHECK(graph.carries(crm_to_warehouse, email));
    CHECK_FALSE(graph.carries(crm_to_warehouse, category_index(model, "orders")));
    CHECK(graph.carried(crm_to_warehouse) == std::vector<std::size_t>{contact, email});
    CHECK(graph.within(email, contact));
    CHECK_FALSE(graph.within(contact, email));
    // What reaches the hoster through crm is named by the fewest categories: contact, orders.
    const LineageEdge& operated =
        graph.edge(graph.arrival(*graph.find("hoster"), category_index(model, "orders"))->via);
    CHECK(listed(operated.categories) ==
          std::vector<std::size_t>{contact, category_index(model, "orders")});
}

TEST_CASE("the operator of a system receives everything the system holds") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto hoster = *graph.find("hoster");
    CHECK(ids_of(model, graph.categories_reaching(hoster)) ==
          std::vector<std::string>{"contact", "email", "orders"});
    auto via = graph.arrival(hoster, category_index(model, "orders"))->via;
    CHECK(graph.edge(via).origin == EdgeOrigin::operator_);
}

TEST_CASE("countries reached by an activity's data come with the path there") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto webshop = graph.activity_vertex(0);
    std::vector<std::string> countries;
    for (const Destination& d : graph.countries_reached(webshop))
        countries.push_back(graph.vertex(d.country).id);
    CHECK(countries == std::vector<std::string>{"DE", "NL", "US"});
    auto us = *graph.country_vertex("US");
    CHECK(graph.describe_path(graph.path_from(webshop, us)) ==
          "webshop → crm → warehouse → newsletter → mailchimp (US)");
}

TEST_CASE("activities feeding an activity are found through the systems in between") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto feeders = graph.feeding_activities(1);
    REQUIRE(feeders.size() == 1);
    CHECK(model.activities[feeders[0].activity].id == "webshop");
    CHECK(graph.edge(feeders[0].via).origin == EdgeOrigin::flow);
    CHECK(graph.feeding_activities(0).empty());
}

TEST_CASE("an activity processes what it declares and what flows into it") {
    Model model = shop();
    auto graph = LineageGraph::build(model);
    auto processed = graph.categories_processed(1);
    REQUIRE(processed.size() == 1);
    CHECK(processed[0].declared);
    CHECK(processed[0].via());
    CHECK(graph.activities_using(0).size() == 1);
    CHECK(ids_of(model, graph.system_categories(0)) ==
          std::vector<std::string>{"contact", "email", "orders"});
}

TEST_CASE("anonymised data stops being personal data where the flow arrives") {
    ModelBuilder b;
    b.category("health");
    b.system("ehr", "NL");
    b.system("stats", "NL");
    b.party("researcher", "US");
    b.activity("care", {"health"});
    b.model.activities[0].systems = refs({"ehr"});
    b.flow("ehr", "stats", {"health"}, "care").transform = Transform::anonymised;
    b.flow("stats", "researcher", {}, "care");
    Model& model = b.index();
    auto graph = LineageGraph::build(model);
    CHECK(graph.categories_reaching(*graph.find("stats")).empty());
    auto us = *graph.country_vertex("US");
    CHECK(graph.path_from(graph.activity_vertex(0), us).empty());
}

TEST_CASE("cycles of flows do not loop the queries") {
    ModelBuilder b;
    b.category("contact");
    b.system("a", "NL");
    b.system("b", "NL");
    b.system("c", "CH");
    b.activity("sync", {"contact"});
    b.flow("a", "b", {"contact"}, "sync");
    b.flow("b", "c", {"contact"}, "sync");
    b.flow("c", "a", {"contact"}, "sync");
    Model& model = b.index();
    auto graph = LineageGraph::build(model);
    auto c = category_index(model, "contact");
    for (const char* id : {"a", "b", "c"}) {
        auto path = graph.path_to(*graph.find(id), c);
        CHECK(!path.empty());
        CHECK(path.size() <= 3);
    }
    auto ch = *graph.country_vertex("CH");
    CHECK(graph.describe_path(graph.path_from(*graph.find("a"), ch)) == "a → b → c (CH)");
}

TEST_CASE("a flow into an activity from another activity makes it a feeder") {
    ModelBuilder b;
    b.category("contact");
    b.activity("sales", {"contact"});
    b.activity("marketing", {"contact"});
    b.activity("profiling", {"contact"});
    b.flow("sales", "profiling", {"contact"}, "sales");
    b.flow("marketing", "profiling", {"contact"}, "profiling");
    Model& model = b.index();
    auto graph = LineageGraph::build(model);
    std::vector<std::string> feeders;
    for (const Feeder& f : graph.feeding_activities(2))
        feeders.push_back(model.activities[f.activity].id);
    CHECK(feeders == std::vector<std::string>{"sales", "marketing"});
}

TEST_CASE("a category arrives by its own and its ancestors' edges, never by a sibling's") {
    ModelBuilder b;
    b.category("contact");
    b.category("email", "contact");
    b.category("phone", "contact");
    for (const char* id : {"crm", "mailer", "archive", "backup"})
        b.system(id, "NL");
    b.activity("sync", {"contact"});
    b.flow("crm", "mailer", {"email"}, "sync");
    b.flow("archive", "backup", {"contact", "phone"}, "sync");
    Model& model = b.index();
    auto graph = LineageGraph::build(model);
    CHECK(ids_of(model, graph.categories_reaching(*graph.find("mailer"))) ==
          std::vector<std::string>{"email"});
    CHECK(ids_of(model, graph.categories_reaching(*graph.find("backup"))) ==
          std::vector<std::string>{"contact", "email", "phone"});
}
