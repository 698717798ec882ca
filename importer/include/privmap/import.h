// Importing a register a DPO already has: the source is read into a draft model, which is
// written as a model directory that loads, with a comment at every place where the source did
// not say what the model needs. Those gaps then show as findings of `privmap check`; nothing is
// invented.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace privmap {

enum class ImportFormat { avg_register, fides, xlsx };

/// What became of one value of the source.
struct ImportEntry {
    enum class Kind { imported, guessed, gap, left_out };
    Kind kind;
    std::string where; // the place in the source: "verwerkingen[2].grondslag"
    std::string what;  // "`Wettelijke verplichting` as `legal-obligation`"
};
std::string_view to_string(ImportEntry::Kind);

struct ImportResult {
    /// The model's files, relative path -> TOML text; empty when the source could not be read.
    std::map<std::string, std::string> files;
    std::vector<ImportEntry> entries; // in source order
    std::string error;                // why the source could not be read at all ("" when it could)
};

/// What the user tells the importer that the source may not say.
struct ImportOptions {
    std::string country; // where the organisation is established (ISO 3166-1 alpha-2) or ""
    /// The report catalogues by language (templates/i18n/<lang>.json, as JSON text): the
    /// column headings and value labels of privmap's own XLSX register, which `--from xlsx`
    /// reads back.
    std::map<std::string, std::string> catalogues;
    /// The catalogue keys of the register sheets' column headings, in any order.
    std::vector<std::string> register_columns;
};

/// Reads `source` (its bytes; `name` is how messages name it) in `format`.
ImportResult import_register(ImportFormat format, const std::string& source,
                             const std::string& name, const ImportOptions& options = {});

/// One file of a source kept in several, such as a folder of Fides manifests.
struct ImportFile {
    std::string name; // how messages name it
    std::string bytes;
};
/// Reads a source of several files as one register; only `fides` reads more than one.
ImportResult import_register(ImportFormat format, const std::vector<ImportFile>& files,
                             const ImportOptions& options = {});

/// The report of an import for people: counts, then every guess, gap and left-out value.
std::string import_report(const ImportResult&);

} // namespace privmap
