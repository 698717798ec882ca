// The compliance report's management summary: on one page, the findings per rule family, the
// special-category and national-id processing, the DPIA coverage, the transfers outside the
// EEA and the most serious open findings. It counts the analyzer's facts and findings; it
// belongs to the compliance report because the register shows no findings (Art. 30(4)).
#include "report_parts.h"

#include <array>
#include <map>
#include <privmap/vocabulary.h>

namespace privmap::reports {
namespace {

constexpr std::size_t top_findings = 5;

std::string_view family_of(std::string_view rule) {
    return rule.substr(0, rule.find('.'));
}

/// Open findings per severity and accepted ones, per rule family, sorted by the family's name.
json findings_per_family(const Builder& b) {
    std::map<std::string_view, std::array<long long, 4>> counts; // note, warning, error, accepted
    for (const Diagnostic& finding : b.analysis.findings)
        ++counts[family_of(finding.rule)][finding.waiver ? 3 : static_cast<int>(finding.severity)];
    json rows = json::array();
    for (const auto& [family, count] : counts)
        rows.push_back({{"name", b.t.vocabulary("rule_family", family)},
                        {"error", count[static_cast<int>(Severity::error)]},
                        {"warning", count[static_cast<int>(Severity::warning)]},
                        {"note", count[static_cast<int>(Severity::note)]},
                        {"accepted", count[3]}});
    b.sort_by(rows);
    return rows;
}

json activity_link(const Activity& activity) {
    return {{"name", activity.name},
            {"href", "register.html#" + anchor_of("activity", activity.id)}};
}

/// The activities that process data of `kinds` (Art. 9, 10 or 87), with what makes them so.
json sensitive_processing(const Builder& b, std::initializer_list<Sensitivity> kinds) {
    json activities = json::array();
    for (const ActivityFacts& facts : b.analysis.facts.activities) {
        std::vector<std::string> what;
        for (const SensitiveFact& sensitive : facts.sensitive) {
            if (std::find(kinds.begin(), kinds.end(), sensitive.kind) == kinds.end())
                continue;
            std::string text = b.model.categories[sensitive.category].name;
            if (std::find(what.begin(), what.end(), text) == what.end())
                what.push_back(std::move(text));
        }
        if (what.empty())
            continue;
        json entry = activity_link(b.model.activities[facts.activity]);
        std::string joined;
        for (const std::string& text : what)
            joined += (joined.empty() ? "" : ", ") + text;
        entry["categories"] = joined;
        activities.push_back(std::move(entry));
    }
    b.sort_by(activities);
    return activities;
}

/// How many activities stand where with Art. 35, in the order of the DPIA states.
json dpia_coverage(const Builder& b) {
    std::map<std::string, long long> counts;
    for (const ActivityFacts& facts : b.analysis.facts.activities) {
        ++counts[facts.dpia_accepted() ? "accepted" : std::string(to_string(facts.dpia))];
    }
    json rows = json::array();
    for (std::string_view state :
         {"approved", "draft", "missing", "accepted", "not-required", "not-screened"})
        rows.push_back({{"state", state},
                        {"text", b.t.vocabulary("dpia_state", state)},
                        {"count", counts[std::string(state)]}});
    return rows;
}

/// The transfers outside the EEA: how many destinations in which countries, how many of them
/// nothing covers and how many are in a country the model does not record. A destination whose
/// country is not recorded is counted, but its "country" is not one of the countries listed.
json transfers(const Builder& b) {
    long long destinations = 0, uncovered = 0, unknown = 0;
    json countries = json::array();
    for (const CountryTransfers& country : b.analysis.facts.transfers_by_country) {
        if (country.country != "unknown")
            countries.push_back({{"name", b.country_view(country.country).name}});
        for (const TransferDestination& destination : country.destinations) {
            ++destinations;
            uncovered += destination.transfer.covered == Answer::no;
            unknown += destination.transfer.covered == Answer::not_recorded;
        }
    }
    b.sort_by(countries);
    return {{"countries", countries},
            {"any", destinations > 0},
            {"any_country", !countries.empty()},
            {"text", b.t.message("transfers_count",
                                 {{"count", destinations},
                                  {"countries", static_cast<long long>(countries.size())}})},
            {"uncovered", b.t.message("transfers_uncovered", {{"count", uncovered}})},
            {"unknown", b.t.message("transfers_unknown", {{"count", unknown}})}};
}

/// The most serious open findings: errors first, then warnings, then notes, in the order the
/// analysis reports them.
json top_open_findings(const Builder& b) {
    std::vector<const Diagnostic*> open;
    for (const Diagnostic& finding : b.analysis.findings)
        if (!finding.waiver)
            open.push_back(&finding);
    std::stable_sort(open.begin(), open.end(), [](const Diagnostic* x, const Diagnostic* y) {
        return x->severity > y->severity;
    });
    json top = json::array();
    for (std::size_t i = 0; i < open.size() && i < top_findings; ++i) {
        json finding = b.finding_view(*open[i]);
        finding["href"] = b.href_of(open[i]->entity);
        top.push_back(std::move(finding));
    }
    return top;
}

} // namespace

json management_summary(const Builder& b) {
    json special = sensitive_processing(b, {Sensitivity::special, Sensitivity::criminal});
    json national_id = sensitive_processing(b, {Sensitivity::national_id});
    json top = top_open_findings(b);
    json families = findings_per_family(b);
    json severities;
    for (Severity severity : {Severity::error, Severity::warning, Severity::note})
        severities[std::string(to_string(severity))] =
            b.t.vocabulary("severity", to_string(severity));
    return {{"severities", severities},
            {"families", families},
            {"special", special},
            {"has_special", !special.empty()},
            {"national_id", national_id},
            {"has_national_id", !national_id.empty()},
            {"dpia", dpia_coverage(b)},
            {"transfers", transfers(b)},
            {"top", top},
            {"has_top", !top.empty()}};
}

} // namespace privmap::reports
