#include "rules/rule.h"

#include <algorithm>
#include <map>

namespace privmap::rules {

Diagnostic& Findings::add(const RuleInfo& rule, Symbol entity, Location where, Message message,
                          Message help) {
    return found_.emplace_back(
        diagnostic_of(rule, entity, std::move(where), std::move(message), std::move(help)));
}

const std::vector<const Rule*>& registry() {
    static const std::vector<const Rule*> all = [] {
        std::vector<const Rule*> rules;
        for (auto family :
             {model_rules, lawfulness_rules, processor_rules, retention_rules, transfer_rules,
              dpia_rules, lineage_rules, security_rules, organisation_rules, waiver_rules})
            for (const Rule* rule : family())
                rules.push_back(rule);
        return rules;
    }();
    return all;
}

} // namespace privmap::rules

namespace privmap {

const std::vector<RuleInfo>& all_rules() {
    static const std::vector<RuleInfo> all = [] {
        std::vector<RuleInfo> infos = model_rules();
        for (const RuleInfo& rule : rules::report_rules())
            infos.push_back(rule);
        for (const rules::Rule* rule : rules::registry())
            if (std::none_of(infos.begin(), infos.end(),
                             [&](const RuleInfo& i) { return i.id == rule->info.id; }))
                infos.push_back(rule->info);
        std::sort(infos.begin(), infos.end(),
                  [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
        return infos;
    }();
    return all;
}

const RuleInfo* find_rule(std::string_view id) {
    for (const RuleInfo& info : all_rules())
        if (info.id == id)
            return &info;
    return nullptr;
}

std::string_view nearest_rule(std::string_view id) {
    // Each rule is a candidate twice, with and without its family; both lead to the full id.
    std::vector<std::string_view> names;
    std::map<std::string_view, std::string_view> id_of;
    for (const RuleInfo& rule : all_rules()) {
        std::string_view name = rule.id.substr(rule.id.find('.') + 1);
        names.push_back(rule.id);
        names.push_back(name);
        id_of[rule.id] = rule.id;
        id_of.emplace(name, rule.id);
    }
    std::string_view guess = likely_meant(id, names);
    return guess.empty() ? guess : id_of.at(guess);
}

} // namespace privmap
