#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <privmap/agenda.h>
#include <tuple>

namespace privmap {
namespace {

std::chrono::sys_days to_days(const Date& date) {
    return std::chrono::year_month_day{std::chrono::year{date.year},
                                       std::chrono::month{static_cast<unsigned>(date.month)},
                                       std::chrono::day{static_cast<unsigned>(date.day)}};
}

Date from_days(std::chrono::sys_days days) {
    std::chrono::year_month_day ymd{days};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Duration negated(const Duration& d) {
    return {-d.years, -d.months, -d.weeks, -d.days};
}

struct Collector {
    const AgendaOptions& options;
    Duration remind_before;
    std::vector<Obligation> found;

    void add(const Date& due, ObligationKind kind, const Entity& entity, std::size_t index,
             Message what, const Location& where, std::size_t item = 0) {
        add(due, kind, entity.id, index, entity.name, std::move(what), where, item);
    }
    void add(const Date& due, ObligationKind kind, std::string entity, std::size_t index,
             std::string name, Message what, const Location& where, std::size_t item = 0) {
        if (!due.valid())
            return;
        if (options.within && due > add_period(options.today, *options.within))
            return;
        found.push_back({due, add_period(due, negated(remind_before)), kind, std::move(entity),
                         index, item, std::move(name), std::move(what), where,
                         days_between(options.today, due)});
    }
};

/// A measure of the action plan is an obligation until it is implemented.
void add_planned_actions(Collector& collect, const Dpia& dpia, std::size_t index) {
    for (std::size_t item = 0; item < dpia.actions.size(); ++item) {
        const DpiaAction& action = dpia.actions[item];
        if (action.state != ActionState::planned || !action.due)
            continue;
        collect.add(*action.due, ObligationKind::action_due, dpia, index,
                    {"agenda.action-due", {{"measure", action.measure.id}, {"dpia", dpia.id}}},
                    action.keys.at_or("due", action.where), item);
    }
}

/// By date, then by place in the source. What the order depends on is sorted in an array of
/// its own and each obligation moved once: an obligation is a few hundred bytes, a register
/// owes one or two per activity, and comparing through the obligations would read two lines
/// far apart for each comparison.
std::vector<Obligation> by_date(std::vector<Obligation> found) {
    struct Key {
        Date due;
        Location where;
        std::uint32_t index = 0; // into found
    };
    std::vector<Key> keys;
    keys.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i)
        keys.push_back({found[i].due, found[i].where, static_cast<std::uint32_t>(i)});
    std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.due, a.where) < std::tie(b.due, b.where);
    });
    std::vector<Obligation> sorted;
    sorted.reserve(found.size());
    for (const Key& key : keys)
        sorted.push_back(std::move(found[key.index]));
    return sorted;
}

} // namespace

std::string_view to_string(ObligationKind kind) {
    static constexpr std::array<std::string_view, 6> names{"dpia-review",       "activity-review",
                                                           "waiver-expiry",     "dpa-end",
                                                           "screening-renewal", "action-due"};
    return names[static_cast<std::size_t>(kind)];
}

Date add_period(const Date& date, const Duration& period) {
    using namespace std::chrono;
    year_month_day moved = year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                          day{static_cast<unsigned>(date.day)}} +
                           years{period.years} + months{period.months};
    if (!moved.ok()) // 31 January + P1M: the last day of February
        moved = moved.year() / moved.month() / last;
    return from_days(sys_days{moved} + days{period.weeks * 7L + period.days});
}

long days_between(const Date& from, const Date& to) {
    return static_cast<long>((to_days(to) - to_days(from)).count());
}

std::vector<Obligation> agenda(const Model& model, const AgendaOptions& options) {
    Collector collect{options, model.checks.remind_before, {}};
    for (std::size_t i = 0; i < model.dpias.size(); ++i)
        if (const Dpia& dpia = model.dpias[i]; dpia.review)
            collect.add(*dpia.review, ObligationKind::dpia_review, dpia, i,
                        {"agenda.dpia-review", {{"id", dpia.id}}}, dpia.at("review"));
    for (std::size_t i = 0; i < model.dpias.size(); ++i)
        add_planned_actions(collect, model.dpias[i], i);
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        if (const Activity& activity = model.activities[i]; activity.review)
            collect.add(*activity.review, ObligationKind::activity_review, activity, i,
                        {"agenda.activity-review", {{"id", activity.id}}}, activity.at("review"));
    for (std::size_t i = 0; i < model.activities.size(); ++i)
        if (const Activity& activity = model.activities[i]; activity.screening)
            collect.add(add_period(activity.screening->date, model.checks.screening_max_age),
                        ObligationKind::screening_renewal, activity, i,
                        {"agenda.screening-renewal", {{"id", activity.id}}},
                        activity.screening->where);
    for (std::size_t i = 0; i < model.waivers.size(); ++i) {
        const Waiver& waiver = model.waivers[i];
        collect.add(waiver.expires, ObligationKind::waiver_expiry, waiver.target, i, "",
                    {"agenda.waiver-expiry", {{"rule", waiver.rule}, {"target", waiver.target}}},
                    waiver.keys.at_or("expires", waiver.where));
    }
    for (std::size_t i = 0; i < model.parties.size(); ++i)
        if (const Party& party = model.parties[i]; party.dpa_expires)
            collect.add(*party.dpa_expires, ObligationKind::dpa_end, party, i,
                        {"agenda.dpa-end", {{"party", party.id}}}, party.at("dpa_expires"));
    return by_date(std::move(collect.found));
}

const Obligation* obligation_of(const std::vector<Obligation>& agenda, ObligationKind kind,
                                std::size_t index, std::size_t item) {
    auto found = std::find_if(agenda.begin(), agenda.end(), [&](const Obligation& obligation) {
        return obligation.kind == kind && obligation.index == index && obligation.item == item;
    });
    return found == agenda.end() ? nullptr : &*found;
}

bool overdue(const std::vector<Obligation>& agenda, ObligationKind kind, std::size_t index,
             std::size_t item) {
    const Obligation* obligation = obligation_of(agenda, kind, index, item);
    return obligation && obligation->overdue();
}

} // namespace privmap
