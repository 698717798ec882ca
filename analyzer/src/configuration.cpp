#include "configuration.h"

#include "rules/waiver/waiver.h"
#include "rules/wording.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace privmap {
namespace {

using rules::ticked;

Diagnostic unknown_rule(std::string_view id, const Location& where, std::string_view written_in) {
    Diagnostic d;
    d.rule = "model.dangling-ref";
    d.severity = Severity::error;
    d.where = where;
    d.message =
        std::string(written_in) + " names rule " + ticked(id) + ", which privmap does not know";
    std::string_view guess = nearest_rule(id);
    if (!guess.empty())
        d.message += "; did you mean " + ticked(guess) + "?";
    d.help = "`privmap rules` lists every rule id";
    return d;
}

bool expired(const Waiver& waiver, const Date& today) {
    return today.valid() && waiver.expires < today;
}

} // namespace

Diagnostics check_rule_references(const Model& model) {
    Diagnostics found;
    for (const auto& [rule, severity] : model.checks.severity)
        if (!find_rule(rule)) {
            auto where = model.checks.severity_where.find(rule);
            found.push_back(unknown_rule(
                rule,
                where == model.checks.severity_where.end() ? model.checks.where : where->second,
                "`[checks.severity]`"));
        }
    for (const Waiver& waiver : model.waivers)
        if (!find_rule(waiver.rule)) {
            auto where = waiver.keys.find("rule");
            found.push_back(unknown_rule(waiver.rule,
                                         where == waiver.keys.end() ? waiver.where : where->second,
                                         "a waiver"));
        }
    return found;
}

bool rule_enabled(const Model& model, std::string_view rule) {
    auto found = model.checks.severity.find(rule);
    return found == model.checks.severity.end() || found->second.has_value();
}

void apply_waivers(const Model& model, const Date& today, Diagnostics& findings) {
    // (rule, target) -> the findings about it, so that matching stays linear.
    std::multimap<std::pair<std::string_view, std::string_view>, std::size_t> about;
    for (std::size_t i = 0; i < findings.size(); ++i)
        about.emplace(
            std::pair<std::string_view, std::string_view>{findings[i].rule, findings[i].entity}, i);
    rules::Findings reported;
    for (const Waiver& waiver : model.waivers) {
        if (!find_rule(waiver.rule) || !rule_enabled(model, waiver.rule))
            continue;
        auto [first, last] = about.equal_range({waiver.rule, waiver.target});
        auto at = [&](std::string_view key) {
            auto found = waiver.keys.find(key);
            return found == waiver.keys.end() ? waiver.where : found->second;
        };
        if (expired(waiver, today)) {
            Diagnostic& d = reported.add(
                rules::waiver::expired.info, waiver.target, at("expires"),
                "the waiver of " + ticked(waiver.rule) + " for " + ticked(waiver.target) +
                    " expired on " + waiver.expires.str() + " and no longer accepts " +
                    (first == last ? std::string("anything") : "its finding"),
                "fix the finding and remove the waiver, or review it and set a new `expires` date");
            for (auto it = first; it != last; ++it)
                d.notes.push_back({"the finding it accepted until " + waiver.expires.str(),
                                   findings[it->second].where});
            continue;
        }
        if (first == last) {
            reported.add(rules::waiver::unused.info, waiver.target, at("rule"),
                         "the waiver of " + ticked(waiver.rule) + " for " + ticked(waiver.target) +
                             " matches no finding",
                         "remove the waiver, or correct its `rule` or `target`");
            continue;
        }
        for (auto it = first; it != last; ++it)
            findings[it->second].waiver =
                WaiverInfo{waiver.reason, waiver.approved_by, waiver.expires, waiver.where};
    }
    Diagnostics added = reported.take();
    findings.insert(findings.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
}

void apply_severities(const Model& model, Diagnostics& findings) {
    if (model.checks.severity.empty())
        return;
    std::erase_if(findings, [&](const Diagnostic& d) { return !rule_enabled(model, d.rule); });
    for (Diagnostic& d : findings) {
        auto found = model.checks.severity.find(d.rule);
        if (found != model.checks.severity.end())
            d.severity = *found->second;
    }
}

} // namespace privmap
