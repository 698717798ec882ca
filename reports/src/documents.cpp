#include "documents.h"

#include <algorithm>

namespace privmap::reports {
using nlohmann::json;

const json* Document::find(const std::string& key) const {
    if (auto found = own.find(key); found != own.end())
        return &*found;
    if (std::find(hidden.begin(), hidden.end(), key) != hidden.end())
        return nullptr;
    auto found = report->json().find(key);
    return found != report->json().end() ? &*found : nullptr;
}

std::vector<Document> report_documents(const json& report, const Catalogue& t) {
    auto shared = std::make_shared<const SharedData>(report);
    std::vector<Document> documents;
    auto make = [&](std::string stem, std::string template_name, const char* kind,
                    const json& title) {
        return Document{std::move(stem),
                        std::move(template_name),
                        shared,
                        json{{"document_kind", t.label(kind)}, {"document_title", title}},
                        {}};
    };
    documents.push_back(make("register", "register", "register_title", report["title"]));
    documents.push_back(make("compliance", "compliance", "compliance_title", report["title"]));
    documents.back().hidden.push_back("diagrams");
    for (const json& dpia : report["dpias"]) {
        Document document =
            make(dpia["file"].get<std::string>(), "dpia", "dpia_title", dpia["title"]);
        document.own["dpia"] = dpia;
        document.hidden.push_back("diagrams");
        documents.push_back(std::move(document));
    }
    return documents;
}

Rendered render_document(const TemplateSet& templates, const Document& document, Markup markup,
                         DiagramSources sources) {
    json own = with_diagram_sources(document, sources);
    if (markup == Markup::html)
        own["css"] = {{"screen", templates.read("screen.css").value_or("")},
                      {"print", templates.read("print.css").value_or("")}};
    return render(templates, document.template_name, *document.report, own, document.hidden,
                  markup);
}

} // namespace privmap::reports
