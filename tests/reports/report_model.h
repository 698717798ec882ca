// The report tests' model, loaded from TOML, with a fixed analysis instead of the analyzer's:
// the reports' output depends only on the reports code, not on how the rules evolve.
#pragma once

#include "support.h"

#include <filesystem>
#include <privmap/analyzer.h>
#include <string>

namespace privmap::test {

struct ReportModel {
    Model model;
    Analysis analysis;
};

/// tests/reports/models/webshop: a webshop that is a controller for its customers and staff, and a
/// processor for a partner: special categories through the category tree, a US processor under
/// SCCs, a DPIA with risks, findings and an accepted (waived) one.
ReportModel small_report_model();

/// The same model with `text` in every free-text field and name: hostile strings must come
/// out as literal text in every format.
ReportModel hostile_report_model(const std::string& text);

} // namespace privmap::test
