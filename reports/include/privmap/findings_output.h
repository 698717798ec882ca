// Findings as a compiler prints them (text), in the formats CI tools read (JSON, SARIF 2.1.0,
// GitHub Actions annotations), and each rule's own documentation (`privmap explain`, docs/rules).
#pragma once

#include <cstddef>
#include <deque>
#include <ostream>
#include <privmap/analyzer.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

enum class FindingsFormat { text, json, sarif, github };

/// What CI reads at a glance: unwaived findings per severity, waived ones, privmap's exit code.
struct FindingsSummary {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t notes = 0;
    std::size_t waived = 0;
    int exit_code = 0;
};

FindingsSummary summarize(const Diagnostics&, int exit_code);
/// "3 errors, 2 warnings, 1 waived"; "no findings" when there are none; in `lang` (the
/// catalogue's `summary.*` messages).
std::string summary_line(const FindingsSummary&, std::string_view lang = "en");

/// privmap's home page, and the folder of its rules' pages ("<id>.md" is appended): SARIF's
/// informationUri and helpUri. Set when privmap is built (-DPRIVMAP_HOMEPAGE=...).
std::string_view homepage();
std::string_view rule_docs_url();

struct FindingsOutputOptions {
    bool color = false;       // ANSI colours in text output (only on a terminal)
    int exit_code = 0;        // reported in the JSON summary and SARIF's invocation
    std::string tool_version; // SARIF tool.driver.version
    std::string lang = "en";  // the language of messages, notes and help (a catalogue's name)
    // GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and
    // drops the rest silently; past this many, one annotation says how many more there are.
    std::size_t annotations_per_kind = 10;
};

/// Paths are shown as the user reaches them: the model root as given, joined with the file.
std::string format_findings(const Diagnostics&, const Model&, FindingsFormat,
                            const FindingsOutputOptions& = {});
/// The same, written to `out` finding by finding (in every format), so that the output of a
/// large register is never held whole in memory.
void write_findings(std::ostream& out, const Diagnostics&, const Model&, FindingsFormat,
                    const FindingsOutputOptions& = {});

/// A Markdown summary of the findings for a CI page (GitHub's $GITHUB_STEP_SUMMARY): the counts,
/// then every unwaived finding with its location, then the waived ones; in `lang`.
std::string findings_markdown_summary(const Diagnostics&, const Model&, int exit_code,
                                      std::string_view lang = "en");

/// Stable across edits that move lines or reword a message: a hash of the rule, the entity and
/// the file. SARIF's partialFingerprints and the JSON's `fingerprint` carry it.
std::string finding_fingerprint(const Diagnostic&);

/// `message` in `lang`, from the catalogue templates/i18n/<lang>.json that privmap ships
/// (English when there is none); a key no catalogue has is shown as the key itself.
std::string message_text(const Message& message, std::string_view lang = "en");
/// message_text(message, lang) appended to `out`: a writer of tens of thousands of findings
/// reuses one buffer instead of a string per message.
void append_message_text(std::string& out, const Message& message, std::string_view lang);
/// `rule` with its words in `lang`: the summary, what it checks, why, the legal ground and the
/// fix, from the catalogue's `rule`, `rule_what`, `rule_why`, `rule_legal` and `rule_fix`
/// tables; the rule's own (English) words where there are none. The result points into
/// `words`, which must outlive it.
RuleInfo rule_in(const RuleInfo& rule, std::string_view lang, std::deque<std::string>& words);
/// Whether privmap ships a message catalogue for `lang` ("nl", "en"; "nl-NL" reads nl).
bool has_catalogue(std::string_view lang);

/// One rule's documentation in `lang`: what it checks, why, the legal ground, an example, the
/// fix. docs/rules/<id>.md is the English Markdown.
std::string explain_text(const RuleInfo&, std::string_view lang = "en");
std::string explain_markdown(const RuleInfo&, std::string_view lang = "en");

enum class RulesFormat { text, json, markdown };
/// The catalogue: a table (text), {"rules":[{id, severity, summary, legal}]} (json), or
/// docs/rules/README.md, each rule linked to its page (markdown).
std::string format_rules(const std::vector<RuleInfo>&, RulesFormat);

} // namespace privmap
