// What the findings formats share; each format lives in its own findings_output_<format>.cpp.
#pragma once

#include <privmap/findings_output.h>
#include <string>
#include <string_view>

namespace privmap::findings_output {

/// The path a user reaches `file` by: the model root as given, joined with the model-relative
/// file ("examples/econnect" + "activities.toml").
std::string display_path(const Model&, std::string_view file);

/// "examples/econnect/activities.toml:12:5" (only the path when the line is unknown; "privmap"
/// when there is no file): where a diagnostic points, as every text output writes it.
std::string location_text(const Model&, const Location& where);

/// "model.dangling-ref" -> "model".
std::string rule_family(std::string_view rule_id);

/// "reason — approved by X, until 2027-01-01", in `lang`.
std::string waiver_text(const WaiverInfo&, std::string_view lang);

/// "error", "Fehler": a severity as a word of `lang` (the severity[rule] prefix of a finding
/// stays the same in every language, for the tools that read it).
std::string severity_word(Severity, std::string_view lang);

// Each format, written to the stream as it goes.
void write_text(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_json(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_sarif(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_github(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);

} // namespace privmap::findings_output
