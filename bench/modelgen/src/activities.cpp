// Draws the activities of the register and the flows between them. Flows only run from an
// earlier activity to a later one, so the lineage is a DAG; about one activity in three is
// fed by two or more others (fan-in).
#include "plan.h"
#include "random.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace privmap::modelgen {
namespace {

constexpr std::array<std::string_view, 16> topics{
    "intake",        "registration", "invoicing",   "newsletter",     "payroll",    "scheduling",
    "case-handling", "complaints",   "recruitment", "access-control", "monitoring", "surveys",
    "training",      "reporting",    "archiving",   "helpdesk"};

bool contains(const std::vector<int>& items, int item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

void add_unique(std::vector<int>& items, int item) {
    if (!contains(items, item))
        items.push_back(item);
}

std::string padded(std::size_t number) {
    char text[16];
    std::snprintf(text, sizeof text, "%05zu", number);
    return text;
}

std::vector<int> parties_with_role(const Plan& plan, std::string_view role, bool providers) {
    std::vector<int> found;
    for (std::size_t k = 0; k < plan.parties.size(); ++k)
        if (plan.parties[k].role == role && plan.parties[k].provider == providers)
            found.push_back(static_cast<int>(k));
    return found;
}

struct Pools {
    std::vector<int> controllers; // parties that instruct our processor activities
    std::vector<int> sub_processors;
    std::vector<int> providers; // parties that send us data
    std::vector<int> measures;
};

Pools make_pools(const Plan& plan) {
    Pools pools;
    pools.controllers = parties_with_role(plan, "controller", false);
    for (int provider : parties_with_role(plan, "controller", true))
        pools.controllers.push_back(provider);
    pools.sub_processors = parties_with_role(plan, "sub-processor", false);
    pools.providers = parties_with_role(plan, "controller", true);
    for (int provider : parties_with_role(plan, "authority", true))
        pools.providers.push_back(provider);
    for (std::size_t k = 0; k < plan.measures.size(); ++k)
        pools.measures.push_back(static_cast<int>(k));
    return pools;
}

std::string draw_basis(Random& random) {
    int basis = random.between(1, 100);
    if (basis <= 30)
        return "contract";
    if (basis <= 55)
        return "legal-obligation";
    if (basis <= 75)
        return "legitimate-interests";
    if (basis <= 90)
        return "consent";
    if (basis <= 98)
        return "public-task";
    return "vital-interests";
}

std::string basis_reference(const std::string& basis, std::size_t activity) {
    if (basis == "legal-obligation" || basis == "public-task")
        return "Wet op de uitvoering art. " + std::to_string(activity % 90 + 1);
    if (basis == "legitimate-interests")
        return "LIA-" + padded(activity + 1);
    if (basis == "consent")
        return "Consent form v" + std::to_string(activity % 4 + 1);
    return "General terms, article " + std::to_string(activity % 12 + 1);
}

RetentionPlan draw_retention(Random& random, const ActivityPlan& activity) {
    constexpr std::array<std::string_view, 7> durations{"P30D", "P6M", "P1Y", "P2Y",
                                                        "P5Y",  "P7Y", "P10Y"};
    constexpr std::array<std::string_view, 4> triggers{"end-of-contract", "collection",
                                                       "end-of-year", "last-contact"};
    RetentionPlan rule;
    int kind = random.between(1, 100);
    if (activity.lawful_basis == "consent" && kind <= 50) {
        rule.period = "until-withdrawn";
    } else if (activity.role == "processor" && kind <= 60) {
        rule.period = "controller-defined";
        rule.max = "P5Y";
    } else if (kind <= 8) {
        rule.period = "as-long-as-necessary";
        if (random.percent(50))
            rule.max = "P5Y";
    } else if (kind == 9) {
        rule.period = "indefinite";
    } else {
        rule.period = std::string(random.pick(std::span<const std::string_view>(durations)));
    }
    if (random.percent(90))
        rule.from = std::string(random.pick(std::span<const std::string_view>(triggers)));
    if (random.percent(60))
        rule.basis = "Retention policy, section " + std::to_string(random.between(1, 20));
    rule.deletion = random.percent(75) ? "automatic" : "manual";
    return rule;
}

std::vector<RetentionPlan> draw_retention_rules(Random& random, const ActivityPlan& activity) {
    int shape = random.between(1, 100);
    if (shape <= 80)
        return {draw_retention(random, activity)};
    if (shape <= 90 && activity.categories.size() >= 2) {
        std::vector<RetentionPlan> rules{draw_retention(random, activity),
                                         draw_retention(random, activity)};
        rules[0].categories = {activity.categories[0]};
        rules[1].categories = {activity.categories[1]};
        return rules;
    }
    return {};
}

std::vector<int> some_categories(Random& random, const ActivityPlan& activity, int most) {
    return random.sample(activity.categories, static_cast<std::size_t>(random.between(1, most)));
}

class ActivityDrawer {
public:
    ActivityDrawer(Plan& plan, Random& random)
        : plan_(plan), random_(random), pools_(make_pools(plan)) {}

    void draw(std::size_t index) {
        int department = static_cast<int>(random_.below(plan_.departments.size()));
        ActivityPlan activity = draw_register_entry(index, department);
        std::vector<FlowPlan> flows;
        draw_collection(activity, index, flows);
        draw_storage(activity, index, flows);
        draw_fan_in(activity, flows);
        draw_disclosure(activity, index, flows);
        if (special_data(activity) && random_.percent(92))
            activity.special_condition = special_condition(department);
        plan_.departments[static_cast<std::size_t>(department)].activities.push_back(
            static_cast<int>(index));
        plan_.activities.push_back(std::move(activity));
        plan_.flows.push_back(std::move(flows));
    }

private:
    const Department& department_of(const ActivityPlan& activity) const {
        return plan_.departments[static_cast<std::size_t>(activity.department)];
    }

    ActivityPlan draw_register_entry(std::size_t index, int department_index) {
        const Department& department =
            plan_.departments[static_cast<std::size_t>(department_index)];
        std::string_view topic = topics[random_.below(topics.size())];
        ActivityPlan activity;
        activity.id = department.name + "-" + std::string(topic) + "-" + padded(index + 1);
        activity.name =
            std::string(topic) + " for " + department.name + " (" + std::to_string(index + 1) + ")";
        activity.department = department_index;
        int role = random_.between(1, 100);
        activity.role = role <= 80 ? "controller" : role <= 95 ? "processor" : "joint-controller";
        draw_lawfulness(activity, index);
        activity.subjects =
            random_.sample(department.subjects, static_cast<std::size_t>(random_.between(1, 2)));
        activity.categories =
            random_.sample(department.categories, static_cast<std::size_t>(random_.between(2, 5)));
        draw_sources_and_recipients(activity);
        if (random_.percent(30))
            activity.measures =
                random_.sample(pools_.measures, static_cast<std::size_t>(random_.between(1, 2)));
        activity.retention = draw_retention_rules(random_, activity);
        draw_declarations(activity);
        activity.updated = random_.date(2025);
        activity.review = random_.date(random_.percent(85) ? 2027 : 2026);
        return activity;
    }

    void draw_lawfulness(ActivityPlan& activity, std::size_t index) {
        const Department& department = department_of(activity);
        bool controller = activity.role != "processor";
        if (!controller || random_.percent(98))
            activity.purposes = random_.sample(department.purposes,
                                               static_cast<std::size_t>(random_.between(1, 2)));
        if (controller ? random_.percent(98) : random_.percent(5))
            activity.lawful_basis = draw_basis(random_);
        if (!activity.lawful_basis.empty() && random_.percent(85))
            activity.basis_reference = basis_reference(activity.lawful_basis, index);
        if (!controller || activity.role == "joint-controller")
            activity.controllers =
                random_.sample(pools_.controllers, static_cast<std::size_t>(random_.between(1, 2)));
    }

    void draw_sources_and_recipients(ActivityPlan& activity) {
        const Department& department = department_of(activity);
        activity.from_subject = random_.percent(75);
        if ((!activity.from_subject || random_.percent(10)) && !pools_.providers.empty())
            activity.source_parties.push_back(random_.pick(pools_.providers));
        activity.systems =
            random_.sample(department.systems, static_cast<std::size_t>(random_.between(1, 3)));
        activity.recipients =
            random_.sample(department.parties, static_cast<std::size_t>(random_.between(0, 2)));
        for (int system : activity.systems) {
            int operated_by = plan_.systems[static_cast<std::size_t>(system)].operated_by;
            if (operated_by >= 0 && random_.percent(96))
                add_unique(activity.recipients, operated_by);
        }
        if (activity.role == "processor" && !pools_.sub_processors.empty() && random_.percent(30)) {
            int sub_processor = random_.pick(pools_.sub_processors);
            add_unique(activity.recipients, sub_processor);
            const PartyPlan& party = plan_.parties[static_cast<std::size_t>(sub_processor)];
            if (random_.percent(90))
                activity.controllers = party.authorised_by;
        }
    }

    void draw_declarations(ActivityPlan& activity) {
        constexpr std::array<std::string_view, 5> declared{
            "evaluation-scoring", "systematic-monitoring", "innovative-technology", "large-scale",
            "prevents-rights"};
        if (random_.percent(8))
            activity.criteria.push_back(std::string(declared[random_.below(declared.size())]));
        activity.automated_decision = random_.percent(3);
        activity.planned = random_.percent(3);
        bool children =
            std::any_of(activity.subjects.begin(), activity.subjects.end(), [&](int subject) {
                return plan_.subjects[static_cast<std::size_t>(subject)].children;
            });
        if (children && activity.lawful_basis == "consent" && random_.percent(80))
            activity.parental_consent = "Parents confirm by e-mail; age checked at enrolment";
    }

    void draw_collection(const ActivityPlan& activity, std::size_t index,
                         std::vector<FlowPlan>& flows) {
        if (activity.from_subject) {
            const SubjectPlan& subject =
                plan_.subjects[static_cast<std::size_t>(activity.subjects.front())];
            flows.push_back({subject.id, activity.id, some_categories(random_, activity, 3),
                             random_.percent(50) ? static_cast<int>(index) : -1, ""});
        }
        for (int party : activity.source_parties)
            flows.push_back({plan_.parties[static_cast<std::size_t>(party)].id, activity.id,
                             some_categories(random_, activity, 2), static_cast<int>(index), ""});
    }

    void draw_storage(const ActivityPlan& activity, std::size_t index,
                      std::vector<FlowPlan>& flows) {
        for (std::size_t k = 0; k < activity.systems.size(); ++k)
            if (k == 0 || random_.percent(60))
                flows.push_back(
                    {activity.id, plan_.systems[static_cast<std::size_t>(activity.systems[k])].id,
                     some_categories(random_, activity, 3), static_cast<int>(index), ""});
    }

    /// How many earlier activities feed an activity, from a weight of 1 to 100: 0 to 3 (1.2 on
    /// average), or 1 to 4 (2.35) in the wide profile.
    int fan_in_count(int weight) const {
        if (plan_.wide)
            return weight <= 25 ? 1 : weight <= 60 ? 2 : weight <= 85 ? 3 : 4;
        return weight <= 30 ? 0 : weight <= 70 ? 1 : weight <= 90 ? 2 : 3;
    }

    // Flows from earlier activities, mostly of the same department. The receiving activity
    // declares what it receives and, mostly, a purpose it shares with the sender.
    void draw_fan_in(ActivityPlan& activity, std::vector<FlowPlan>& flows) {
        const std::vector<int>& earlier = department_of(activity).activities;
        int count = fan_in_count(random_.between(1, 100));
        for (int k = 0; k < count && !earlier.empty(); ++k) {
            bool elsewhere = random_.percent(10);
            int source = elsewhere ? static_cast<int>(random_.below(plan_.activities.size()))
                                   : random_.pick(earlier);
            const ActivityPlan& sender = plan_.activities[static_cast<std::size_t>(source)];
            FlowPlan flow{sender.id, activity.id, some_categories(random_, sender, 2), source,
                          random_.percent(5) ? "pseudonymised" : ""};
            if (random_.percent(95))
                for (int category : flow.categories)
                    add_unique(activity.categories, category);
            if (!sender.purposes.empty() && !shares_purpose(sender, activity) &&
                random_.percent(90))
                add_unique(activity.purposes, sender.purposes.front());
            ++activity.activity_sources;
            flows.push_back(std::move(flow));
        }
    }

    void draw_disclosure(const ActivityPlan& activity, std::size_t index,
                         std::vector<FlowPlan>& flows) {
        if (activity.recipients.empty() || !random_.percent(70))
            return;
        const PartyPlan& party =
            plan_.parties[static_cast<std::size_t>(activity.recipients.front())];
        flows.push_back({activity.id, party.id, some_categories(random_, activity, 2),
                         static_cast<int>(index), ""});
    }

    bool shares_purpose(const ActivityPlan& sender, const ActivityPlan& receiver) const {
        for (int sent : sender.purposes)
            for (int received : receiver.purposes) {
                const PurposePlan& purpose = plan_.purposes[static_cast<std::size_t>(received)];
                if (sent == received || contains(purpose.compatible_with, sent))
                    return true;
            }
        return false;
    }

    bool special_data(const ActivityPlan& activity) const {
        return std::any_of(
            activity.categories.begin(), activity.categories.end(), [&](int category) {
                return plan_.categories[static_cast<std::size_t>(category)].effectively_special;
            });
    }

    std::string special_condition(int department) const {
        std::string_view name = plan_.departments[static_cast<std::size_t>(department)].name;
        if (name.starts_with("hr"))
            return "employment";
        if (name.starts_with("care"))
            return "health-care";
        if (name.starts_with("research"))
            return "archiving-research";
        if (name.starts_with("social-services"))
            return "substantial-public-interest";
        return "explicit-consent";
    }

    Plan& plan_;
    Random& random_;
    Pools pools_;
};

} // namespace

void draw_activities(Plan& plan, Random& random, std::size_t activities) {
    plan.activities.reserve(activities);
    plan.flows.reserve(activities);
    ActivityDrawer drawer(plan, random);
    for (std::size_t index = 0; index < activities; ++index)
        drawer.draw(index);
}

} // namespace privmap::modelgen
