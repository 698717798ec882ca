// Reports: the Art. 30 register, DPIA reports, the compliance report and lineage diagrams,
// rendered from one JSON report document through templates into the document formats.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <privmap/analyzer.h>
#include <string>
#include <vector>

namespace privmap {

/// The model as it was at an earlier git revision: the register and the compliance report
/// then carry a change log since it (`privmap report --since REV`).
struct EarlierRevision {
    std::string revision; // as the user named it: "main", "v1.2", "HEAD~3"
    std::string commit;   // the full hash it resolved to
    const Model* model = nullptr;
    const Analysis* analysis = nullptr;
};

/// Where a report's model came from, beyond the model itself: the colophon of every document.
struct Provenance {
    std::string privmap_version;
    std::string git_commit;    // the commit the model's folder is at, when it is in git
    bool git_modified = false; // its files differ from that commit (or are not committed)
    std::optional<EarlierRevision> since;
};

struct ReportOptions {
    std::filesystem::path out_dir;
    std::vector<std::string> formats{"html", "pdf"}; // html pdf docx odt md csv xlsx pia-json
    std::string lang;                                // nl | en; empty: the model's language
    Date today;
    std::optional<std::filesystem::path> templates_dir; // overrides the shipped templates
    unsigned tool_seconds = 120; // each run of Pandoc (and WeasyPrint) is stopped after this
    /// The most Markdown typeset as PDF in one report: WeasyPrint takes about a CPU second
    /// for 10 KB, so a register of a few hundred activities would take minutes.
    std::uintmax_t pdf_bytes = 256u << 10;
    /// The PDF's conformance, as WeasyPrint names it: "pdf/a-3b" (archival, untagged) or
    /// "pdf/ua-1" (tagged, accessible); WeasyPrint 57 writes one or the other.
    std::string pdf_variant = "pdf/a-3b";
    Provenance provenance;
};

/// Writes every report in every requested format into options.out_dir. Tool failures are
/// returned as diagnostics (rule "report.tool"); `written`, when given, receives the paths of
/// the files written, in the order they were written.
Diagnostics write_reports(const Model&, const Analysis&, const ReportOptions&,
                          std::vector<std::filesystem::path>* written = nullptr);

/// The shipped report catalogues by language (templates/i18n/<lang>.json, as JSON text): the
/// headings and labels the register sheets are written in, which `privmap import` reads back.
std::map<std::string, std::string> report_catalogues();
/// The catalogue keys (labels) of every column heading of the register sheets.
std::vector<std::string> register_column_keys();

} // namespace privmap
