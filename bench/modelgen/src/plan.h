// The drawn model before it is written as TOML. Entities refer to each other by index into
// the plan's vectors; emit.cpp turns the indices back into ids.
#pragma once

#include <privmap/modelgen.h>
#include <string>
#include <vector>

namespace privmap::modelgen {

struct CategoryPlan {
    std::string id;
    std::string name;
    int parent = -1;
    std::string special; // MODEL.md spelling, empty for ordinary data
    bool national_id = false;
    bool highly_personal = false;
    std::string statutory_period;     // e.g. "P7Y", empty when no law sets a minimum
    bool effectively_special = false; // special itself or through an ancestor
    bool effectively_highly_personal = false;
};

struct SubjectPlan {
    std::string id;
    std::string name;
    bool vulnerable = false;
    bool children = false;
    int min_age = 0; // 0: not declared
    long long count = 0;
};

struct PurposePlan {
    std::string id;
    std::string name;
    std::vector<int> compatible_with;
};

struct PartyPlan {
    std::string id;
    std::string name;
    std::string role;
    std::string country; // empty for `public`
    bool dpa = false;
    std::string safeguard;
    std::string derogation;
    bool tia = false;
    bool dpf_certified = false;
    std::vector<int> authorised_by;
    /// Sends data to the organisation (a flow source); never a recipient, so the lineage
    /// stays acyclic.
    bool provider = false;
};

struct MeasurePlan {
    std::string id;
    std::string name;
    std::string kind;
    std::string standard;
};

struct RetentionPlan {
    std::vector<int> categories; // empty: the whole owner
    std::string period;          // ISO 8601 duration or a MODEL.md keyword
    std::string max;
    std::string from;
    std::string basis;
    std::string deletion;
};

struct SystemPlan {
    std::string id;
    std::string name;
    std::string country;
    int operated_by = -1;
    std::vector<int> measures;
    std::vector<RetentionPlan> retention;
};

struct ActivityPlan {
    std::string id;
    std::string name;
    int department = 0;
    std::string role;
    std::vector<int> controllers;
    std::vector<int> purposes;
    std::string lawful_basis;
    std::string basis_reference;
    std::string special_condition;
    std::vector<int> subjects;
    std::vector<int> categories;
    bool from_subject = false;
    std::vector<int> source_parties;
    std::vector<int> systems;
    std::vector<int> recipients;
    std::vector<int> measures;
    std::vector<RetentionPlan> retention;
    std::vector<std::string> criteria;
    std::string screening_reason; // empty: no screening documented
    int dpia = -1;
    bool automated_decision = false;
    bool planned = false;
    std::string parental_consent;
    std::string updated;
    std::string review;
    int activity_sources = 0; // flows arriving from other activities
};

struct FlowPlan {
    std::string from;
    std::string to;
    std::vector<int> categories;
    int activity = -1; // -1 only for collection from a subject
    std::string transform;
};

struct RiskPlan {
    std::string id;
    std::string event;
    std::string likelihood;
    std::string severity;
    std::vector<int> measures;
    std::string residual_likelihood;
    std::string residual_severity;
};

struct DpiaPlan {
    std::string id;
    std::string title;
    std::vector<int> activities;
    bool approved = false;
    std::string review;
    bool prior_consultation = false;
    std::vector<RiskPlan> risks;
};

struct WaiverPlan {
    std::string rule;
    std::string target;
    std::string reason;
    std::string expires;
};

/// A cluster of activities sharing purposes, subjects, categories, systems and parties, as
/// the activities of one department do.
struct Department {
    std::string name;
    std::vector<int> purposes;
    std::vector<int> subjects;
    std::vector<int> categories;
    std::vector<int> systems;
    std::vector<int> parties;    // recipients it sends to
    std::vector<int> activities; // drawn so far
};

struct Plan {
    bool wide = false; // Options::wide
    std::vector<Department> departments;
    std::vector<SubjectPlan> subjects;
    std::vector<CategoryPlan> categories;
    std::vector<PurposePlan> purposes;
    std::vector<PartyPlan> parties;
    std::vector<MeasurePlan> measures;
    std::vector<SystemPlan> systems;
    std::vector<ActivityPlan> activities;
    std::vector<std::vector<FlowPlan>> flows; // per activity, in activity order
    std::vector<DpiaPlan> dpias;
    std::vector<WaiverPlan> waivers;
};

Plan make_plan(const Options&);

// The steps of make_plan, in order; each reads what the earlier ones drew.
class Random;
void draw_vocabulary(Plan&, Random&, std::size_t departments);
void draw_activities(Plan&, Random&, std::size_t activities);
void draw_assessments(Plan&, Random&);

std::vector<File> emit(const Plan&, const Options&);

} // namespace privmap::modelgen
