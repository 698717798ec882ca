#include "rules/dpia/dpia.h"

namespace privmap::rules::dpia {
namespace {

/// The agenda holds each planned measure of an action plan by its due date; this rule reports
/// the ones past it.
void check_action_overdue(const Context& context, Findings& findings) {
    for (const Obligation& due : context.agenda)
        if (due.kind == ObligationKind::action_due && due.overdue()) {
            const DpiaAction& action = context.model.dpias[due.index].actions[due.item];
            findings.add(action_overdue.info, due.entity, due.where,
                         {"dpia.action-overdue",
                          {{"measure", action.measure.id},
                           {"dpia", due.entity},
                           {"due", due.due.str()},
                           {"today", context.options.today.str()}}},
                         {"dpia.action-overdue.help", {}});
        }
}

} // namespace

const Rule action_overdue{
    {
        .id = "dpia.action-overdue",
        .severity = Severity::warning,
        .summary = "A measure of a DPIA's action plan is past its due date and still planned",
        .what = "Every `[[dpia.action]]` whose `state` is `planned` (the default) and whose `due` "
                "date lies before today (`--today`). The date is in `privmap agenda` "
                "(`action-due`), and `organisation.due-soon` reminds of it beforehand.",
        .why = "A DPIA weighs the risks as they are after the measures envisaged to address them "
               "(Art. 35(7)(d)); while a measure is not in place, the residual risk the DPIA "
               "was approved on is not the real one. The controller must implement the measures "
               "and be able to show it (Art. 24(1), 25(1)).",
        .legal = "GDPR Art. 35(7)(d), 24(1), 25(1)",
        .example = "[[dpia.action]]\nmeasure = \"mfa\"\nowner = \"IT department\"\n"
                   "due = 2025-06-01\nstate = \"planned\"\n",
        .fix = "Implement the measure and set `state = \"implemented\"`, or agree a new `due` "
               "date with its owner (and weigh the residual risk without it meanwhile).",
    },
    check_action_overdue};

} // namespace privmap::rules::dpia
