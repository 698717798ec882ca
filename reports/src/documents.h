// The documents of a report: the register, the compliance report and one per DPIA, each a
// file stem, a template and the data that template sees.
#pragma once

#include "i18n.h"
#include "render.h"
#include "report_diagrams.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace privmap::reports {

/// What a document's template sees is the report document, which every document shares and
/// none copies (a copy each made the report of a register with 1,000 DPIAs take gigabytes),
/// with keys of its own over it.
struct Document {
    std::string stem;          // file name without extension: "register", "dpia-archive"
    std::string template_name; // "register", "compliance", "dpia"
    std::shared_ptr<const SharedData> report;
    nlohmann::json own;              // document_kind, document_title (and dpia)
    std::vector<std::string> hidden; // keys of the report it does not show

    /// The value its template sees under `key`: its own, else the report's unless hidden.
    const nlohmann::json* find(const std::string& key) const;
};

/// The documents of `report`, which must outlive them.
std::vector<Document> report_documents(const nlohmann::json& report, const Catalogue&);

/// Renders a document with its template; HTML gets the screen and print CSS inlined.
Rendered render_document(const TemplateSet&, const Document&, Markup, DiagramSources);

} // namespace privmap::reports
