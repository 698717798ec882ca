// What a rule is: its documentation (RuleInfo) and its check. Each rule lives in its own
// file under rules/<family>/, and each family lists its rules in rules/<family>/family.cpp.
#pragma once

#include <privmap/analyzer.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::rules {

struct Context {
    const Model& model;
    const LineageGraph& graph;
    const AnalyzeOptions& options;
    const std::vector<ActivityScreening>& screenings;
    const std::vector<Obligation>& agenda; // Analysis::agenda
    const std::vector<bool>& staff_data;   // per vertex: transfer::staff_data_reaching
};

/// Collects what the rules find; a rule only says what and where.
class Findings {
public:
    /// Reports a finding of `rule` at its default severity, about the entity of id `entity`.
    Diagnostic& add(const RuleInfo& rule, Symbol entity, Location where, Message message,
                    Message help = {});
    Diagnostic& add(const RuleInfo& rule, std::string_view entity, Location where, Message message,
                    Message help = {}) {
        return add(rule, Symbol(entity), where, std::move(message), std::move(help));
    }
    Diagnostics take() { return std::move(found_); }

private:
    Diagnostics found_;
};

struct Rule {
    RuleInfo info;
    void (*check)(const Context&, Findings&);
};

// One function per family; registry.cpp puts them together.
std::vector<const Rule*> lawfulness_rules();
std::vector<const Rule*> processor_rules();
std::vector<const Rule*> retention_rules();
std::vector<const Rule*> transfer_rules();
std::vector<const Rule*> dpia_rules();
std::vector<const Rule*> lineage_rules();
std::vector<const Rule*> security_rules();
std::vector<const Rule*> organisation_rules();
std::vector<const Rule*> model_rules();  // model.* rules that need the analysis (model.unused)
std::vector<const Rule*> waiver_rules(); // documented here; applied by the analyzer itself
std::vector<RuleInfo> report_rules();    // documented here; reported by the reports library

/// Every analysis rule, in registry order.
const std::vector<const Rule*>& registry();

} // namespace privmap::rules
