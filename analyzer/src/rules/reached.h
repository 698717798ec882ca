// How findings describe personal data arriving somewhere in the lineage graph.
#pragma once

#include "rules/rule.h"

#include <string>

namespace privmap::rules {

/// "`email`, `orders`": the categories reaching `v`, named compactly (at most `limit`, then
/// "and N more").
Message reaching_summary(const Context&, VertexId v, std::size_t limit = 3);

/// The witness path of the first category reaching `v`: "customers → crm → mailer (US)".
/// Empty when nothing reaches `v`.
LineagePath first_path(const Context&, VertexId v);

/// A note at each declaration along `path` that moves the data ("`recipients` of `newsletter`").
void add_path_notes(const Context&, Diagnostic&, const LineagePath& path);

/// "`a`, `b` and 3 more" as a message (key "list.summary"), for the findings in the catalogues.
Message summary_of(const std::vector<std::string>& ids, std::size_t limit = 3);

} // namespace privmap::rules
