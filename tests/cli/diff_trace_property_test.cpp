// Properties of `diff` and `trace` over many small random models, run through the real binary:
// a model compared with itself changes nothing; comparing A with B mirrors comparing B with A;
// every category, activity and system can be traced, in text and JSON, without a crash or a
// control character on the terminal. The models are drawn from fixed seeds, so a failure
// names a seed that reproduces it.
#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

using privmap::test::Run;
using privmap::test::run_privmap;
using privmap::test::TempDir;

namespace {

class RandomModel {
public:
    explicit RandomModel(unsigned seed) : random_(seed) {}

    std::string text() {
        std::string out = "[model]\nformat = 1\nlanguage = \"en\"\n\n[organisation]\nid = "
                          "\"org\"\nname = \"Org\"\ncountry = \"NL\"\ncontact = { email = "
                          "\"p@example.nl\" }\n\n";
        for (std::size_t i = 0, n = 1 + pick(3); i < n; ++i)
            out += entity("subject", add("subject", "s", i));
        for (std::size_t i = 0, n = 1 + pick(6); i < n; ++i) {
            std::string id = add("category", "c", i);
            out += entity("category", id);
            if (i > 0 && pick(2))
                out += "parent = \"" + ids_["category"][pick(i)] + "\"\n";
            if (!pick(4))
                out += "special = \"health\"\n";
        }
        for (std::size_t i = 0, n = 1 + pick(2); i < n; ++i)
            out += entity("purpose", add("purpose", "u", i));
        for (std::size_t i = 0, n = pick(4); i < n; ++i)
            out += entity("party", add("party", "p", i)) + "role = \"" +
                   (pick(2) ? "processor" : "recipient") + "\"\ncountry = \"" + country(true) +
                   "\"\n";
        for (std::size_t i = 0, n = pick(4); i < n; ++i) {
            out +=
                entity("system", add("system", "y", i)) + "country = \"" + country(false) + "\"\n";
            if (!ids_["party"].empty() && pick(2))
                out += "operated_by = \"" + any("party") + "\"\n";
        }
        for (std::size_t i = 0, n = 1 + pick(4); i < n; ++i)
            out += activity(add("activity", "a", i));
        for (std::size_t i = 0, n = pick(7); i < n; ++i)
            out += flow();
        return out;
    }

    const std::vector<std::string>& ids(const std::string& kind) { return ids_[kind]; }

private:
    std::mt19937 random_;
    std::map<std::string, std::vector<std::string>> ids_;

    std::size_t pick(std::size_t below) {
        return std::uniform_int_distribution<std::size_t>(0, below - 1)(random_);
    }
    std::string add(const std::string& kind, const std::string& prefix, std::size_t i) {
        return ids_[kind].emplace_back(prefix + std::to_string(i));
    }
    std::string any(const std::string& kind) { return ids_[kind][pick(ids_[kind].size())]; }
    /// A party's country may be `unknown`; a system's may not.
    std::string country(bool may_be_unknown) {
        static const char* countries[] = {"NL", "DE", "US", "IN", "CH", "unknown"};
        return countries[pick(std::size(countries) - (may_be_unknown ? 0 : 1))];
    }
    static std::string entity(const std::string& kind, const std::string& id) {
        return "\n[[" + kind + "]]\nid = \"" + id + "\"\nname = \"" + id + "\"\n";
    }
    /// A non-empty random subset of the ids of `kind`, as a TOML array.
    std::string some(const std::string& kind) {
        std::vector<std::string> chosen;
        for (const std::string& id : ids_[kind])
            if (pick(2))
                chosen.push_back(id);
        if (chosen.empty())
            chosen.push_back(any(kind));
        std::string out = "[";
        for (const std::string& id : chosen)
            out += (out.size() > 1 ? ", \"" : "\"") + id + "\"";
        return out + "]";
    }
    std::string activity(const std::string& id) {
        static const char* bases[] = {"consent", "contract", "legal-obligation",
                                      "legitimate-interests"};
        std::string out = entity("activity", id) +
                          "role = \"controller\"\npurposes = " + some("purpose") +
                          "\nsubjects = " + some("subject") + "\ncategories = " + some("category") +
                          "\nlawful_basis = \"" + bases[pick(std::size(bases))] + "\"\n";
        if (!ids_["system"].empty() && pick(2))
            out += "systems = " + some("system") + "\n";
        if (!ids_["party"].empty() && pick(2))
            out += "recipients = " + some("party") + "\n";
        return out;
    }
    std::string flow() {
        std::vector<std::string> places;
        for (const char* kind : {"system", "party", "activity"})
            places.insert(places.end(), ids_[kind].begin(), ids_[kind].end());
        std::string from = pick(3) ? places[pick(places.size())] : any("subject");
        return "\n[[flow]]\nfrom = \"" + from + "\"\nto = \"" + places[pick(places.size())] +
               "\"\ncategories = " + some("category") + "\nactivity = \"" + any("activity") +
               "\"\n";
    }
};

/// The changes of a JSON diff as "kind entity detail", with `mirrored` swapping what was
/// added for what was removed.
std::multiset<std::string> changes(const std::string& json, bool mirrored) {
    static const std::map<std::string, std::string> mirror{
        {"finding-introduced", "finding-fixed"},    {"finding-fixed", "finding-introduced"},
        {"activity-added", "activity-removed"},     {"activity-removed", "activity-added"},
        {"category-added", "category-removed"},     {"category-removed", "category-added"},
        {"processing-added", "processing-removed"}, {"processing-removed", "processing-added"},
        {"recipient-added", "recipient-removed"},   {"recipient-removed", "recipient-added"},
        {"transfer-added", "transfer-removed"},     {"transfer-removed", "transfer-added"},
        {"sensitive-added", "sensitive-removed"},   {"sensitive-removed", "sensitive-added"}};
    std::multiset<std::string> out;
    // The parsed document must outlive the loop: a range over a temporary's member dangles.
    const nlohmann::json diff = nlohmann::json::parse(json);
    // A new activity lists all it processes, reaches and transfers; a removed one is only
    // named: its details are compared in neither direction.
    std::set<std::string> added_or_removed;
    for (const auto& change : diff["changes"])
        if (change["kind"] == "activity-added" || change["kind"] == "activity-removed")
            added_or_removed.insert(change["entity"].get<std::string>());
    for (const auto& change : diff["changes"]) {
        std::string kind = change["kind"];
        if (added_or_removed.count(change["entity"]) && !kind.starts_with("activity-") &&
            !kind.starts_with("finding-"))
            continue;
        if (mirrored && mirror.count(kind))
            kind = mirror.at(kind);
        std::string detail = change.contains("rule")     ? change["rule"].get<std::string>()
                             : change.contains("detail") ? change["detail"].get<std::string>()
                                                         : "";
        out.insert(kind + " " + change["entity"].get<std::string>() + " " + detail);
    }
    return out;
}

bool has_control_characters(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n') || byte == 0x7f;
    });
}

} // namespace

TEST_CASE("diff of random models: a model against itself changes nothing, and A→B mirrors B→A") {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        INFO("seed " << seed);
        TempDir dir;
        dir.write("a.toml", RandomModel(seed).text());
        dir.write("b.toml", RandomModel(seed + 1000).text());
        std::string a = (dir.path / "a.toml").string(), b = (dir.path / "b.toml").string();
        for (const std::string& model : {a, b}) {
            Run check = run_privmap({"check", model, "--today", "2026-06-01"});
            INFO(privmap::test::read_file(model) << check.out);
            REQUIRE(check.exit_code < 2);
        }
        Run same = run_privmap({"diff", a, a, "--format", "json", "--today", "2026-06-01"});
        REQUIRE(same.exit_code == 0);
        CHECK(changes(same.out, false).empty());
        Run forwards = run_privmap({"diff", a, b, "--format", "json", "--today", "2026-06-01"});
        Run backwards = run_privmap({"diff", b, a, "--format", "json", "--today", "2026-06-01"});
        REQUIRE(forwards.exit_code == 0);
        REQUIRE(backwards.exit_code == 0);
        CHECK(changes(forwards.out, false) == changes(backwards.out, true));
        Run text = run_privmap({"diff", a, b, "--today", "2026-06-01"});
        CHECK(text.exit_code == 0);
        CHECK(!has_control_characters(text.out));
    }
}

TEST_CASE("trace of random models: every category, activity and system traces cleanly") {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        INFO("seed " << seed);
        TempDir dir;
        RandomModel random(seed);
        dir.write("m.toml", random.text());
        std::string model = (dir.path / "m.toml").string();
        for (const char* kind : {"category", "activity", "system"})
            for (const std::string& id : random.ids(kind)) {
                INFO(kind << " " << id);
                Run text = run_privmap({"trace", model, id});
                INFO(text.out << text.err);
                REQUIRE(text.exit_code == 0);
                CHECK(!text.out.empty());
                CHECK(!has_control_characters(text.out));
                Run json = run_privmap({"trace", model, id, "--format", "json"});
                REQUIRE(json.exit_code == 0);
                CHECK(nlohmann::json::parse(json.out)["id"] == id);
            }
        CHECK(run_privmap({"trace", model, "no-such-id"}).exit_code == 2);
    }
}
