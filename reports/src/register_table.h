// The register as a spreadsheet: one row per activity, with the columns of the ICO's
// documentation template that the model fills, taken from the report document.
#pragma once

#include "i18n.h"
#include "tables.h"

#include <nlohmann/json.hpp>

namespace privmap::reports {

/// `register_section` is report["controller_register"] or report["processor_register"].
Table register_table(const nlohmann::json& register_section, const Catalogue&, bool processor);

} // namespace privmap::reports
