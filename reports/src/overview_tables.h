// The register's overviews as spreadsheet tables (XLSX sheets and CSV files): the same rows,
// in the same words, as the documents' overviews (register_overviews), so that a spreadsheet
// says what the register says. Where the model records nothing, a cell says "not recorded".
#pragma once

#include "report_parts.h"
#include "tables.h"

namespace privmap::reports {

/// One overview: its CSV file's stem ("retention-schedule") and its table.
struct OverviewTable {
    std::string stem;
    Table table;
};

/// The overviews of register_overviews(b), one table each, in the register's order: the
/// retention schedule, transfers by country, recipients and processors, systems, and the data
/// subject rights per activity.
std::vector<OverviewTable> overview_tables(const Builder& b);

} // namespace privmap::reports
