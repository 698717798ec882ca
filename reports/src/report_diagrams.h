// The lineage diagrams in the report document: the summary for the register, one per DPIA,
// one per activity (HTML), and how each format refers to them.
#pragma once

#include "i18n.h"

#include <nlohmann/json.hpp>
#include <privmap/lineage.h>
#include <string>
#include <utility>
#include <vector>

namespace privmap::reports {

/// Adds the SVG of every diagram: report["diagrams"]["summary"]["svg"], each DPIA's
/// ["diagram"]["svg"] and each register entry's ["diagram"]["svg"]. Graphviz failures are
/// added to `problems` and leave the diagram out.
void add_diagrams(nlohmann::json& report, const Model&, const LineageGraph&, const Catalogue&,
                  Diagnostics& problems);

/// How a Markdown document refers to its diagrams: not at all (HTML inlines the SVG),
/// as files beside it, as files sized for upright pages only (DOCX and ODT have no
/// landscape pages), or embedded as data: URIs (for Pandoc, which runs sandboxed).
enum class DiagramSources { none, files, upright_files, embedded };

struct Document;

/// A copy of the document's own keys with ["src"] set on its diagrams (a diagram of the shared
/// report is copied into them first).
nlohmann::json with_diagram_sources(const Document&, DiagramSources);

/// The SVG files a Markdown document refers to: file name and contents.
std::vector<std::pair<std::string, std::string>> diagram_files(const Document&);

} // namespace privmap::reports
