// The lineage diagrams of a Markdown document as they print: each SVG file it shows, at the
// width the document gives it, for tests of what a reader sees on paper.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace privmap::test {

struct PrintedDiagram {
    std::string file;       // beside the document: "register-lineage.svg"
    double smallest_pt = 0; // the smallest text at print size, in points
    bool landscape = false; // on a landscape page
    std::string caption;    // the line above it: "Department: HR (activities 1–12 of 40)"
    std::string text;       // every text element's content, unescaped, space-separated
};

/// The diagrams `markdown` shows as `![…](file){width=…mm height=…mm}`, in order.
std::vector<PrintedDiagram> printed_diagrams(const std::filesystem::path& markdown);

/// Whether `name` appears whole in `text`, allowing it to be wrapped over lines: compared
/// without white space.
bool shows_whole(const std::string& text, const std::string& name);

} // namespace privmap::test
