// The one diagnostics type every stage produces: the loader's model errors, the analyzer's
// findings and the reports' tool failures are all a Diagnostic.
#pragma once

#include <privmap/types.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

enum class Severity { note, warning, error };
std::string_view to_string(Severity);
std::optional<Severity> parse_severity(std::string_view);

/// A secondary location that helps understand a diagnostic ("the other place of a duplicate").
struct Note {
    std::string message;
    Location where; // may be unknown
};

/// An accepted finding: the waiver that covers it, for the auditor.
struct WaiverInfo {
    std::string reason;
    std::string approved_by;
    Date expires;
    Location where;
};

struct Diagnostic {
    std::string rule; // stable id, "family.name": "model.dangling-ref"
    Severity severity = Severity::error;
    std::string entity;  // id of the entity the diagnostic is about, empty when none
    Location where;      // the offending key or value
    std::string message; // one sentence that names the entity and says why
    std::vector<Note> notes;
    std::string help;                 // the fix, as a DPO would make it
    std::optional<WaiverInfo> waiver; // set when a valid waiver accepts this finding
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics&);
/// The "did you mean" of every diagnostic: the candidate nearest to `word` by edit distance,
/// when it is near enough to be a likely typo; empty otherwise.
std::string_view likely_meant(std::string_view word, std::span<const std::string_view> candidates);

/// Sorts by file, line, column, rule, message: the order every output uses.
void sort_diagnostics(Diagnostics&);

/// Keeps, in order, the first `limit` diagnostics of each rule about each entity (about each
/// file when they name no entity), and notes on the last one kept how many more there are: an
/// activity with 10,000 unknown categories shows `limit` of them, not 10,000.
void cap_diagnostics(Diagnostics&, std::size_t limit);

/// What a rule says about itself: `privmap explain`, docs/rules/<id>.md and SARIF's rules[]
/// are all generated from these fields.
struct RuleInfo {
    std::string_view id;
    Severity severity;        // default severity
    std::string_view summary; // one line
    std::string_view what;    // what it checks
    std::string_view why;     // why it matters
    std::string_view legal;   // the legal ground: "GDPR Art. 30(1)(d)"
    std::string_view example; // a TOML snippet that triggers it
    std::string_view fix;     // how to fix it
};

} // namespace privmap
