// The documents of a report: the register, the compliance report and one per DPIA, each a
// file stem, a template and the data that template sees.
#pragma once

#include "i18n.h"
#include "render.h"
#include "report_diagrams.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace privmap::reports {

struct Document {
    std::string stem;          // file name without extension: "register", "dpia-archive"
    std::string template_name; // "register", "compliance", "dpia"
    nlohmann::json data;       // the report document plus document_kind, document_title (and dpia)
};

std::vector<Document> report_documents(const nlohmann::json& report, const Catalogue&);

/// Renders a document with its template; HTML gets the screen and print CSS inlined.
Rendered render_document(const TemplateSet&, const Document&, Markup, DiagramSources);

} // namespace privmap::reports
