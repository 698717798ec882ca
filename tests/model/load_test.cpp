#include "model_files.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/vocabulary.h>

using namespace privmap;
using privmap::test::count_rule;
using privmap::test::describe;
using privmap::test::load_files;
using privmap::test::load_text;
using privmap::test::model_header;
using privmap::test::only;

TEST_CASE("a model that uses every key of the language loads without problems") {
    LoadResult result = load_model(std::string(PRIVMAP_TESTS_DIR) + "/model/models/full");
    Diagnostics resolved = resolve(result.model);
    INFO(describe(result.diagnostics) << describe(resolved));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(resolved.empty());
    const Model& model = result.model;
    REQUIRE(model.sources.size() == 4);
    REQUIRE(model.sources[0].name == "data.toml"); // byte-wise order of relative paths
    REQUIRE(model.sources[2].name == "parties/parties.toml");
    REQUIRE(model.info.format == 1);
    REQUIRE(model.info.language == "nl");
    REQUIRE(model.info.version == "2026.1");
    REQUIRE(model.info.adopted->by == "M. de Vries");
    REQUIRE(model.info.adopted->role == "directeur");
    REQUIRE(model.info.adopted->date == Date{2026, 3, 1});
    REQUIRE(model.organisation->dpo->email == "fg@acme.nl");
    REQUIRE(model.categories.size() == 7);
    REQUIRE(model.parties.size() == 6);
    REQUIRE(model.activities.size() == 2);
    REQUIRE(model.flows.size() == 2);
    REQUIRE(model.dpias.front().risks.size() == 1);
    REQUIRE(model.waivers.front().expires == Date{2027, 1, 1});
    REQUIRE(model.checks.large_scale_subjects == 50000);
    REQUIRE(model.checks.severity.at("retention.vague") == Severity::error);
    REQUIRE_FALSE(model.checks.severity.at("security.none").has_value());
    REQUIRE(model.checks.digital_consent_age.at("BE") == 13);
    REQUIRE(model.checks.severity_where.at("retention.vague").file == "model.toml");
}

TEST_CASE("every value of an activity is read with its type") {
    LoadResult result = load_model(std::string(PRIVMAP_TESTS_DIR) + "/model/models/full");
    const Activity& selling = result.model.activities.front();
    REQUIRE(selling.role == ActivityRole::controller);
    REQUIRE(selling.lawful_basis == LawfulBasis::contract);
    REQUIRE(selling.special_condition == SpecialCondition::explicit_consent);
    REQUIRE(selling.source.size() == 2);
    REQUIRE(selling.source[0].id == "subject");
    REQUIRE(selling.retention.size() == 1);
    REQUIRE(selling.retention[0].period.years == 2);
    REQUIRE(selling.retention[0].deletion == Deletion::automatic);
    REQUIRE(selling.criteria == std::vector<Criterion>{Criterion::evaluation_scoring,
                                                       Criterion::innovative_technology});
    REQUIRE(selling.screening->outcome == ScreeningOutcome::not_required);
    REQUIRE(selling.screening->date == Date{2026, 1, 10});
    REQUIRE(selling.dpia->id == "dpia-selling");
    REQUIRE(selling.review == Date{2027, 1, 1});
    const Activity& hosting = result.model.activities[1];
    REQUIRE(hosting.retention[0].kind == PeriodKind::controller_defined);
    REQUIRE(hosting.status == ActivityStatus::planned);
    const System& crm = result.model.systems.front();
    REQUIRE(crm.retention.size() == 2);
    REQUIRE(crm.retention[1].kind == PeriodKind::as_long_as_necessary);
    REQUIRE(crm.retention[1].max->years == 2);
    REQUIRE(crm.retention[1].categories[0].id == "contact");
}

TEST_CASE("every entity keeps the location of its id and of each key's value") {
    LoadResult result = load_text(model_header + R"(
[[activity]]
id = "selling"
name = "Selling"
role = "controller"
subjects = ["customers"]
categories = ["contact",
  "email"]
)");
    const Activity& activity = result.model.activities.at(0);
    REQUIRE(activity.where.line == 11);
    REQUIRE(activity.where.column == 6);
    REQUIRE(activity.where.length == 9); // "selling" with its quotes
    REQUIRE(activity.at("role").line == 13);
    REQUIRE(activity.at("categories").line == 15);
    REQUIRE(activity.at("categories").length == 11); // the rest of the first line
    REQUIRE(activity.categories[1].where.line == 16);
    REQUIRE(activity.categories[1].where.column == 3);
    REQUIRE_FALSE(activity.has("purposes"));
    REQUIRE(activity.at("purposes") == activity.where);
}

TEST_CASE("a single-file model's locations carry the file name as given") {
    privmap::test::TempModel temp;
    auto path = temp.write("one.toml", model_header);
    LoadResult result = load_model(path);
    REQUIRE(result.model.organisation->where.file == path.string());
    REQUIRE(result.model.sources.at(0).name == path.string());
}

TEST_CASE("categories inherit special, national_id, highly_personal and statutory retention from "
          "ancestors") {
    LoadResult result = load_model(std::string(PRIVMAP_TESTS_DIR) + "/model/models/full");
    Diagnostics resolved = resolve(result.model);
    const Model& model = result.model;
    auto category = [&](std::string_view id) -> const Category& {
        return model.categories[model.find(id)->index];
    };
    REQUIRE(category("sick-leave").effective_special == Special::health);
    REQUIRE(category("sick-leave").special_from == "health");
    REQUIRE(category("invoice").effective_highly_personal);
    REQUIRE(category("invoice").effective_statutory_retention->period.years == 7);
    REQUIRE_FALSE(category("invoice").statutory_retention);
    REQUIRE(category("email").parent_index == model.find("contact")->index);
    REQUIRE(category("contact").children == std::vector<std::size_t>{model.find("email")->index});
    REQUIRE_FALSE(category("email").effective_special);
}

TEST_CASE("ids are resolved across the files of a directory") {
    LoadResult result = load_files({
        {"a/org.toml", model_header},
        {"b/data.toml", "[[purpose]]\nid = \"sales\"\nname = \"Sales\"\n"},
        {"c/activity.toml", "[[activity]]\nid = \"selling\"\nname = \"S\"\nrole = \"controller\"\n"
                            "purposes = [\"sales\"]\nsubjects = []\ncategories = []\n"},
    });
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model.find("sales")->kind == EntityKind::purpose);
    REQUIRE(result.model.activities[0].purposes[0].where.file == "c/activity.toml");
}

TEST_CASE("files and directories whose name starts with a dot are not part of the model") {
    LoadResult result = load_files({{"org.toml", model_header},
                                    {".hidden.toml", "this is not toml"},
                                    {".git/x.toml", "nor this"}});
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model.sources.size() == 1);
}

TEST_CASE("a UTF-8 BOM and CRLF line ends are accepted") {
    std::string text = "\xEF\xBB\xBF" + model_header;
    std::string crlf;
    for (char c : text)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    LoadResult result = load_text(crlf);
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.model.organisation->where.line == 5);
    REQUIRE(result.model.organisation->where.column == 6);
}

TEST_CASE("text is NFC-normalised") {
    // "é" written as e + combining acute accent.
    LoadResult result =
        load_text(model_header + "[[purpose]]\nid = \"p\"\nname = \"Cafe\xCC\x81\"\n");
    REQUIRE(result.model.purposes[0].name == "Caf\xC3\xA9");
}

TEST_CASE("all problems of a model are reported in one run") {
    LoadResult result = load_text(model_header + R"(
[[activity]]
id = "selling"
name = "Selling"
role = "ctrl"
subjects = ["nobody"]
categories = ["nothing"]
purpose = ["x"]
)");
    REQUIRE(count_rule(result.diagnostics, "model.type") == 1);
    REQUIRE(count_rule(result.diagnostics, "model.unknown-key") == 1);
    // `purpose` is read as the `purposes` it most likely is, so its `x` is checked too.
    REQUIRE(count_rule(result.diagnostics, "model.dangling-ref") == 3);
}

TEST_CASE("a misspelt key is read as the key it most likely is: one error, not a cascade") {
    LoadResult result = load_text(model_header + R"(
[[subject]]
id = "customers"
name = "Customers"

[[category]]
id = "contact"
name = "Contact"

[[activty]]
id = "selling"
name = "Selling"
role = "controller"
subjets = ["customers"]
categories = ["contact"]
)");
    REQUIRE(count_rule(result.diagnostics, "model.unknown-key") == 2);
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 2); // `subjects` is not also reported missing
    REQUIRE(result.model.activities.size() == 1);
    REQUIRE(result.model.activities[0].subjects.size() == 1);
}

TEST_CASE("who adopted the register must be named") {
    std::string text = model_header;
    text.insert(text.find("\n\n"), "\nadopted = { role = \"director\" }");
    LoadResult result = load_text(text);
    INFO(describe(result.diagnostics));
    REQUIRE(count_rule(result.diagnostics, "model.missing") == 1);
    CHECK(describe(result.diagnostics).find("`by`") != std::string::npos);
}

TEST_CASE("the content hash of a model is what sha256sum says of sha256sum's listing of its "
          "files") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex(std::string(1000, 'a')) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    std::string folder = std::string(PRIVMAP_TESTS_DIR) + "/model/models/full";
    LoadResult result = load_model(folder);
    std::vector<std::string> argv{"env", "-C", folder, "sha256sum"};
    for (const SourceFile& source : result.model.sources)
        argv.push_back(source.name.path());
    test::Run listing = test::run_program(argv);
    REQUIRE(listing.exit_code == 0);
    CHECK(content_hash(result.model) == sha256_hex(listing.out));
}
