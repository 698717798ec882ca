#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using privmap::test::run_privmap;
using privmap::test::run_program;
using privmap::test::TempDir;

namespace {

const std::string dates = "tests/models/agenda/dates.toml";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

} // namespace

TEST_CASE("agenda lists every dated obligation in date order, overdue ones first") {
    auto run = run_privmap({"agenda", dates, "--today", "2026-06-01"});
    REQUIRE(run.exit_code == 0);
    CHECK(lines_of(run.out) ==
          std::vector<std::string>{
              "2026-03-01  overdue 92 days  review of DPIA `dpia-shop` (Webshop)  " + dates +
                  ":42:10",
              "2026-06-20  in 19 days       review of activity `selling` (Selling, online)  " +
                  dates + ":35:10",
              "2026-08-15  in 75 days       expiry of the waiver of `organisation.dpo-missing` "
              "for `acme`  " +
                  dates + ":49:11",
              "2027-01-31  in 244 days      end of the data processing agreement with `mailer` "
              "(Mailer Ltd)  " +
                  dates + ":26:15",
          });
}

TEST_CASE("agenda --within keeps what falls due in that period, and what is overdue") {
    auto run = run_privmap({"agenda", dates, "--today", "2026-06-01", "--within", "P30D"});
    REQUIRE(run.exit_code == 0);
    auto lines = lines_of(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].rfind("2026-03-01  overdue", 0) == 0);
    CHECK(lines[1].rfind("2026-06-20  in 19 days", 0) == 0);

    auto none = run_privmap({"agenda", dates, "--today", "2025-01-01", "--within", "P1W"});
    CHECK(none.exit_code == 0);
    CHECK(none.out == "no dated obligations up to P1W ahead (today is 2025-01-01)\n");
}

TEST_CASE("agenda --format json gives each obligation's date, kind, entity and place") {
    auto run = run_privmap(
        {"agenda", dates, "--today", "2026-06-01", "--within", "P3M", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    auto doc = nlohmann::json::parse(run.out);
    CHECK(doc["today"] == "2026-06-01");
    CHECK(doc["within"] == "P3M");
    REQUIRE(doc["obligations"].size() == 3);
    auto waiver = doc["obligations"][2];
    CHECK(waiver["date"] == "2026-08-15");
    CHECK(waiver["kind"] == "waiver-expiry");
    CHECK(waiver["entity"] == "acme");
    CHECK(waiver["days_left"] == 75);
    CHECK(waiver["overdue"] == false);
    CHECK(waiver["remind_on"] == "2026-07-16");
    CHECK(waiver["file"] == dates);
    CHECK(waiver["line"] == 49);
    CHECK(doc["obligations"][0]["kind"] == "dpia-review");
    CHECK(doc["obligations"][0]["overdue"] == true);
    CHECK(doc["obligations"][0]["days_left"] == -92);
}

TEST_CASE("agenda --format ics is a calendar that a calendar library reads, one event a date") {
    auto run = run_privmap({"agenda", dates, "--today", "2026-06-01", "--format", "ics"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("\r\n") != std::string::npos);
    TempDir dir;
    dir.write("agenda.ics", run.out);
    // Debian's python3 with python3-icalendar (scripts/packages.txt), not whatever is first on
    // PATH.
    auto parsed =
        run_program({"/usr/bin/python3", privmap::test::source_path("tests/cli/ics_events.py"),
                     (dir.path / "agenda.ics").string()});
    INFO(parsed.err);
    REQUIRE(parsed.exit_code == 0);
    auto events = lines_of(parsed.out);
    REQUIRE(events.size() == 5);
    CHECK(events[0] == "calendar|-//privmap//privmap agenda//EN|Agenda; dates, reviews");
    CHECK(events[1] == "2026-03-01|review of DPIA dpia-shop (Webshop)|review of DPIA dpia-shop "
                       "(Webshop)\\nentity: dpia-shop\\n" +
                           dates + ":42:10|" + dates +
                           ":42:10|-30 days, 0:00:00|dpia-review/"
                           "dpia-shop/" +
                           dates + ":42:10@privmap");
    CHECK(events[2].rfind("2026-06-20|review of activity selling (Selling, online)|", 0) == 0);
    CHECK(events[4].rfind("2027-01-31|end of the data processing agreement with mailer", 0) == 0);
}

TEST_CASE("agenda of a model that does not load exits 2 with the load errors") {
    TempDir dir;
    dir.write("model.toml", "[model]\nformat = 1\n[[activity]]\nid = \"x\"\n");
    auto run = run_privmap({"agenda", (dir.path / "model.toml").string()});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("error[model.missing]") != std::string::npos);
    CHECK(run.out.empty());
}

TEST_CASE("agenda --within takes an ISO 8601 duration and refuses anything else") {
    auto run = run_privmap({"agenda", dates, "--within", "90 days"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("not an ISO 8601 duration such as P90D or P6M: 90 days") !=
          std::string::npos);
}

TEST_CASE("check reminds of a date a month before it falls due, and [checks] sets how long") {
    auto run = run_privmap({"check", dates, "--today", "2026-06-01"});
    CHECK(run.out.find(dates + ":35:10: note[organisation.due-soon]: the review of activity "
                               "`selling` falls due on 2026-06-20, in 19 days") !=
          std::string::npos);
    CHECK(run.out.find(dates + ":42:10: warning[dpia.review-overdue]") != std::string::npos);
    CHECK(privmap::test::occurrences(run.out, "[organisation.due-soon]") == 1);

    TempDir dir;
    dir.write("model.toml", privmap::test::read_file(privmap::test::source_path(dates)) +
                                "\n[checks]\nremind_before = \"P3M\"\n");
    auto earlier =
        run_privmap({"check", (dir.path / "model.toml").string(), "--today", "2026-06-01"});
    CHECK(privmap::test::occurrences(earlier.out, "[organisation.due-soon]") == 2);
    CHECK(earlier.out.find("the expiry of the waiver of `organisation.dpo-missing` for `acme` "
                           "falls due on 2026-08-15, in 75 days") != std::string::npos);
}

TEST_CASE("agenda lists when a DPIA screening is due for renewal, [checks] screening_max_age "
          "after it was done") {
    const std::string model = "tests/models/rules/dpia.screening-outdated/trigger.toml";
    auto run = run_privmap({"agenda", model, "--today", "2026-06-01", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    auto renewal = nlohmann::json::parse(run.out)["obligations"].at(0);
    CHECK(renewal["kind"] == "screening-renewal");
    CHECK(renewal["date"] == "2026-05-01");
    CHECK(renewal["entity"] == "selling");
    CHECK(renewal["overdue"] == true);
    CHECK(renewal["description"] == "renewal of the DPIA screening of activity `selling`");

    auto later = run_privmap({"agenda", "tests/models/rules/dpia.screening-outdated/clean.toml",
                              "--today", "2026-06-01", "--format", "json"});
    REQUIRE(later.exit_code == 0);
    CHECK(nlohmann::json::parse(later.out)["obligations"].at(0)["date"] == "2028-05-01");
}

TEST_CASE("agenda lists a planned measure of a DPIA's action plan by its due date, and not one "
          "already implemented") {
    const std::string model = "tests/models/rules/dpia.action-overdue/clean.toml";
    auto run = run_privmap({"agenda", model, "--today", "2026-06-01", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    const nlohmann::json obligations = nlohmann::json::parse(run.out)["obligations"];
    REQUIRE(obligations.size() == 2); // the planned encryption and the DPIA's review; not mfa
    const nlohmann::json& action = obligations.at(0);
    CHECK(action["kind"] == "action-due");
    CHECK(action["date"] == "2026-09-01");
    CHECK(action["entity"] == "dpia-care");
    CHECK(action["description"] == "measure `encryption` of the action plan of DPIA `dpia-care`");
}
