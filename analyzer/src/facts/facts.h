// The second half of deriving the facts of privmap/facts.h: the waivers, attached once the
// findings are known.
#pragma once

#include <privmap/facts.h>

namespace privmap {

/// Records on each activity the waiver that accepts its `dpia.required` finding, so every
/// output shows the DPIA status as accepted rather than missing.
void attach_waivers(const Model&, const Diagnostics& findings, Facts&);

} // namespace privmap
