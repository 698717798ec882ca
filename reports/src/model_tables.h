// The workbook's sheets beside the register and its overviews: the organisation, the parties
// and the findings, from the same typed views as the documents (the register's appendix and the
// compliance report), so that a spreadsheet says what they say.
#pragma once

#include "report_parts.h"
#include "tables.h"

#include <initializer_list>

namespace privmap::reports {

/// The catalogue's labels of `keys`: a table's header row.
std::vector<std::string> column_labels(const Catalogue&, std::initializer_list<const char*> keys);

/// Item and details of the organisation (Art. 30(1)(a)); no rows when the model has none.
Table organisation_table(const Builder&);
/// Every party by name: role, country, contact, processing agreement, transfer safeguard.
Table parties_table(const Builder&);
/// Every finding as the compliance report groups them, the accepted ones with their waiver.
Table findings_table(const Builder&);

} // namespace privmap::reports
