// DPIA screening: the nine WP248 rev.01 criteria for each activity, from what the DPO
// declares and from the lineage graph, each with where it came from.
#pragma once

#include <privmap/analyzer.h>
#include <vector>

namespace privmap {

std::vector<ActivityScreening> screen_activities(const Model&, const LineageGraph&);

} // namespace privmap
