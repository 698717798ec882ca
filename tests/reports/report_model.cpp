#include "report_model.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace privmap::test {

namespace {

Diagnostic finding(std::string rule, Severity severity, std::string entity, Message message,
                   Message help) {
    Diagnostic diagnostic;
    diagnostic.rule = Symbol(rule);
    diagnostic.severity = severity;
    diagnostic.entity = Symbol(entity);
    diagnostic.where = {"activities.toml", 12, 5, 3};
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

std::size_t activity_index(const Model& model, std::string_view id) {
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        if (model.activities[i].id == id)
            return i;
    throw std::runtime_error("no activity " + std::string(id));
}

Analysis fixed_analysis(const Model& model) {
    Analysis analysis;
    analysis.graph = LineageGraph::build(model);
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        analysis.screenings.push_back({i, {}, false});
    analysis.screenings[activity_index(model, "absence")].hits = {
        {Criterion::sensitive_data,
         {"categories.toml", 17, 1, 10},
         {"special-inherited",
          {{"category", "`sick-leave`"}, {"special", "health"}, {"parent", "`health`"}}}},
        {Criterion::vulnerable_subjects,
         {"subjects.toml", 8, 1, 5},
         {"vulnerable", {{"subject", "`staff`"}}}}};
    analysis.screenings[activity_index(model, "payroll")].hits = {
        {Criterion::automated_decision, {}, {"automated-decision", {}}}};
    analysis.facts = derive_facts(model, analysis.graph, analysis.screenings);
    analysis.agenda = agenda(model, {Date{2026, 6, 15}, std::nullopt}); // the reports' today
    // The messages the rules write, so that each language's catalogue renders them.
    analysis.findings = {
        finding("lawfulness.basis-undocumented", Severity::warning, "payroll",
                {"lawfulness.basis-undocumented.legitimate-interests", {{"activity", "payroll"}}},
                {"lawfulness.basis-undocumented.help.legitimate-interests", {}}),
        finding("retention.missing", Severity::error, "payroll",
                {"retention.missing",
                 {{"activity", "payroll"},
                  {"categories",
                   std::vector<Message>{{"list.summary", {{"list", "`bsn`"}, {"more", 0LL}}}}},
                  {"systems", "yes"}}},
                {"retention.missing.help", {}}),
        finding("dpia.review-overdue", Severity::warning, "dpia-absence",
                {"dpia.review-overdue",
                 {{"dpia", "dpia-absence"}, {"due", "2026-03-01"}, {"today", "2026-06-01"}}},
                {"dpia.review-overdue.help", {}}),
        finding("transfer.tia-missing", Severity::warning, "mailer",
                {"transfer.tia-missing",
                 {{"party", "mailer"}, {"country", "US"}, {"safeguard", "scc"}}},
                {"transfer.tia-missing.help", {{"country", "US"}}}),
        finding("retention.vague", Severity::warning, "orders",
                {"retention.vague", {{"entity", "orders"}}}, {"retention.vague.help", {}})};
    analysis.findings[1].notes.push_back(
        {{"retention.missing.system", {{"system", "erp"}}}, {"systems.toml", 3, 1, 6}});
    analysis.findings.back().waiver =
        WaiverInfo{"Handmatig per kwartaal beoordeeld", "FG", {2027, 1, 1}, {}};
    return analysis;
}
} // namespace

ReportModel small_report_model() {
    ReportModel result;
    LoadResult loaded =
        load_model(std::filesystem::path(PRIVMAP_TESTS_DIR) / "reports/models/webshop");
    result.model = std::move(loaded.model);
    Diagnostics problems = resolve(result.model);
    problems.insert(problems.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    if (has_errors(problems))
        throw std::runtime_error("the report tests' model does not load: " +
                                 message_text(problems.front().message));
    result.analysis = fixed_analysis(result.model);
    return result;
}

ReportModel hostile_report_model(const std::string& text) {
    ReportModel result = small_report_model();
    Model& model = result.model;
    model.info.title = text;
    model.info.version = text;
    model.info.adopted->by = text;
    model.info.adopted->role = text;
    model.organisation->name = text;
    model.organisation->address = text;
    auto rename = [&](auto& entities) {
        for (auto& entity : entities) {
            entity.name = text;
            entity.description = text;
        }
    };
    rename(model.subjects);
    rename(model.categories);
    rename(model.purposes);
    rename(model.parties);
    rename(model.systems);
    rename(model.measures);
    rename(model.activities);
    rename(model.dpias);
    for (Activity& activity : model.activities) {
        activity.basis_reference = text;
        activity.reference = text;
        for (RetentionRule& rule : activity.retention)
            rule.basis = text;
    }
    for (Dpia& dpia : model.dpias) {
        DpoAdvice& advice = dpia.dpo_advice.emplace();
        advice.name = advice.advice = advice.reason = text;
        advice.followed = false;
        DpiaDecision& decision = dpia.decision.emplace();
        decision.by = decision.role = text;
        SubjectsViews& views = dpia.subjects_views.emplace();
        views.how = views.outcome = views.reason = text;
        dpia.necessity = text;
        for (Risk& risk : dpia.risks)
            risk.description = text;
    }
    for (Diagnostic& finding : result.analysis.findings)
        finding.message = text;
    return result;
}

} // namespace privmap::test
