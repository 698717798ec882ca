#include "documents.h"

namespace privmap::reports {
using nlohmann::json;

std::vector<Document> report_documents(const json& report, const Catalogue& t) {
    std::vector<Document> documents;
    auto make = [&](std::string stem, std::string template_name, const char* kind,
                    const json& title) {
        Document document{std::move(stem), std::move(template_name), report};
        document.data["document_kind"] = t.label(kind);
        document.data["document_title"] = title;
        return document;
    };
    documents.push_back(make("register", "register", "register_title", report["title"]));
    documents.push_back(make("compliance", "compliance", "compliance_title", report["title"]));
    documents.back().data.erase("diagrams");
    for (const json& dpia : report["dpias"]) {
        Document document =
            make(dpia["file"].get<std::string>(), "dpia", "dpia_title", dpia["title"]);
        document.data["dpia"] = dpia;
        document.data.erase("diagrams");
        documents.push_back(std::move(document));
    }
    return documents;
}

Rendered render_document(const TemplateSet& templates, const Document& document, Markup markup,
                         DiagramSources sources) {
    json data = with_diagram_sources(document.data, document.stem, sources);
    if (markup == Markup::html)
        data["css"] = {{"screen", templates.read("screen.css").value_or("")},
                       {"print", templates.read("print.css").value_or("")}};
    return render(templates, document.template_name, data, markup);
}

} // namespace privmap::reports
