#include <privmap/findings_output.h>

namespace privmap {

// Placeholder until the output formats land: one line a finding.
std::string format_findings(const Diagnostics& findings, const Model&, FindingsFormat, const FindingsOutputOptions&) {
    std::string out;
    for (const Diagnostic& d : findings)
        out += d.where.str() + ": " + std::string(to_string(d.severity)) + "[" + d.rule + "]: " + d.message + "\n";
    return out;
}

} // namespace privmap
