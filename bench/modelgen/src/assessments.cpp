// Draws the DPIAs (for most activities that need one, as a DPO would screen them) and the
// waivers of accepted findings.
#include "plan.h"
#include "random.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace privmap::modelgen {
namespace {

constexpr std::array<std::string_view, 4> levels{"negligible", "limited", "significant", "maximum"};
constexpr std::array<std::string_view, 3> events{"illegitimate-access", "unwanted-modification",
                                                 "disappearance"};

// A DPO's estimate of the WP248 criteria; the analyzer computes its own.
int criteria_estimate(const Plan& plan, const ActivityPlan& activity) {
    auto any_category = [&](auto holds) {
        return std::any_of(activity.categories.begin(), activity.categories.end(),
                           [&](int category) {
                               return holds(plan.categories[static_cast<std::size_t>(category)]);
                           });
    };
    auto any_subject = [&](auto holds) {
        return std::any_of(activity.subjects.begin(), activity.subjects.end(), [&](int subject) {
            return holds(plan.subjects[static_cast<std::size_t>(subject)]);
        });
    };
    bool sensitive = any_category([](const CategoryPlan& category) {
        return category.effectively_special || category.effectively_highly_personal;
    });
    bool vulnerable = any_subject(
        [](const SubjectPlan& subject) { return subject.vulnerable || subject.children; });
    bool large = any_subject([](const SubjectPlan& subject) { return subject.count >= 100000; });
    return static_cast<int>(activity.criteria.size()) + sensitive + vulnerable + large +
           activity.automated_decision + (activity.activity_sources >= 2);
}

RiskPlan draw_risk(Random& random, std::size_t number, std::size_t measures) {
    RiskPlan risk;
    risk.id = "risk-" + std::to_string(number + 1);
    risk.event = std::string(events[number % events.size()]);
    std::size_t likelihood = random.below(levels.size());
    std::size_t severity = random.below(levels.size());
    risk.likelihood = std::string(levels[likelihood]);
    risk.severity = std::string(levels[severity]);
    if (random.percent(90))
        for (int k = random.between(1, 2); k > 0; --k)
            risk.measures.push_back(static_cast<int>(random.below(measures)));
    risk.residual_likelihood =
        std::string(levels[likelihood > 0 && !risk.measures.empty() ? likelihood - 1 : likelihood]);
    risk.residual_severity = risk.severity;
    return risk;
}

std::size_t level(std::string_view name) {
    return static_cast<std::size_t>(std::find(levels.begin(), levels.end(), name) - levels.begin());
}

// Both significant or above after measures: Art. 36 asks for a prior consultation.
bool high_residual_risk(const RiskPlan& risk) {
    return level(risk.residual_likelihood) >= 2 && level(risk.residual_severity) >= 2;
}

DpiaPlan draw_dpia(Random& random, const Plan& plan, const ActivityPlan& first) {
    DpiaPlan dpia;
    dpia.id = "dpia-" + first.id;
    dpia.title = "DPIA " + first.name;
    dpia.approved = random.percent(85);
    dpia.review = random.date(random.percent(80) ? 2027 : 2025);
    for (std::size_t k = 0, n = static_cast<std::size_t>(random.between(1, 3)); k < n; ++k)
        dpia.risks.push_back(draw_risk(random, k, plan.measures.size()));
    dpia.prior_consultation =
        std::any_of(dpia.risks.begin(), dpia.risks.end(), high_residual_risk) && random.percent(80);
    return dpia;
}

void draw_dpias(Plan& plan, Random& random) {
    // A DPIA often covers a few related activities of one department.
    std::vector<int> open(plan.departments.size(), -1);
    for (std::size_t index = 0; index < plan.activities.size(); ++index) {
        ActivityPlan& activity = plan.activities[index];
        int criteria = criteria_estimate(plan, activity);
        if (criteria == 1 && random.percent(60))
            activity.screening_reason = "One WP248 criterion only; no high risk expected";
        if (criteria < 2)
            continue;
        if (!random.percent(85)) {
            if (random.percent(30))
                activity.screening_reason = "Low volume and internal use only";
            continue;
        }
        int& current = open[static_cast<std::size_t>(activity.department)];
        if (current < 0 || plan.dpias[static_cast<std::size_t>(current)].activities.size() >= 6 ||
            random.percent(30)) {
            current = static_cast<int>(plan.dpias.size());
            plan.dpias.push_back(draw_dpia(random, plan, activity));
        }
        plan.dpias[static_cast<std::size_t>(current)].activities.push_back(static_cast<int>(index));
        activity.dpia = current;
    }
}

void draw_waivers(Plan& plan, Random& random) {
    constexpr std::array<std::string_view, 5> rules{"retention.vague", "security.none",
                                                    "dpia.required", "retention.no-trigger",
                                                    "transfer.tia-missing"};
    std::size_t count = plan.activities.size() / 100 + 1;
    for (std::size_t k = 0; k < count; ++k) {
        const ActivityPlan& target = plan.activities[random.below(plan.activities.size())];
        plan.waivers.push_back({std::string(rules[k % rules.size()]), target.id,
                                "Accepted by the privacy board, decision " + std::to_string(k + 1),
                                random.percent(85) ? random.date(2027) : random.date(2025)});
    }
}

} // namespace

void draw_assessments(Plan& plan, Random& random) {
    draw_dpias(plan, random);
    if (!plan.activities.empty())
        draw_waivers(plan, random);
}

Plan make_plan(const Options& options) {
    Random random(options.seed);
    Plan plan;
    plan.wide = options.wide;
    draw_vocabulary(plan, random, 4 + options.activities / 200);
    draw_activities(plan, random, options.activities);
    draw_assessments(plan, random);
    return plan;
}

} // namespace privmap::modelgen
