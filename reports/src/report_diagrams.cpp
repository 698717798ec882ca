#include "report_diagrams.h"

#include "diagram.h"
#include "documents.h"

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

json svg_json(Svg svg, Diagnostics& problems) {
    problems.insert(problems.end(), svg.diagnostics.begin(), svg.diagnostics.end());
    if (svg.text.empty())
        return false;
    return {{"svg", std::move(svg.text)}};
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

std::vector<DiagramPlace> diagrams_of(const Document& document) {
    std::vector<DiagramPlace> found;
    for (auto [key, pointer] : {std::pair{"diagrams", "/summary"}, {"dpia", "/diagram"}}) {
        json::json_pointer at(pointer);
        const json* value = document.find(key);
        if (value && value->contains(at) && (*value)[at].is_object())
            found.push_back({key, at, document.stem + "-lineage.svg"});
    }
    return found;
}

/// The index of the entity of kind `kind` whose id the report entry carries.
std::optional<std::size_t> index_of(const json& entry, EntityKind kind, const Model& model) {
    auto handle = model.find(entry["id"].get_ref<const std::string&>());
    return handle && handle->kind == kind ? std::optional(handle->index) : std::nullopt;
}

void add_entry_diagrams(json& section, const LineageDiagrams& diagrams, const Model& model,
                        Diagnostics& problems) {
    for (json& entry : section["entries"])
        if (auto activity = index_of(entry, EntityKind::activity, model))
            entry["diagram"] = svg_json(diagrams.activity(*activity), problems);
}
} // namespace

void add_diagrams(json& report, const Model& model, const LineageGraph& graph, const Catalogue& t,
                  Diagnostics& problems) {
    DiagramOptions options;
    options.text = diagram_text(t);
    LineageDiagrams diagrams(model, graph, options);
    report["diagrams"]["summary"] = svg_json(diagrams.summary(), problems);
    for (json& dpia : report["dpias"]) {
        auto index = index_of(dpia, EntityKind::dpia, model);
        // A DPIA that covers no activity has no lineage: its picture would be a legend alone.
        if (index && !dpia["description"]["activities"].empty())
            dpia["diagram"] = svg_json(diagrams.dpia(*index), problems);
    }
    add_entry_diagrams(report["controller_register"], diagrams, model, problems);
    add_entry_diagrams(report["processor_register"], diagrams, model, problems);
}

json with_diagram_sources(const Document& document, DiagramSources sources) {
    json own = document.own;
    if (sources == DiagramSources::none)
        return own;
    for (const DiagramPlace& place : diagrams_of(document)) {
        if (!own.contains(place.key))
            own[place.key] = *document.find(place.key);
        json& diagram = own[place.key][place.pointer];
        diagram["src"] =
            sources == DiagramSources::files
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
