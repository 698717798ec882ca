// The report document: one JSON value built from the resolved model and its analysis, with
// every label and value already in the report's language. It is the single source of every
// template and format (HTML, Markdown → PDF/DOCX/ODT); CSV and XLSX read its register entries
// as typed data (register_view.h). docs/templates.md describes its shape.
#pragma once

#include "i18n.h"
#include "register_view.h"
#include "render.h"

#include <nlohmann/json.hpp>
#include <privmap/analyzer.h>
#include <privmap/reports.h>

namespace privmap::reports {

/// The whole report document: organisation, summary, controller_register,
/// processor_register, dpias, compliance, the colophon with its approval, and the labels `t`.
nlohmann::json build_report_data(const Model&, const Analysis&, const Catalogue&, const Date& today,
                                 const Provenance& = {});

/// The controller register's entries, or with `processor` the processor register's, sorted by
/// name: the report document's register sections as typed data, for the formats that read
/// them directly (CSV, XLSX).
std::vector<RegisterEntry> build_register(const Model&, const Analysis&, const Catalogue&,
                                          const Date& today, bool processor);

} // namespace privmap::reports
