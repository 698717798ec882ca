// Reuse of personal data between the organisation's activities, and its own staff among the
// data subjects: facts several rule families judge (Art. 6(4), 28(10); Art. 7(4), Chapter V).
#pragma once

#include "rules/rule.h"

#include <string>
#include <vector>

namespace privmap::rules {

/// The other activities whose data `activity` reuses: the data flows into it (through flows,
/// systems or parties), or it reads, from a system it uses, what another activity stored
/// there while collecting nothing itself (LineageGraph::reading_from_systems). One each: the
/// activities its data flows from, then the others it reads from systems.
std::vector<Feeder> reused_from(const Context&, std::size_t activity);

/// "data of activity `a` flows into activity `b`" (`reuse.flows`), or "data that activity `a`
/// stores in system `crm` is read by activity `b`" (`reuse.system`): how `feeder` brings
/// `original`'s data to `further`.
Message describe_reuse(const Context&, const Activity& original, const Activity& further,
                       const Feeder& feeder);

/// The subjects of `activity` that are the organisation's own staff (`own_staff = true`).
std::vector<const Subject*> own_staff_of(const Model&, const Activity&);

} // namespace privmap::rules
