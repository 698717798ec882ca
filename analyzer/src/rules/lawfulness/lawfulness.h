// The lawfulness.* rules (GDPR Art. 5, 6, 8, 9, 10; UAVG) and what they share.
#pragma once

#include "rules/reach.h"
#include "rules/rule.h"

#include <functional>

namespace privmap::rules::lawfulness {

extern const Rule basis_missing;
extern const Rule purpose_missing;
extern const Rule public_body_consent;
extern const Rule basis_undocumented;
extern const Rule special_condition;
extern const Rule criminal_data;
extern const Rule national_id;
extern const Rule children_consent;
extern const Rule purpose_compatibility;
extern const Rule processor_basis;
extern const Rule employee_consent;
extern const Rule public_body_legitimate_interests;
extern const Rule automated_decision_exception;
extern const Rule automated_decision_special;

/// Controllers and joint controllers answer for an activity's lawfulness; a processor
/// activity borrows its controller's basis (that is `lawfulness.processor-basis`'s concern).
inline bool answers_for_lawfulness(const Activity& activity) {
    return activity.role != ActivityRole::processor;
}

/// Whether a reference names a law (an article, a section, an act) rather than an internal
/// document such as an LIA: models written before the separate references (`criminal_data_law`,
/// `national_id_law`) cited the law in `basis_reference`.
bool cites_law(std::string_view reference);

/// A rule about sensitive data (special, criminal, national id) reaching an activity that lacks
/// what makes processing it lawful.
struct SensitiveDataCheck {
    const Rule& rule;
    const CategoryProperty& property;
    /// The activity has what the rule asks for (a condition, a law cited).
    std::function<bool(const Activity&)> satisfied;
    /// How messages name the data that reaches: `health`, via `sick-leave` (describe_reach).
    std::function<Message(const Reach&)> describe;
    /// The finding's message, given the description of the first place the data reaches (to
    /// pass as the argument `data`).
    std::function<Message(const Activity&, Message data)> message;
    std::function<Message(const Activity&)> help;
};

/// Reports every controller activity that processes data with the check's property and is not
/// satisfied: once, where the data first reaches it, with a note at every other place.
void report_unsatisfied(const Context&, Findings&, const SensitiveDataCheck&);

} // namespace privmap::rules::lawfulness
