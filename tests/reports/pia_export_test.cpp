// `privmap report --format pia-json`: a DPIA in the import format of the CNIL PIA application,
// checked against a fixture of that format written from the application's public sources.
#include "support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

/// Whether `value` has one of the JSON types `spec` names ("string|null").
bool has_type(const json& value, const std::string& spec) {
    for (std::size_t start = 0; start <= spec.size();) {
        std::size_t end = spec.find('|', start);
        std::string type = spec.substr(start, end == std::string::npos ? end : end - start);
        if ((type == "string" && value.is_string()) || (type == "number" && value.is_number()) ||
            (type == "boolean" && value.is_boolean()) || (type == "null" && value.is_null()) ||
            (type == "array" && value.is_array()))
            return true;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return false;
}

/// Every key of `shape` is in `value`, with the type the shape names.
void check_shape(const json& value, const json& shape, const std::string& where) {
    for (const auto& [key, type] : shape.items()) {
        INFO(where << "." << key);
        REQUIRE(value.contains(key));
        if (type.is_object())
            check_shape(value[key], type, where + "." + key);
        else
            CHECK(has_type(value[key], type.get<std::string>()));
    }
}

json exported(const std::string& dpia) {
    privmap::test::TempDir dir;
    auto run = privmap::test::run_privmap({"report", "tests/reports/models/webshop", "-o",
                                           dir.path.string(), "--format", "pia-json", "--lang",
                                           "en", "--today", "2026-06-15"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("wrote ") != std::string::npos);
    return json::parse(privmap::test::read_file(dir.path / (dpia + ".pia.json")));
}

const json& fixture() {
    static const json format = json::parse(privmap::test::read_file(
        privmap::test::source_path("tests/reports/fixtures/cnil-pia-format.json")));
    return format;
}

} // namespace

TEST_CASE("the CNIL PIA export has the application's shape: pia, answers, measures, "
          "evaluations and comments with the types it reads") {
    const json pia = exported("dpia-absence");
    check_shape(pia["pia"], fixture()["pia"], "pia");
    for (const char* list : {"answers", "measures", "evaluations", "comments"})
        REQUIRE(pia[list].is_array());
    const json& known = fixture()["reference_to"];
    for (const json& answer : pia["answers"]) {
        check_shape(answer, fixture()["answer"], "answer");
        INFO(answer.dump());
        CHECK(std::find(known.begin(), known.end(), answer["reference_to"]) != known.end());
    }
    for (const json& measure : pia["measures"])
        check_shape(measure, fixture()["measure"], "measure");
    const json& statuses = fixture()["status_values"];
    CHECK(std::find(statuses.begin(), statuses.end(), pia["pia"]["status"]) != statuses.end());
}

TEST_CASE("the CNIL PIA export carries the DPIA's sign-off, DPO advice, subjects' views, the "
          "security risks on the four-level gauge, and the measures with their action plan") {
    const json pia = exported("dpia-absence");
    CHECK(pia["pia"]["name"] == "DPIA verzuimregistratie");
    CHECK(pia["pia"]["status"] == 2); // approved with conditions: validated
    CHECK(pia["pia"]["validator_name"] == "J. Jansen");
    CHECK(pia["pia"]["dpos_names"] == "M. de Vries");
    CHECK(pia["pia"]["concerned_people_searched_opinion"] == true);
    CHECK(pia["pia"]["people_names"] == "Voorgelegd aan de ondernemingsraad");
    auto answer = [&](int reference) {
        for (const json& a : pia["answers"])
            if (a["reference_to"] == reference)
                return a["data"];
        FAIL("no answer " << reference);
        return json();
    };
    // r1, illegitimate access: significant severity and likelihood, 3 on the application's gauge
    CHECK(answer(325)["gauge"] == 3);
    CHECK(answer(326)["gauge"] == 3);
    CHECK(answer(322)["list"][0] == "Leidinggevenden zien medische gegevens");
    CHECK(answer(324)["list"] == json{"Autorisatie op functie", "Tweefactorauthenticatie"});
    CHECK(answer(345)["gauge"] == 2); // r2, disappearance: limited
    CHECK(answer(113)["text"].get<std::string>().find("Wet verbetering poortwachter") !=
          std::string::npos);
    bool mfa_planned = false;
    for (const json& measure : pia["measures"])
        if (measure["title"] == "Tweefactorauthenticatie")
            mfa_planned =
                measure["content"].get<std::string>().find("planned") != std::string::npos;
    CHECK(mfa_planned);
}

TEST_CASE("a draft DPIA exports as a PIA in progress, without answers it does not have") {
    const json pia = exported("dpia-payroll");
    CHECK(pia["pia"]["status"] == 0);
    for (const json& answer : pia["answers"])
        CHECK(answer["reference_to"].get<int>() < 300); // no risks assessed
}
