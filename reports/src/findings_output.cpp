#include "findings_output_detail.h"
#include "render.h"

#include <cstdint>
#include <filesystem>
#include <sstream>

namespace privmap {
namespace findings_output {

std::string display_path(const Model& model, std::string_view file) {
    std::string root = model.root.generic_string();
    if (file.empty())
        return root;
    // The loader names a single-file model's file, and problems with the root itself (a
    // directory without .toml files), by the path as given: they are shown as they are.
    if (root.empty() || file == root || model.root.extension() == ".toml")
        return std::string(file);
    return (model.root / std::filesystem::path(file)).lexically_normal().generic_string();
}

std::string rule_family(std::string_view rule_id) {
    return std::string(rule_id.substr(0, rule_id.find('.')));
}

std::string waiver_text(const WaiverInfo& waiver, std::string_view lang) {
    return message_text(Message{"finding.waiver",
                                {{"reason", waiver.reason},
                                 {"approver", waiver.approved_by},
                                 {"expires", waiver.expires.str()}}},
                        lang);
}

std::string severity_word(Severity severity, std::string_view lang) {
    return message_text(
        Message{"finding.severity", {{"severity", std::string(to_string(severity))}}}, lang);
}

} // namespace findings_output

std::string_view homepage() {
    return PRIVMAP_HOMEPAGE;
}

std::string_view rule_docs_url() {
    return PRIVMAP_RULE_DOCS_URL;
}

std::string finding_fingerprint(const Diagnostic& d) {
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a
    for (std::string_view part : {std::string_view(d.rule), std::string_view(d.entity),
                                  std::string_view(d.where.file.path())}) {
        for (char c : part) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
        hash ^= 0xff;
        hash *= 1099511628211ull;
    }
    // 16 lowercase hex digits ("%016llx"), written without printf: JSON and SARIF print one per
    // finding.
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (auto digit = hex.rbegin(); digit != hex.rend(); ++digit, hash >>= 4)
        *digit = digits[hash & 0xF];
    return hex;
}

namespace {

std::string markdown_item(findings_output::LocationTexts& locations, const Diagnostic& d,
                          std::string_view lang) {
    using namespace findings_output;
    std::string where = reports::markdown_escape(locations(d.where));
    std::string item = "- **" + severity_word(d.severity, lang) + "** `" + d.rule + "` " +
                       message_text(Message{"finding.at", {{"location", where}}}, lang) + ": " +
                       reports::markdown_message(message_text(d.message, lang));
    if (d.waiver)
        item += " (" +
                message_text(
                    Message{"finding.waived",
                            {{"waiver", reports::markdown_escape(waiver_text(*d.waiver, lang))}}},
                    lang) +
                ")";
    return item + "\n";
}

} // namespace

std::string findings_markdown_summary(const Diagnostics& findings, const Model& model,
                                      int exit_code, std::string_view lang) {
    FindingsSummary summary = summarize(findings, exit_code);
    findings_output::LocationTexts locations(model);
    std::string open, waived;
    for (const Diagnostic& d : findings)
        (d.waiver ? waived : open) += markdown_item(locations, d, lang);
    std::string out = "## privmap: " + summary_line(summary, lang) + "\n\n";
    if (!open.empty())
        out += open + "\n";
    if (!waived.empty())
        out += "<details><summary>" +
               message_text(Message{"summary.waived-findings",
                                    {{"count", static_cast<long long>(summary.waived)}}},
                            lang) +
               "</summary>\n\n" + waived + "\n</details>\n";
    return out;
}

FindingsSummary summarize(const Diagnostics& findings, int exit_code) {
    FindingsSummary summary;
    summary.exit_code = exit_code;
    for (const Diagnostic& d : findings) {
        if (d.waiver)
            ++summary.waived;
        else if (d.severity == Severity::error)
            ++summary.errors;
        else if (d.severity == Severity::warning)
            ++summary.warnings;
        else
            ++summary.notes;
    }
    return summary;
}

std::string summary_line(const FindingsSummary& summary, std::string_view lang) {
    std::string line;
    auto count = [&line, lang](std::size_t n, const char* key) {
        if (n == 0)
            return;
        if (!line.empty())
            line += ", ";
        line += message_text(Message{key, {{"count", static_cast<long long>(n)}}}, lang);
    };
    count(summary.errors, "summary.errors");
    count(summary.warnings, "summary.warnings");
    count(summary.notes, "summary.notes");
    count(summary.waived, "summary.waived");
    return line.empty() ? message_text(Message{"summary.none", {}}, lang) : line;
}

std::string format_findings(const Diagnostics& findings, const Model& model, FindingsFormat format,
                            const FindingsOutputOptions& options) {
    std::ostringstream out;
    write_findings(out, findings, model, format, options);
    return std::move(out).str();
}

void write_findings(std::ostream& out, const Diagnostics& findings, const Model& model,
                    FindingsFormat format, const FindingsOutputOptions& options) {
    switch (format) {
    case FindingsFormat::json:
        return findings_output::write_json(out, findings, model, options);
    case FindingsFormat::sarif:
        return findings_output::write_sarif(out, findings, model, options);
    case FindingsFormat::github:
        return findings_output::write_github(out, findings, model, options);
    case FindingsFormat::text:
        break;
    }
    findings_output::write_text(out, findings, model, options);
}

} // namespace privmap
