// One analysis, every output: over every bundled and test model, what the register, the DPIA
// and the spreadsheet say about an activity is what the analyzer derived, a fact the model
// does not state is never printed as "No", and every count a document states is the number
// of items it lists.
#include "i18n.h"
#include "register_table.h"
#include "report_data.h"
#include "support.h"
#include "template_set.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

using namespace privmap;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

/// Every model the repository ships or tests with that loads without errors.
std::vector<fs::path> all_models() {
    fs::path source(PRIVMAP_SOURCE_DIR);
    std::vector<fs::path> models{source / "examples/econnect",
                                 source / "tests/reports/models/webshop"};
    for (const char* folder : {"tests/models/diff", "tests/models/trace"})
        for (const auto& entry : fs::directory_iterator(source / folder))
            models.push_back(entry.path());
    for (const auto& rule : fs::directory_iterator(source / "tests/models/rules"))
        for (const auto& file : fs::directory_iterator(rule.path()))
            models.push_back(file.path());
    std::sort(models.begin(), models.end());
    return models;
}

reports::Catalogue catalogue(const std::string& lang) {
    reports::TemplateSet templates(std::nullopt);
    return reports::Catalogue(json::parse(*templates.read("i18n/" + lang + ".json")), lang);
}

std::set<std::string> ids(const json& list, const char* key = "id") {
    std::set<std::string> found;
    for (const json& item : list)
        found.insert(item[key].get<std::string>());
    return found;
}

struct Checked {
    const Model& model;
    const Analysis& analysis;
    const reports::Catalogue& t;
    const json& data;
};

void check_activity(const Checked& c, const json& entry, const ActivityFacts& facts) {
    const Activity& activity = c.model.activities[facts.activity];
    INFO("activity " << activity.id);
    std::set<std::string> recipients;
    for (const RecipientFact& r : facts.recipients)
        recipients.insert(c.model.parties[r.party].id);
    CHECK(ids(entry["recipients"]) == recipients);
    std::vector<std::string> transfers;
    for (const TransferFact& transfer : facts.transfers)
        transfers.push_back(transfer.destination);
    std::vector<std::string> shown;
    for (const json& transfer : entry["transfers"])
        shown.push_back(transfer["id"]);
    CHECK(shown == transfers);
    std::vector<std::string> rights;
    for (const json& right : entry["rights"])
        rights.push_back(right["key"]);
    CHECK(rights == std::vector<std::string>(facts.rights.begin(), facts.rights.end()));
    std::string dpia(to_string(facts.dpia));
    if (facts.dpia_waiver && facts.dpia == DpiaState::missing)
        dpia = "accepted";
    CHECK(entry["dpia"]["state"] == dpia);
    for (const SensitiveFact& sensitive : facts.sensitive) {
        const Category& category = c.model.categories[sensitive.category];
        bool listed = sensitive.path.empty() && sensitive.via == category.id;
        CHECK((listed ? ids(entry["categories"]) : ids(entry["sensitive_reached"]))
                  .count(category.id) == 1);
    }
    // Never "No" for what the model does not say.
    if (facts.automated_decision == Answer::not_recorded)
        CHECK(entry["automated_decision_text"] == c.t.label("not_recorded"));
    else
        CHECK(entry["automated_decision_text"] ==
              c.t.label(facts.automated_decision == Answer::yes ? "yes" : "no"));
    CHECK(entry["rights_unrecorded"] ==
          (!facts.rights_recorded && activity.role != ActivityRole::processor));
    if (facts.dpia == DpiaState::not_required)
        CHECK(activity.screening.has_value()); // "No DPIA required" rests on a screening
    // The count of open findings is the number of open findings listed.
    long long open = std::count_if(entry["findings"].begin(), entry["findings"].end(),
                                   [](const json& f) { return f["accepted"] == false; });
    CHECK(entry["findings_count"] == open);
}

void check_register(const Checked& c) {
    for (const char* section : {"controller_register", "processor_register"}) {
        const json& entries = c.data[section]["entries"];
        CHECK(c.data[section]["count"] == entries.size());
        for (const json& entry : entries) {
            auto handle = c.model.find(entry["id"].get<std::string>());
            REQUIRE(handle);
            check_activity(c, entry, c.analysis.facts.activities[handle->index]);
        }
        // The spreadsheet row says what the register entry says.
        bool processor = std::string_view(section) == "processor_register";
        Table table = reports::register_table(
            reports::build_register(c.model, c.analysis, c.t, {2026, 6, 15}, processor), c.t,
            processor);
        REQUIRE(table.rows.size() == entries.size());
        auto column = [&](const char* label) {
            auto found = std::find(table.columns.begin(), table.columns.end(), c.t.label(label));
            return static_cast<std::size_t>(found - table.columns.begin());
        };
        for (std::size_t row = 0; row < entries.size(); ++row) {
            const json& entry = entries[row];
            std::string countries;
            for (const json& transfer : entry["transfers"])
                countries += (countries.empty() ? "" : "; ") +
                             transfer["country"]["name"].get<std::string>();
            if (std::size_t at = column("col_third_countries"); at < table.columns.size())
                CHECK(table.rows[row][at].text == countries);
            if (std::size_t at = column("dpia"); at < table.columns.size())
                CHECK(table.rows[row][at].text == entry["dpia"]["text"]);
            // "Yes" exactly when the analyzer finds a national identification number there.
            const ActivityFacts& facts =
                c.analysis.facts.activities[c.model.find(entry["id"].get<std::string>())->index];
            bool national_id = std::any_of(
                facts.sensitive.begin(), facts.sensitive.end(),
                [](const SensitiveFact& s) { return s.kind == Sensitivity::national_id; });
            CHECK(table.rows[row][column("col_national_id")].text ==
                  c.t.label(national_id ? "yes" : "no"));
            CHECK(table.rows[row][column("findings")].number ==
                  static_cast<double>(entry["findings_count"].get<std::size_t>()));
        }
    }
}

void check_dpias(const Checked& c) {
    for (const json& dpia : c.data["dpias"]) {
        auto handle = c.model.find(dpia["id"].get<std::string>());
        REQUIRE(handle);
        const DpiaFacts& facts = c.analysis.facts.dpias[handle->index];
        INFO("dpia " << dpia["id"]);
        CHECK(dpia["art36"]["state"] == to_string(facts.art36));
        std::set<std::string> transfers;
        for (const json& activity : dpia["description"]["activities"])
            for (const json& transfer : activity["transfers"])
                transfers.insert(transfer["id"].get<std::string>());
        CHECK(ids(dpia["description"]["transfers"]) == transfers);
    }
}

void check_compliance(const Checked& c) {
    long long listed_open = 0, listed_accepted = 0;
    for (const json& group : c.data["compliance"]["groups"]) {
        for (const json& severity : group["severities"])
            listed_open += static_cast<long long>(severity["findings"].size());
        listed_accepted += static_cast<long long>(group["accepted"].size());
    }
    long long stated_open = 0;
    for (const json& row : c.data["compliance"]["summary"]["rows"])
        stated_open += row["count"].get<long long>();
    CHECK(stated_open == listed_open);
    CHECK(c.data["compliance"]["summary"]["accepted_count"] == listed_accepted);
}

/// The anchors of the activities an overview row lists.
std::set<std::string> activity_anchors(const json& row) {
    return ids(row["activities"], "anchor");
}

/// The overviews say what the entries say: every recipient and transfer of an entry is in the
/// overview row of that party or destination with the entry among its activities; every
/// listed category of an activity is in exactly one line of the retention schedule with it;
/// the rights table lists what the entry lists.
void check_overviews(const Checked& c) {
    const json& overviews = c.data["overviews"];
    std::map<std::string, std::set<std::string>> feeding, transferring;
    for (const json& row : overviews["recipients"])
        feeding[row["anchor"]] = activity_anchors(row);
    for (const json& country : overviews["transfers"])
        for (const json& destination : country["destinations"])
            transferring[destination["anchor"]] = activity_anchors(destination);
    std::map<std::string, std::string> rights;
    for (const json& row : overviews["rights"]["rows"]) {
        std::string applies;
        for (const json& right : row["applies"])
            applies += right["text"].get<std::string>() + ";";
        rights[row["anchor"]] = applies;
    }
    for (const char* section : {"controller_register", "processor_register"})
        for (const json& entry : c.data[section]["entries"]) {
            std::string anchor = entry["anchor"];
            INFO("entry " << anchor);
            for (const json& recipient : entry["recipients"])
                CHECK(feeding[recipient["anchor"]].count(anchor) == 1);
            for (const json& transfer : entry["transfers"]) {
                bool system =
                    c.model.find(transfer["id"].get<std::string>(), EntityKind::system).has_value();
                CHECK(transferring[reports::anchor_of(system ? "system" : "party",
                                                      transfer["id"].get<std::string>())]
                          .count(anchor) == 1);
            }
            if (!entry["is_processor"].get<bool>()) {
                std::string applies;
                for (const json& right : entry["rights"])
                    applies += right["text"].get<std::string>() + ";";
                CHECK(rights[anchor] == applies);
            }
        }
    for (const ActivityFacts& facts : c.analysis.facts.activities) {
        const Activity& activity = c.model.activities[facts.activity];
        for (const RetentionFact& retention : facts.retention) {
            const std::string& category = c.model.categories[retention.category].name;
            INFO("activity " << activity.id << ", category " << category);
            CHECK(std::count_if(overviews["retention"].begin(), overviews["retention"].end(),
                                [&](const json& line) {
                                    return line["category"] == category &&
                                           activity_anchors(line).count(
                                               reports::anchor_of("activity", activity.id)) == 1;
                                }) == 1);
        }
    }
}

/// The management summary's totals per rule family add up to the summary's counts.
void check_management_summary(const Checked& c) {
    const json& management = c.data["compliance"]["management"];
    long long family_total = 0, accepted = 0;
    for (const json& family : management["families"]) {
        family_total += family["error"].get<long long>() + family["warning"].get<long long>() +
                        family["note"].get<long long>();
        accepted += family["accepted"].get<long long>();
    }
    long long stated_open = 0;
    for (const json& row : c.data["compliance"]["summary"]["rows"])
        stated_open += row["count"].get<long long>();
    CHECK(family_total == stated_open);
    CHECK(accepted == c.data["compliance"]["summary"]["accepted_count"]);
    long long activities = 0;
    for (const json& state : management["dpia"])
        activities += state["count"].get<long long>();
    CHECK(activities == static_cast<long long>(c.model.activities.size()));
    // A destination in a country the model does not record is not a country of its own.
    std::size_t recorded_countries = 0;
    for (const CountryTransfers& country : c.analysis.facts.transfers_by_country)
        recorded_countries += country.country != "unknown";
    CHECK(management["transfers"]["countries"].size() == recorded_countries);
}

} // namespace

TEST_CASE("every report states the analyzer's facts, never 'No' for what the model omits, and "
          "counts what it lists") {
    std::size_t checked = 0;
    for (const fs::path& path : all_models()) {
        LoadResult loaded = load_model(path);
        Diagnostics problems = resolve(loaded.model);
        if (has_errors(problems) || has_errors(loaded.diagnostics))
            continue;
        Analysis analysis = analyze(loaded.model, {Date{2026, 6, 15}});
        for (const char* lang : {"en", "nl"}) {
            INFO(path.string() << " in " << lang);
            reports::Catalogue t = catalogue(lang);
            json data = reports::build_report_data(loaded.model, analysis, t, {2026, 6, 15});
            Checked c{loaded.model, analysis, t, data};
            check_register(c);
            check_dpias(c);
            check_compliance(c);
            check_overviews(c);
            check_management_summary(c);
        }
        ++checked;
    }
    CHECK(checked > 40);
}
