#include "report_diagrams.h"

#include "diagram.h"
#include "documents.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <span>

namespace privmap::reports {
namespace {
using nlohmann::json;

DiagramText diagram_text(const Catalogue& t) {
    DiagramText text;
    text.language = t.lang();
    text.word = [&t](std::string_view key, std::size_t count) {
        if (key.starts_with("n-"))
            return t.message("diagram_" + std::string(key.substr(2)),
                             {{"count", static_cast<long long>(count)}});
        if (key.starts_with("role-"))
            return t.vocabulary("party_role", key.substr(5));
        return t.vocabulary("diagram", key);
    };
    return text;
}

// ---- on paper ----

/// The text box of an A4 page as print.css sets it (margins 20, 16, 22 and 16 mm), in points,
/// less room for a heading and a caption with the diagram.
struct Page {
    double width, height;
};
constexpr Page upright{504, 690};
constexpr Page sideways{751, 440};

/// How a diagram is printed: the scale at which it fits the page (at most 1, its natural size)
/// and whether on a landscape page.
struct Print {
    double scale = 1;
    bool landscape = false;

    bool readable() const { return scale >= least_print_scale; }
};

double scale_on(double width, double height, Page page) {
    if (width <= 0 || height <= 0)
        return 1;
    return std::min({1.0, page.width / width, page.height / height});
}

/// Upright while its labels stay 8 pt there, else on the page that prints it larger.
Print print_of(double width, double height) {
    double up = scale_on(width, height, upright), side = scale_on(width, height, sideways);
    if (up >= least_print_scale || up >= side)
        return {up, false};
    return {side, true};
}

/// A length in millimetres as Pandoc and CSS read it: "123.4mm".
std::string millimetres(double points) {
    std::array<char, 32> text{};
    auto end = std::to_chars(text.data(), text.data() + text.size(), points * 25.4 / 72,
                             std::chars_format::fixed, 1)
                   .ptr;
    return std::string(text.data(), end) + "mm";
}

/// A diagram for the document: its SVG and the size it prints at ("width", "height"), on a
/// landscape page when "landscape", with the size that fits an upright page too ("upright"),
/// for documents that have no landscape pages; false when Graphviz failed.
json svg_json(Svg svg, Diagnostics& problems) {
    problems.insert(problems.end(), svg.diagnostics.begin(), svg.diagnostics.end());
    if (svg.text.empty())
        return false;
    Print print = print_of(svg.width, svg.height);
    json diagram = {{"svg", std::move(svg.text)},
                    {"width", millimetres(svg.width * print.scale)},
                    {"height", millimetres(svg.height * print.scale)},
                    {"landscape", print.landscape}};
    if (print.landscape) {
        double scale = scale_on(svg.width, svg.height, upright);
        diagram["upright"] = {{"width", millimetres(svg.width * scale)},
                              {"height", millimetres(svg.height * scale)}};
    }
    return diagram;
}

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned chunk = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size())
            chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size())
            chunk |= static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[(chunk >> 18) & 63];
        out += alphabet[(chunk >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(chunk >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[chunk & 63] : '=';
    }
    return out;
}

/// One of a document's diagrams: the key of the document that holds it, where in that key's
/// value it is, and the file name beside the document.
struct DiagramPlace {
    std::string key;
    json::json_pointer pointer;
    std::string file;
};

/// The diagrams a Markdown document shows: the register's lineage as printed (one file or
/// more), a DPIA's diagram.
std::vector<DiagramPlace> diagrams_of(const Document& document) {
    std::vector<DiagramPlace> found;
    if (const json* diagrams = document.find("diagrams"); diagrams && diagrams->contains("print"))
        for (std::size_t i = 0; i < (*diagrams)["print"].size(); ++i)
            found.push_back({"diagrams", json::json_pointer("/print/" + std::to_string(i)),
                             document.stem + "-lineage" +
                                 (i == 0 ? "" : "-" + std::to_string(i + 1)) + ".svg"});
    json::json_pointer at("/diagram");
    if (const json* dpia = document.find("dpia");
        dpia && dpia->contains(at) && (*dpia)[at].is_object())
        found.push_back({"dpia", at, document.stem + "-lineage.svg"});
    return found;
}

/// The index of the entity of kind `kind` whose id the report entry carries.
std::optional<std::size_t> index_of(const json& entry, EntityKind kind, const Model& model) {
    auto handle = model.find(entry["id"].get_ref<const std::string&>());
    return handle && handle->kind == kind ? std::optional(handle->index) : std::nullopt;
}

/// An activity's own diagram, as its register entry shows it.
struct EntryDiagram {
    const json* figure = nullptr; // null: none drawn
    double area = 0;              // its natural width × height, in square points
};
using EntryDiagrams = std::vector<EntryDiagram>;

/// Adds each entry's diagram; `order` gets the entries' activities in register order.
void add_entry_diagrams(json& section, const LineageDiagrams& diagrams, const Model& model,
                        EntryDiagrams& drawn, std::vector<std::size_t>& order,
                        Diagnostics& problems) {
    for (json& entry : section["entries"])
        if (auto activity = index_of(entry, EntityKind::activity, model)) {
            Svg svg = diagrams.activity(*activity);
            double area = svg.width * svg.height;
            entry["diagram"] = svg_json(std::move(svg), problems);
            drawn[*activity] = {&entry["diagram"], area};
            order.push_back(*activity);
        }
}

struct Department {
    std::string name; // empty: activities without one
    std::vector<std::size_t> activities;
};

/// The activities by department in register order (`order`), departments in the language's
/// order, activities without one last.
std::vector<Department> by_department(const Model& model, const std::vector<std::size_t>& order,
                                      const Catalogue& t) {
    std::map<std::string, std::vector<std::size_t>> departments;
    for (std::size_t a : order)
        departments[model.activities[a].department].push_back(a);
    std::vector<Department> sorted;
    for (auto& [name, activities] : departments)
        sorted.push_back({name, std::move(activities)});
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
        return !a.name.empty() && (b.name.empty() || t.before(a.name, b.name));
    });
    return sorted;
}

/// The room a page gives a diagram printed at 8 pt, in square points of its natural size.
constexpr double page_room =
    std::max(upright.width * upright.height, sideways.width* sideways.height) /
    (least_print_scale * least_print_scale);

/// How much of the room of their own diagrams some activities take drawn together: they
/// share subjects, systems and parties. Measured on generated models (docs/diagrams.md).
constexpr double shared_room = 0.8;

/// A diagram drawn again from the one already on the page: its <svg> element with a <use> of
/// the picture's outermost group (Graphviz's, named `diagram-…`); "" when the SVG has none.
std::string svg_by_reference(const std::string& svg) {
    std::size_t open_end = svg.find('>');
    std::size_t group = svg.find("<g id=\"");
    if (open_end == std::string::npos || group == std::string::npos)
        return "";
    std::size_t id = group + 7, id_end = svg.find('"', id);
    std::size_t title = svg.find("<title>"), title_end = svg.find("</title>");
    std::string named = title < group && title_end < group
                            ? svg.substr(title, title_end + 8 - title)
                            : std::string();
    return svg.substr(0, open_end + 1) + "\n" + named + "<use href=\"#" +
           svg.substr(id, id_end - id) + "\"/>\n</svg>";
}

/// The register's lineage on paper, department by department: a department's activities
/// together, in runs of consecutive activities when they do not print at 8 pt together
/// ("Department: HR (activities 1–12 of 40)"), each alone when even two do not.
class PrintedLineage {
public:
    PrintedLineage(const LineageDiagrams& diagrams, const Model& model, const EntryDiagrams& drawn,
                   const Catalogue& t, Diagnostics& problems)
        : diagrams_(diagrams), model_(model), drawn_(drawn), t_(t), problems_(problems) {}

    /// `caption` names the department, empty for the whole register.
    void add_department(const std::string& caption, std::span<const std::size_t> activities) {
        std::size_t begin = 0;
        while (begin < activities.size()) {
            std::size_t end = run_end(activities, begin);
            add_run(caption, activities, begin, end);
            begin = end;
        }
    }

    json figures = json::array();

private:
    /// Where the run of activities from `begin` ends: as many as their own diagrams suggest
    /// fit a page together (shared_room), and no more than a diagram shows by name.
    std::size_t run_end(std::span<const std::size_t> activities, std::size_t begin) const {
        std::size_t end = begin + 1;
        double room = drawn_[activities[begin]].area * shared_room;
        while (end < activities.size() && end - begin < diagrams_.most_per_column()) {
            room += drawn_[activities[end]].area * shared_room;
            if (room > page_room)
                break;
            ++end;
        }
        return end;
    }

    /// Activities [begin, end) of the department, together when they print at 8 pt, else
    /// halved.
    void add_run(const std::string& caption, std::span<const std::size_t> activities,
                 std::size_t begin, std::size_t end) {
        if (end - begin == 1)
            return add_alone(caption, activities[begin]);
        std::string part = end - begin == activities.size()
                               ? caption
                               : run_caption(caption, begin, end, activities);
        Svg run = draw(activities.subspan(begin, end - begin), part);
        if (prints_whole(run))
            return add(svg_json(std::move(run), problems_), part);
        std::size_t middle = begin + (end - begin) / 2;
        add_run(caption, activities, begin, middle);
        add_run(caption, activities, middle, end);
    }

    /// One activity: its own diagram, as its entry shows it. The HTML register holds that
    /// diagram in the entry already, so it shows it here by reference, not as a second copy.
    void add_alone(const std::string& caption, std::size_t a) {
        const Activity& activity = model_.activities[a];
        const std::string& name = activity.name.empty() ? activity.id : activity.name;
        std::string part = caption.empty() ? name : caption + " — " + name;
        if (!drawn_[a].figure)
            return add(svg_json(diagrams_.activity(a), problems_), part);
        json figure = *drawn_[a].figure;
        if (std::string shown = svg_by_reference(figure["svg"].get<std::string>()); !shown.empty())
            figure["svg_by_reference"] = std::move(shown);
        add(std::move(figure), part);
    }

    /// "Department: HR (activities 1–12 of 40)" for activities [begin, end).
    std::string run_caption(const std::string& caption, std::size_t begin, std::size_t end,
                            std::span<const std::size_t> activities) const {
        std::string run =
            t_.message("diagram_run", {{"first", static_cast<long long>(begin + 1)},
                                       {"last", static_cast<long long>(end)},
                                       {"count", static_cast<long long>(activities.size())}});
        return (caption.empty() ? t_.label("lineage") : caption) + " (" + run + ")";
    }

    Svg draw(std::span<const std::size_t> activities, const std::string& title) const {
        return diagrams_.together(activities, "lineage-" + std::to_string(figures.size()), title);
    }

    /// Every activity by name, every text at 8 pt or more.
    static bool prints_whole(const Svg& svg) {
        return !svg.grouped && print_of(svg.width, svg.height).readable();
    }

    void add(json figure, const std::string& part) {
        if (!figure.is_object())
            return;
        if (!part.empty())
            figure["part"] = part;
        figures.push_back(std::move(figure));
    }

    const LineageDiagrams& diagrams_;
    const Model& model_;
    const EntryDiagrams& drawn_;
    const Catalogue& t_;
    Diagnostics& problems_;
};

/// The register's lineage as printed: the summary when its labels print at 8 pt or more; else
/// diagrams per department (PrintedLineage).
json printed_lineage(const json& summary, bool summary_readable, const LineageDiagrams& diagrams,
                     const Model& model, const EntryDiagrams& drawn,
                     const std::vector<std::size_t>& order, const Catalogue& t,
                     Diagnostics& problems) {
    if (!summary.is_object() || summary_readable)
        return summary.is_object() ? json::array({summary}) : json::array();
    PrintedLineage printed(diagrams, model, drawn, t, problems);
    for (const Department& department : by_department(model, order, t)) {
        // One department (or none) for every activity: no need to name it.
        bool everything = department.activities.size() == model.activities.size();
        printed.add_department(
            everything ? ""
                       : t.label("department") + ": " +
                             (department.name.empty() ? t.label("not_recorded") : department.name),
            department.activities);
    }
    return std::move(printed.figures);
}
} // namespace

void add_diagrams(json& report, const Model& model, const LineageGraph& graph, const Catalogue& t,
                  Diagnostics& problems) {
    DiagramOptions options;
    options.text = diagram_text(t);
    options.print_scale = [](double width, double height) { return print_of(width, height).scale; };
    LineageDiagrams diagrams(model, graph, options);
    Svg summary = diagrams.summary();
    bool summary_readable = print_of(summary.width, summary.height).readable();
    report["diagrams"]["summary"] = svg_json(std::move(summary), problems);
    for (json& dpia : report["dpias"]) {
        auto index = index_of(dpia, EntityKind::dpia, model);
        // A DPIA that covers no activity has no lineage: its picture would be a legend alone.
        if (index && !dpia["description"]["activities"].empty())
            dpia["diagram"] = svg_json(diagrams.dpia(*index), problems);
    }
    EntryDiagrams drawn(model.activities.size());
    std::vector<std::size_t> order; // the activities in register order
    add_entry_diagrams(report["controller_register"], diagrams, model, drawn, order, problems);
    add_entry_diagrams(report["processor_register"], diagrams, model, drawn, order, problems);
    report["diagrams"]["print"] = printed_lineage(report["diagrams"]["summary"], summary_readable,
                                                  diagrams, model, drawn, order, t, problems);
}

json with_diagram_sources(const Document& document, DiagramSources sources) {
    json own = document.own;
    if (sources == DiagramSources::none)
        return own;
    for (const DiagramPlace& place : diagrams_of(document)) {
        if (!own.contains(place.key))
            own[place.key] = *document.find(place.key);
        json& diagram = own[place.key][place.pointer];
        if (sources == DiagramSources::upright_files && diagram.contains("upright")) {
            diagram["width"] = diagram["upright"]["width"];
            diagram["height"] = diagram["upright"]["height"];
        }
        diagram["src"] =
            sources != DiagramSources::embedded
                ? place.file
                : "data:image/svg+xml;base64," + base64(diagram["svg"].get<std::string>());
    }
    return own;
}

std::vector<std::pair<std::string, std::string>> diagram_files(const Document& document) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const DiagramPlace& place : diagrams_of(document))
        files.emplace_back(place.file,
                           (*document.find(place.key))[place.pointer]["svg"].get<std::string>());
    return files;
}

} // namespace privmap::reports
