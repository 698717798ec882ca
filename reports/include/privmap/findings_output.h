// Findings as a compiler prints them (text), and in the formats CI tools read
// (JSON, SARIF 2.1.0, GitHub Actions annotations).
#pragma once

#include <privmap/analyzer.h>

#include <string>

namespace privmap {

enum class FindingsFormat { text, json, sarif, github };

struct FindingsOutputOptions {
    bool color = false; // ANSI colours in text output (only on a terminal)
};

std::string format_findings(const Diagnostics&, const Model&, FindingsFormat, const FindingsOutputOptions& = {});

} // namespace privmap
