// Lineage diagrams as SVG, laid out in-process by Graphviz: the whole model (summarised),
// one activity, one DPIA. Data moves left to right: subjects → activities → systems →
// parties → countries. See docs/diagrams.md.
#pragma once

#include <privmap/diagnostic.h>
#include <privmap/model.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace privmap {

/// The words a diagram shows, so the reports can translate them. `word(key, count)` gets
/// one of these keys and returns the text (count matters only for the "n-…" keys):
///   subject activity system party country third-country unknown-country special-data
///   legend other · n-subjects n-activities n-systems n-parties (a group: "34 activities")
///   role-<party role as in TOML> (e.g. role-sub-processor)
struct DiagramText {
    std::string language = "en"; // for country names ("Verenigde Staten")
    std::function<std::string(std::string_view key, std::size_t count)> word; // empty: English
};

struct DiagramOptions {
    /// The summary shows every entity while the picture has at most this many nodes, and
    /// groups them (activities by department, systems by country, …) beyond that.
    std::size_t max_nodes = 150;
    DiagramText text;
};

/// An SVG document fragment: one `<svg>` element that scales to the width of its container
/// (viewBox, no fixed size), ready to inline in HTML or save as a .svg file. Nodes link to
/// `#subject-<id>`, `#activity-<id>`, `#system-<id>`, `#party-<id>`; element ids start with
/// `diagram-<what>-` so several diagrams can share one page.
struct Svg {
    std::string text;        // empty when Graphviz failed
    Diagnostics diagnostics; // "report.diagram" when it did
};

/// Diagrams of one model. Construction indexes the model once (linear in its size); each
/// diagram is then laid out on its own. Not thread-safe (Graphviz is not).
class LineageDiagrams {
public:
    /// Keeps a reference to the model: it must outlive this object.
    explicit LineageDiagrams(const Model&, DiagramOptions = {});
    LineageDiagrams(Model&&, DiagramOptions = {}) = delete;
    ~LineageDiagrams();
    LineageDiagrams(const LineageDiagrams&) = delete;
    LineageDiagrams& operator=(const LineageDiagrams&) = delete;

    Svg summary() const;
    Svg activity(std::size_t index) const; // index into Model::activities
    Svg dpia(std::size_t index) const;     // index into Model::dpias: its activities together

    struct Index; // the model's ids, categories and flows per activity (defined in diagram.cpp)

private:
    const Model& model_;
    DiagramOptions options_;
    std::unique_ptr<Index> index_;
};

} // namespace privmap
