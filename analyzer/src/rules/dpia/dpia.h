// The dpia.* rules (Art. 35, 36; WP248 rev.01).
#pragma once

#include "rules/rule.h"

namespace privmap::rules::dpia {

/// For each activity, the DPIA that covers it (its `dpia`, or a `[[dpia]]` listing it), or null.
std::vector<const Dpia*> covering_dpias(const Model&);

/// "sensitive-data (`sick-leave` is a kind of `health`)", one message per criterion met.
std::vector<Message> describe_criteria(const ActivityScreening&);
/// The name of a WP248 criterion, in the reader's language.
Message criterion_name(Criterion);
/// "sensitive-data: `sick-leave` is a kind of `health`": a note that says why a criterion holds.
Note criterion_note(const CriterionHit&);

/// Approved: `status = "approved"`, or a decision to approve (with or without conditions).
bool is_approved(const Dpia&);
/// The parts of Art. 35(7) and 35(2) that `dpia` leaves empty, in that order.
std::vector<DpiaPart> missing_parts(const Dpia&);
/// Where the approval is written: `status`, else the `decision`.
Location approval_at(const Dpia&);

extern const Rule required;
extern const Rule screening_undocumented;
extern const Rule review_overdue;
extern const Rule risk_unmitigated;
extern const Rule prior_consultation;
extern const Rule not_approved;
extern const Rule incomplete;
extern const Rule advice_not_followed;
extern const Rule views_not_sought;
extern const Rule screening_outdated;
extern const Rule action_overdue;
extern const Rule activity_changed;

} // namespace privmap::rules::dpia
