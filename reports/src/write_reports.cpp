#include <privmap/reports.h>

namespace privmap {

Diagnostics write_reports(const Model&, const Analysis&, const ReportOptions&) { return {}; }

} // namespace privmap
