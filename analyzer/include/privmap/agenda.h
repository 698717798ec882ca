// The agenda: every dated obligation of a model (DPIA and activity reviews, waiver expiries, DPA
// end dates, renewals of DPIA screenings, the planned measures of DPIA action plans) in date
// order, each with how many days are left from "today".
#pragma once

#include <optional>
#include <privmap/model.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

enum class ObligationKind {
    dpia_review,
    activity_review,
    waiver_expiry,
    dpa_end,
    screening_renewal,
    action_due
};
/// "dpia-review", "activity-review", "waiver-expiry", "dpa-end", "screening-renewal",
/// "action-due".
std::string_view to_string(ObligationKind);

struct Obligation {
    Date due;
    Date remind_on; // due - `[checks] remind_before`: from this day on it is due soon
    ObligationKind kind;
    std::string entity;    // the id of the DPIA, activity or party; a waiver's target
    std::size_t index = 0; // the DPIA, activity, waiver or party: index into the model's list
    std::size_t item = 0;  // action_due: the action within its DPIA's action plan
    std::string name;      // that entity's name ("" when it has none)
    Message what;          // one phrase (agenda.*): "review of DPIA `dpia-crm`"
    Location where;        // the date as written
    long days_left = 0;    // from today; negative when overdue

    bool overdue() const { return days_left < 0; }
    bool due_soon(const Date& today) const { return !overdue() && remind_on <= today; }
};

struct AgendaOptions {
    Date today;
    std::optional<Duration> within; // only what falls due by today + within; overdue always
};

/// Every dated obligation of the model, by date (then by place in the source).
std::vector<Obligation> agenda(const Model&, const AgendaOptions&);

/// The obligation of `kind` that the entity at `index` of the model's list for that kind owes
/// (the DPIA's review, the waiver's expiry, ...; `item`: which action of a DPIA's action plan);
/// null when it owes none.
const Obligation* obligation_of(const std::vector<Obligation>&, ObligationKind, std::size_t index,
                                std::size_t item = 0);
/// Whether that obligation is past its date: the one answer to "is the review overdue", "has the
/// waiver expired", "has the agreement ended" that the rules and the reports read.
bool overdue(const std::vector<Obligation>&, ObligationKind, std::size_t index,
             std::size_t item = 0);

/// `date` moved by `period` (whose fields may be negative to move back): years and months on the
/// calendar (31 January + P1M is 28 or 29 February), then weeks and days.
Date add_period(const Date& date, const Duration& period);
/// Days from `from` to `to`; negative when `to` lies before `from`.
long days_between(const Date& from, const Date& to);

} // namespace privmap
