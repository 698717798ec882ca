#include "configuration.h"

#include "rules/waiver/waiver.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace privmap {
namespace {

/// `written_in` is "checks" (`[checks.severity]`) or "waiver".
Diagnostic unknown_rule(std::string_view id, const Location& where, std::string_view written_in) {
    std::string_view guess = nearest_rule(id);
    Message::Args args{{"place", std::string(written_in)}, {"rule", std::string(id)}};
    if (!guess.empty())
        args.emplace_back("guess", std::string(guess));
    return diagnostic_of(*find_rule("model.dangling-ref"), Symbol(), where,
                         {guess.empty() ? "model.unknown-rule" : "model.unknown-rule.near", args},
                         {"model.unknown-rule.help", {}});
}

/// A waiver's rule and target, or a finding's rule and entity.
using RuleTarget = std::pair<std::string_view, std::string_view>;

struct RuleTargetHash {
    std::size_t operator()(const RuleTarget& key) const {
        std::hash<std::string_view> hash;
        return hash(key.first) * 31 + hash(key.second);
    }
};

/// Per waiver, in the model's order: whether the agenda has its expiry overdue.
std::vector<bool> expired_waivers(const Model& model, const std::vector<Obligation>& agenda) {
    std::vector<bool> expired(model.waivers.size(), false);
    for (const Obligation& due : agenda)
        if (due.kind == ObligationKind::waiver_expiry && due.overdue())
            expired[due.index] = true;
    return expired;
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
                "checks"));
        }
    for (const Waiver& waiver : model.waivers)
        if (!find_rule(waiver.rule)) {
            found.push_back(
                unknown_rule(waiver.rule, waiver.keys.at_or("rule", waiver.where), "waiver"));
        }
    return found;
}

bool rule_enabled(const Model& model, std::string_view rule) {
    auto found = model.checks.severity.find(rule);
    return found == model.checks.severity.end() || found->second.has_value();
}

void apply_waivers(const Model& model, const std::vector<Obligation>& agenda,
                   Diagnostics& findings) {
    // (rule, target) of each waiver -> the findings about it, in order: one look-up per
    // finding in a table of the waivers, which a large register has a thousand times fewer of.
    // Hashed: a sorted map compared each finding's rule with some nine waivers' (memcmp showed
    // in the profile of /tmp/s50k).
    std::unordered_map<RuleTarget, std::vector<std::size_t>, RuleTargetHash> about(
        model.waivers.size());
    for (const Waiver& waiver : model.waivers)
        about.try_emplace({waiver.rule, waiver.target});
    if (!about.empty())
        for (std::size_t i = 0; i < findings.size(); ++i) {
            auto found = about.find({findings[i].rule, findings[i].entity});
            if (found != about.end())
                found->second.push_back(i);
        }
    rules::Findings reported;
    std::vector<bool> expired = expired_waivers(model, agenda);
    for (std::size_t w = 0; w < model.waivers.size(); ++w) {
        const Waiver& waiver = model.waivers[w];
        if (!find_rule(waiver.rule) || !rule_enabled(model, waiver.rule))
            continue;
        const std::vector<std::size_t>& waived = about.at({waiver.rule, waiver.target});
        auto at = [&](std::string_view key) { return waiver.keys.at_or(key, waiver.where); };
        if (expired[w]) {
            Diagnostic& d = reported.add(rules::waiver::expired.info, waiver.target, at("expires"),
                                         {"waiver.expired",
                                          {{"rule", waiver.rule},
                                           {"target", waiver.target},
                                           {"expires", waiver.expires.str()},
                                           {"accepted", waived.empty() ? "nothing" : "finding"}}},
                                         {"waiver.expired.help", {}});
            for (std::size_t i : waived)
                d.notes.push_back({{"waiver.expired.finding", {{"expires", waiver.expires.str()}}},
                                   findings[i].where});
            continue;
        }
        if (waived.empty()) {
            reported.add(rules::waiver::unused.info, waiver.target, at("rule"),
                         {"waiver.unused", {{"rule", waiver.rule}, {"target", waiver.target}}},
                         {"waiver.unused.help", {}});
            continue;
        }
        for (std::size_t i : waived)
            findings[i].waiver =
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
