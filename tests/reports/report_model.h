// A small model built in C++ for the report tests, resolved by hand, with a fixed analysis:
// the reports' output depends only on the reports code, not on how the rules evolve.
#pragma once

#include <privmap/analyzer.h>

#include <string>

namespace privmap::test {

struct ReportModel {
    Model model;
    Analysis analysis;
};

/// A webshop that is a controller for its customers and staff, and a processor for a
/// partner: special categories through the category tree, a US processor under SCCs, a DPIA
/// with risks, findings and an accepted (waived) one.
ReportModel small_report_model();

/// The same model with `text` in every free-text field and name: hostile strings must come
/// out as literal text in every format.
ReportModel hostile_report_model(const std::string& text);

} // namespace privmap::test
