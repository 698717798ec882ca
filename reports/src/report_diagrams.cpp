#include "report_diagrams.h"

#include "diagram.h"
#include "documents.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

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

/// Per activity: its entry's diagram (null when it has none).
using EntryDiagrams = std::vector<const json*>;

void add_entry_diagrams(json& section, const LineageDiagrams& diagrams, const Model& model,
                        EntryDiagrams& drawn, Diagnostics& problems) {
    for (json& entry : section["entries"])
        if (auto activity = index_of(entry, EntityKind::activity, model)) {
            entry["diagram"] = svg_json(diagrams.activity(*activity), problems);
            drawn[*activity] = &entry["diagram"];
        }
}

/// A department with more activities than this keeps one diagram on paper even when it prints
/// below 8 pt, so that a register of thousands of activities does not print thousands of
/// diagrams (each activity's own diagram is in its entry in HTML).
constexpr std::size_t most_split_activities = 25;

/// The activities by department, departments in the language's order, activities without one
/// last.
std::vector<std::pair<std::string, std::vector<std::size_t>>> by_department(const Model& model,
                                                                            const Catalogue& t) {
    std::map<std::string, std::vector<std::size_t>> departments;
    for (std::size_t a = 0; a < model.activities.size(); ++a)
        departments[model.activities[a].department].push_back(a);
    std::vector<std::pair<std::string, std::vector<std::size_t>>> sorted(departments.begin(),
                                                                         departments.end());
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
        return !a.first.empty() && (b.first.empty() || t.before(a.first, b.first));
    });
    return sorted;
}

/// The register's lineage as printed: the summary when its labels print at 8 pt or more; else
/// a diagram per department, and per activity for a department whose diagram does not.
json printed_lineage(const json& summary, bool summary_readable, const LineageDiagrams& diagrams,
                     const Model& model, const EntryDiagrams& drawn, const Catalogue& t,
                     Diagnostics& problems) {
    if (!summary.is_object() || summary_readable)
        return summary.is_object() ? json::array({summary}) : json::array();
    json figures = json::array();
    auto add = [&](json figure, const std::string& part) {
        if (!figure.is_object())
            return;
        if (!part.empty())
            figure["part"] = part;
        figures.push_back(std::move(figure));
    };
    for (const auto& [department, activities] : by_department(model, t)) {
        // One department (or none) for every activity: its diagram is the summary again.
        bool everything = activities.size() == model.activities.size();
        std::string part = everything
                               ? ""
                               : t.label("department") + ": " +
                                     (department.empty() ? t.label("not_recorded") : department);
        json whole = summary;
        bool readable = false;
        if (!everything) {
            Svg together =
                diagrams.together(activities, "lineage-" + std::to_string(figures.size()), part);
            readable = print_of(together.width, together.height).readable();
            whole = svg_json(std::move(together), problems);
        }
        if (readable || activities.size() == 1 || activities.size() > most_split_activities) {
            add(std::move(whole), part);
            continue;
        }
        for (std::size_t a : activities) {
            const Activity& activity = model.activities[a];
            const std::string& name = activity.name.empty() ? activity.id : activity.name;
            add(drawn[a] ? *drawn[a] : svg_json(diagrams.activity(a), problems),
                part.empty() ? name : part + " — " + name);
        }
    }
    return figures;
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
    EntryDiagrams drawn(model.activities.size(), nullptr);
    add_entry_diagrams(report["controller_register"], diagrams, model, drawn, problems);
    add_entry_diagrams(report["processor_register"], diagrams, model, drawn, problems);
    report["diagrams"]["print"] = printed_lineage(report["diagrams"]["summary"], summary_readable,
                                                  diagrams, model, drawn, t, problems);
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
