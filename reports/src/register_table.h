// The register as a spreadsheet: one row per activity, with the columns of the ICO's
// documentation template that the model fills, from the typed register entries.
#pragma once

#include "i18n.h"
#include "register_view.h"
#include "tables.h"

#include <vector>

namespace privmap::reports {

/// The controller register's table, or with `processor` the processor register's.
Table register_table(const std::vector<RegisterEntry>&, const Catalogue&, bool processor);

} // namespace privmap::reports
