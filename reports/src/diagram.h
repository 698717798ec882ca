// Lineage diagrams as SVG, laid out in-process by Graphviz: the whole model (summarised),
// one activity, one DPIA. Data moves top to bottom (left to right when that prints larger):
// subjects → activities → systems → parties → countries. See docs/diagrams.md.
#pragma once

#include <cstddef>
#include <functional>
#include <privmap/diagnostic.h>
#include <privmap/lineage.h>
#include <privmap/model.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

/// How large a picture of `width` × `height` points prints: the factor it is scaled by on
/// paper (1: its natural size).
using PrintScale = std::function<double(double width, double height)>;

struct DiagramOptions {
    /// A diagram shows every entity while it has at most this many nodes (a fifth of them per
    /// column) and groups them beyond that: activities by department, systems by country, …
    /// Only the summary and very large activities or DPIAs reach it.
    std::size_t max_nodes = 150;
    DiagramText text;
    /// Given, a picture that prints below 8 pt top to bottom is laid out left to right too,
    /// and the one that prints larger kept.
    PrintScale print_scale;
};

/// An SVG document fragment: one `<svg>` element that scales to the width of its container
/// (viewBox, no fixed size), ready to inline in HTML or save as a .svg file. Nodes link to
/// `#subject-<id>`, `#activity-<id>`, `#system-<id>`, `#party-<id>`; element ids start with
/// `diagram-<what>-` so several diagrams can share one page.
struct Svg {
    std::string text;        // empty when Graphviz failed
    Diagnostics diagnostics; // "report.diagram" when it did
    /// The natural size in points (1/72 inch): drawn at this size every label has the point
    /// size the diagram gives it, at least `least_font_size`.
    double width = 0;
    double height = 0;
    /// Some boxes stand for groups of entities ("HR · 34 activities"): the picture was too big
    /// to show every entity.
    bool grouped = false;
};

/// The smallest text a diagram sets (flow labels and a node's second line), in points.
inline constexpr double least_font_size = 9;
/// The most a diagram is scaled down on paper: its smallest text prints at 8 pt.
inline constexpr double least_print_scale = 8.0 / least_font_size;

/// Diagrams of one resolved model, drawn from the analyzer's lineage graph (Analysis::graph),
/// so they show the edges the rules checked. Each diagram is laid out on its own, in time
/// linear in what it shows. Not thread-safe (Graphviz is not).
class LineageDiagrams {
public:
    /// Keeps references to the model and the graph: they must outlive this object.
    LineageDiagrams(const Model&, const LineageGraph&, DiagramOptions = {});
    LineageDiagrams(Model&&, const LineageGraph&, DiagramOptions = {}) = delete;
    LineageDiagrams(const Model&, LineageGraph&&, DiagramOptions = {}) = delete;

    Svg summary() const;
    Svg activity(std::size_t index) const; // index into Model::activities
    Svg dpia(std::size_t index) const;     // index into Model::dpias: its activities together
    /// Some activities together (indices into Model::activities), as a DPIA's diagram draws
    /// its activities; element ids start with `diagram-<id>`.
    Svg together(std::span<const std::size_t> activities, const std::string& id,
                 const std::string& title) const;
    /// The most boxes of one kind a diagram shows one by one: beyond it, it groups them.
    std::size_t most_per_column() const;

private:
    const Model& model_;
    const LineageGraph& graph_;
    DiagramOptions options_;
    std::vector<std::vector<EdgeId>> flows_under_; // per activity: the flows that run under it
};

} // namespace privmap
