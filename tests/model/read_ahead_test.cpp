// The loader reads every file before it parses any, to size the model's tables once from the
// entity headers in the texts: what it reports and what it loads stay as when it read the
// files one by one, however wrong the headers' count.
#include "entity_headers.h"
#include "model_files.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <privmap/findings_output.h>

using namespace privmap;
using Catch::Matchers::Contains;
using privmap::test::count_rule;
using privmap::test::describe;
using privmap::test::model_header;
using privmap::test::only;
using privmap::test::TempModel;

namespace {

std::string activity_keys(const std::string& id) {
    return "id = \"" + id + "\"\nname = \"" + id + "\"\nrole = \"controller\"\n";
}

std::string inline_activity(const std::string& id) {
    return "{ id = \"" + id + "\", name = \"" + id + "\", role = \"controller\" }";
}

std::string flow_keys(const std::string& from) {
    return "from = \"" + from + "\"\nto = \"p\"\ncategories = [\"contact\"]\n";
}

std::string inline_flow(const std::string& from) {
    return "{ from = \"" + from + "\", to = \"p\", categories = [\"contact\"] }";
}

std::vector<std::string> activity_ids(const Model& model) {
    std::vector<std::string> ids;
    for (const Activity& each : model.activities)
        ids.push_back(each.id);
    return ids;
}

void require_no_room_to_spare(const Model& model) {
    CHECK(model.sources.capacity() == model.sources.size());
    CHECK(model.subjects.capacity() == model.subjects.size());
    CHECK(model.categories.capacity() == model.categories.size());
    CHECK(model.purposes.capacity() == model.purposes.size());
    CHECK(model.parties.capacity() == model.parties.size());
    CHECK(model.systems.capacity() == model.systems.size());
    CHECK(model.measures.capacity() == model.measures.size());
    CHECK(model.activities.capacity() == model.activities.size());
    CHECK(model.flows.capacity() == model.flows.size());
    CHECK(model.dpias.capacity() == model.dpias.size());
    CHECK(model.waivers.capacity() == model.waivers.size());
}

} // namespace

TEST_CASE("a model's tables hold its entities without room to spare") {
    TempModel model;
    model.write("model.toml", model_header);
    std::string register_;
    for (int i = 0; i < 300; ++i)
        register_ += "[[activity]]\n" + activity_keys("a" + std::to_string(i)) + "\n[[flow]]\n" +
                     flow_keys("a" + std::to_string(i));
    model.write("register.toml", register_);
    LoadResult result = load_model(model.root());
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model.activities.size() == 300);
    REQUIRE(result.model.flows.size() == 300);
    require_no_room_to_spare(result.model);
}

TEST_CASE("headers the count misses or makes up change nothing the loader reads") {
    // Three `[[activity]]` inside a multi-line string are no tables (four activities counted,
    // three read); the tables of inline arrays have no header (one flow counted, three read);
    // `[[ flow ]]` after blanks is one.
    const std::string a = "[[purpose]]\nid = \"p\"\nname = \"P\"\ndescription = \"\"\"\n"
                          "[[activity]]\n[[activity]]\n  [[activity]]\n\"\"\"\n\n"
                          "[[activity]]\n" +
                          activity_keys("a") + "\n  [[ flow ]]\n" + flow_keys("a");
    const std::string b = "activity = [" + inline_activity("b") + ", " + inline_activity("c") +
                          "]\nflow = [" + inline_flow("b") + ", " + inline_flow("c") + "]\n";
    TempModel model;
    model.write("model.toml", model_header);
    model.write("a.toml", a);
    model.write("b.toml", b);
    LoadResult result = load_model(model.root());
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(activity_ids(result.model) == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(result.model.flows.size() == 3);
    REQUIRE(result.model.flows.back().from.id == "c");
    REQUIRE_THAT(result.model.purposes.front().description, Contains("[[activity]]"));
    require_no_room_to_spare(result.model);
}

TEST_CASE("a file that cannot be read is reported in its turn among the other files' problems") {
    TempModel model;
    model.write("a.toml", "= = =\n");
    model.write("b.toml", "# " + std::string(200, 'x') + "\n");
    model.write("c.toml", "= = =\n");
    LoadResult result = load_model(model.root(), {.limits = {.file_bytes = 100}});
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].where.file == "a.toml");
    CHECK(result.diagnostics[1].where.file == "b.toml");
    CHECK(result.diagnostics[1].rule == "model.limit");
    CHECK(result.diagnostics[2].where.file == "c.toml");
}

TEST_CASE("the files after the one that reaches the entities limit are not reported on") {
    std::string text = model_header;
    for (int i = 0; i < 5; ++i)
        text += "[[category]]\nid = \"c" + std::to_string(i) + "\"\nname = \"C\"\n";
    TempModel model;
    model.write("a.toml", text);
    model.write("b.toml", "# " + std::string(2000, 'x') + "\n");
    LoadResult result = load_model(model.root(), {.limits = {.file_bytes = 1000, .entities = 3}});
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 1);
    REQUIRE_THAT(message_text(only(result.diagnostics, "model.limit").message),
                 Contains("by the end of `a.toml`"));
    REQUIRE(result.model.sources.size() == 1);
}

TEST_CASE("entity headers are counted where they open a line, with blanks, and nowhere else") {
    EntityCounts counts{};
    count_entity_headers("[[activity]]\n  [[ activity ]]\r\n\t[[flow]]\n[[activity.retention]]\n"
                         "x = [[1, 2]] # [[activity]]\n[[\"activity\"]]\n[[dpia]]x\n[[waiver]]",
                         counts);
    auto count = [&](std::string_view kind) {
        return counts[static_cast<std::size_t>(
            std::find(entity_kinds.begin(), entity_kinds.end(), kind) - entity_kinds.begin())];
    };
    CHECK(count("activity") == 2);
    CHECK(count("flow") == 1);
    CHECK(count("dpia") == 1);   // what follows a header is toml++'s to judge
    CHECK(count("waiver") == 1); // at the text's end
    CHECK(count("subject") + count("category") + count("purpose") + count("party") +
              count("system") + count("measure") ==
          0);
}
