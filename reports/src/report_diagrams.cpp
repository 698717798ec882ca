#include "report_diagrams.h"

#include "diagram.h"

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

/// The document's diagrams: a JSON pointer into its data and the file name beside it.
std::vector<std::pair<json::json_pointer, std::string>> diagrams_of(const json& data,
                                                                    const std::string& stem) {
    std::vector<std::pair<json::json_pointer, std::string>> found;
    for (const char* pointer : {"/diagrams/summary", "/dpia/diagram"}) {
        json::json_pointer at(pointer);
        if (data.contains(at) && data[at].is_object())
            found.emplace_back(at, stem + "-lineage.svg");
    }
    return found;
}

void add_entry_diagrams(json& section, const LineageDiagrams& diagrams, const Model& model,
                        Diagnostics& problems) {
    for (json& entry : section["entries"])
        for (std::size_t i = 0; i < model.activities.size(); ++i)
            if (model.activities[i].id == entry["id"])
                entry["diagram"] = svg_json(diagrams.activity(i), problems);
}
} // namespace

void add_diagrams(json& report, const Model& model, const LineageGraph& graph, const Catalogue& t,
                  Diagnostics& problems) {
    DiagramOptions options;
    options.text = diagram_text(t);
    LineageDiagrams diagrams(model, graph, options);
    report["diagrams"]["summary"] = svg_json(diagrams.summary(), problems);
    for (json& dpia : report["dpias"])
        for (std::size_t i = 0; i < model.dpias.size(); ++i)
            if (model.dpias[i].id == dpia["id"])
                dpia["diagram"] = svg_json(diagrams.dpia(i), problems);
    add_entry_diagrams(report["controller_register"], diagrams, model, problems);
    add_entry_diagrams(report["processor_register"], diagrams, model, problems);
}

json with_diagram_sources(const json& data, const std::string& stem, DiagramSources sources) {
    json copy = data;
    if (sources == DiagramSources::none)
        return copy;
    for (const auto& [pointer, file] : diagrams_of(data, stem)) {
        json& diagram = copy[pointer];
        diagram["src"] =
            sources == DiagramSources::files
                ? file
                : "data:image/svg+xml;base64," + base64(diagram["svg"].get<std::string>());
    }
    return copy;
}

std::vector<std::pair<std::string, std::string>> diagram_files(const json& data,
                                                               const std::string& stem) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& [pointer, file] : diagrams_of(data, stem))
        files.emplace_back(file, data[pointer]["svg"].get<std::string>());
    return files;
}

} // namespace privmap::reports
