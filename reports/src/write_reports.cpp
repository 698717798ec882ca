// privmap report: the report document, rendered through the templates into each format.
#include "convert.h"
#include "documents.h"
#include "model_tables.h"
#include "overview_tables.h"
#include "register_table.h"
#include "report_data.h"
#include "tables.h"

#include <algorithm>
#include <privmap/languages.h>
#include <privmap/reports.h>

namespace privmap {
namespace {
using nlohmann::json;
using namespace reports;
namespace fs = std::filesystem;

Diagnostic report_problem(const RuleInfo& rule, std::string message, std::string help) {
    Diagnostic diagnostic;
    diagnostic.rule = Symbol(rule.id);
    diagnostic.severity = rule.severity;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

/// The catalogue of the language tag `tag` ("nl-NL" reads i18n/nl.json); English, with a
/// warning, when privmap has none for it. Only the tag's primary language, letters alone,
/// names the file: a language is never a path.
std::optional<Catalogue> load_catalogue(const TemplateSet& templates, const std::string& tag,
                                        Diagnostics& problems) {
    std::string lang = primary_language(tag).value_or("");
    std::string name = "i18n/" + lang + ".json";
    auto text = lang.empty() ? std::nullopt : templates.read(name);
    if (!text && lang != "en") {
        Diagnostic fallback = report_problem(report_rule::lang,
                                             "no message catalogue for language `" + tag +
                                                 "`: the reports are in English",
                                             "use --lang with one of " + language_choices() +
                                                 ", or add templates/i18n/<language>.json");
        problems.push_back(fallback);
        return load_catalogue(templates, "en", problems);
    }
    if (!text) {
        problems.push_back(report_problem(report_rule::template_,
                                          "the message catalogue `" + name + "` is missing",
                                          "reinstall privmap or add it to the --templates folder"));
        return std::nullopt;
    }
    json messages = json::parse(*text, nullptr, false);
    if (messages.is_discarded() || !messages.is_object()) {
        problems.push_back(report_problem(report_rule::template_,
                                          "the message catalogue `" + name + "` is not valid JSON",
                                          "check the file with a JSON validator"));
        return std::nullopt;
    }
    return Catalogue(std::move(messages), lang);
}

/// Who a document is by, as its metadata says: who adopted the register (`[model] adopted.by`),
/// else the organisation; "" when the model names neither.
std::string document_author(const Model& model) {
    if (model.info.adopted && !model.info.adopted->by.empty())
        return model.info.adopted->by;
    return model.organisation ? model.organisation->name : "";
}

/// The title PDF, DOCX and ODT carry as metadata: the kind of document and its title, on one
/// line (the register and the compliance report of a model share their title).
std::string metadata_title(const Document& document) {
    return document.own["document_kind"].get<std::string>() + " \u2014 " +
           document.own["document_title"].get<std::string>();
}

class ReportWriter {
public:
    ReportWriter(const TemplateSet& templates, const Catalogue& catalogue,
                 const ReportOptions& options, std::string author, Diagnostics& problems,
                 std::vector<fs::path>& written)
        : templates_(templates), t_(catalogue), options_(options), author_(std::move(author)),
          problems_(problems), written_(written), pdf_bytes_left_(options.pdf_bytes) {}

    void write(const Document& document, const std::string& format) {
        if (format == "html")
            return write_rendered(document, Markup::html, DiagramSources::none,
                                  document.stem + ".html");
        if (format == "md") {
            for (const auto& [file, svg] : diagram_files(document))
                emit(file, svg);
            return write_rendered(document, Markup::markdown, DiagramSources::files,
                                  document.stem + ".md");
        }
        DocumentFormat target = format == "pdf"    ? DocumentFormat::pdf
                                : format == "docx" ? DocumentFormat::docx
                                                   : DocumentFormat::odt;
        // PDF embeds the diagrams (Pandoc runs sandboxed); DOCX and ODT get them as files, so
        // that Pandoc adds a PNG for word processors that show no SVG.
        bool pdf = target == DocumentFormat::pdf;
        Rendered markdown =
            render_document(templates_, document, Markup::markdown,
                            pdf ? DiagramSources::embedded : DiagramSources::upright_files);
        if (!template_ok(markdown) || (pdf && !pdf_affordable(document.stem, markdown)))
            return;
        Converted converted =
            convert({markdown.text, metadata_title(document), t_.lang(),
                     templates_.path_of("print.css"), options_.today, options_.tool_seconds,
                     templates_.path_of("reference." + format), t_.label("contents"),
                     pdf ? Resources{} : diagram_files(document), options_.pdf_variant, author_},
                    target);
        if (converted.failure)
            problems_.push_back(*converted.failure);
        else
            emit(document.stem + "." + format, converted.bytes);
    }

    void write_tables(const Model& model, const Analysis& analysis, const Document& register_,
                      const std::string& format) {
        auto table = [&](bool processor) {
            return register_table(build_register(model, analysis, t_, options_.today, processor),
                                  t_, processor);
        };
        Table controller = table(false);
        Table processor = table(true);
        Builder b(model, analysis, t_, options_.today);
        std::vector<OverviewTable> overviews = overview_tables(b);
        if (format == "csv") {
            // Excel splits a CSV at its locale's list separator: ';' where the decimal mark is a
            // comma (Dutch, German, French), ',' in English.
            char separator = t_.lang() == "en" || t_.lang().starts_with("en-") ? ',' : ';';
            emit("register.csv", to_csv(controller, separator));
            if (!processor.rows.empty())
                emit("processor-register.csv", to_csv(processor, separator));
            for (const OverviewTable& overview : overviews)
                if (!overview.table.rows.empty())
                    emit("register-" + overview.stem + ".csv", to_csv(overview.table, separator));
            return;
        }
        // The workbook holds the register's appendix and the findings too; CSV only the
        // register and its overviews, one file per table.
        std::vector<Table> sheets;
        auto add = [&](Table sheet, bool always) {
            if (always || !sheet.rows.empty())
                sheets.push_back(std::move(sheet));
        };
        add(organisation_table(b), false);
        add(std::move(controller), true);
        add(std::move(processor), false);
        add(parties_table(b), false);
        for (OverviewTable& overview : overviews)
            add(std::move(overview.table), false);
        add(findings_table(b), true); // without rows it says that there are none
        fs::path xlsx = options_.out_dir / "register.xlsx";
        if (auto failure = write_xlsx(sheets, xlsx, workbook_info(model, register_)))
            problems_.push_back(*failure);
        else
            written_.push_back(xlsx);
    }

    /// Each DPIA as `<its report's stem>.pia.json`, to import into the CNIL PIA application.
    void write_pia(const Model& model, const Analysis& analysis) {
        Builder b(model, analysis, t_, options_.today);
        for (const Dpia& dpia : model.dpias)
            emit(b.dpia_file(dpia.id) + ".pia.json", pia_export(b, dpia).dump(2) + "\n");
    }

private:
    /// The register's title and author, as its PDF has them; the organisation as company.
    WorkbookInfo workbook_info(const Model& model, const Document& register_) const {
        return {.title = metadata_title(register_),
                .subject = t_.label("art_30_1") + "; " + t_.label("art_30_2"),
                .author = author_,
                .company = model.organisation ? model.organisation->name : "",
                .language = t_.lang(),
                .created = options_.today};
    }

    /// Writes one file of the report; a failure is added to the problems.
    void emit(const std::string& file, std::string_view bytes) {
        fs::path path = options_.out_dir / file;
        if (auto failure = write_file_atomically(path, bytes))
            problems_.push_back(*failure);
        else
            written_.push_back(path);
    }

    /// Refuses, at once and with the reason, PDFs that would take minutes to typeset: the
    /// first that does not fit in the limit and every one after it.
    bool pdf_affordable(const std::string& stem, const Rendered& markdown) {
        if (pdf_refused_)
            return false;
        if (markdown.text.size() <= pdf_bytes_left_) {
            pdf_bytes_left_ -= markdown.text.size();
            return true;
        }
        pdf_refused_ = true;
        std::uintmax_t total = options_.pdf_bytes - pdf_bytes_left_ + markdown.text.size();
        problems_.push_back(report_problem(
            report_rule::tool,
            stem + ".pdf and the PDFs after it are not written: their text would reach " +
                std::to_string(total) + " bytes, more than the limit of " +
                std::to_string(options_.pdf_bytes) +
                " that WeasyPrint typesets in reasonable time (about a second for 10 KB)",
            "write html or docx for a model this large, or raise the limit: --limit "
            "pdf-bytes=" +
                std::to_string(2 * total)));
        return false;
    }

    bool template_ok(const Rendered& rendered) {
        if (rendered.error.empty())
            return true;
        problems_.push_back(
            report_problem(report_rule::template_, rendered.error,
                           "compare the template with the shipped one (docs/templates.md)"));
        return false;
    }

    void write_rendered(const Document& document, Markup markup, DiagramSources sources,
                        const std::string& file) {
        Rendered rendered = render_document(templates_, document, markup, sources);
        if (template_ok(rendered))
            emit(file, rendered.text);
    }

    const TemplateSet& templates_;
    const Catalogue& t_;
    const ReportOptions& options_;
    std::string author_; // document_author
    Diagnostics& problems_;
    std::vector<fs::path>& written_;
    std::uintmax_t pdf_bytes_left_;
    bool pdf_refused_ = false;
};

constexpr std::string_view known_formats[] = {"html", "pdf", "docx", "odt",
                                              "md",   "csv", "xlsx", "pia-json"};
} // namespace

Diagnostics write_reports(const Model& model, const Analysis& analysis,
                          const ReportOptions& options, std::vector<fs::path>* written) {
    std::vector<fs::path> files;
    Diagnostics problems;
    for (const std::string& format : options.formats)
        if (std::find(std::begin(known_formats), std::end(known_formats), format) ==
            std::end(known_formats))
            problems.push_back(
                report_problem(report_rule::format, "unknown report format `" + format + "`",
                               "use html, pdf, docx, odt, md, csv, xlsx or pia-json"));
    TemplateSet templates(options.templates_dir);
    std::string lang = options.lang.empty() ? model.info.language : options.lang;
    std::optional<Catalogue> catalogue = load_catalogue(templates, lang, problems);
    if (!catalogue || has_errors(problems))
        return problems;
    std::error_code error;
    fs::create_directories(options.out_dir, error);
    if (error) {
        problems.push_back(report_problem(report_rule::write,
                                          "cannot create the output folder `" +
                                              options.out_dir.string() + "`: " + error.message(),
                                          "choose a folder you can write to with -o"));
        return problems;
    }
    json report = build_report_data(model, analysis, *catalogue, options.today, options.provenance);
    add_diagrams(report, model, analysis.graph, *catalogue, problems);
    ReportWriter writer(templates, *catalogue, options, document_author(model), problems, files);
    std::vector<Document> documents = report_documents(report, *catalogue);
    for (const std::string& format : options.formats) {
        if (format == "csv" || format == "xlsx") {
            writer.write_tables(model, analysis, documents.front(), format); // the register
            continue;
        }
        if (format == "pia-json") {
            writer.write_pia(model, analysis);
            continue;
        }
        for (const Document& document : documents)
            writer.write(document, format);
    }
    if (written)
        *written = std::move(files);
    return problems;
}

std::map<std::string, std::string> report_catalogues() {
    std::map<std::string, std::string> catalogues;
    std::optional<std::filesystem::path> shipped = reports::TemplateSet::shipped_dir();
    if (!shipped)
        return catalogues;
    reports::TemplateSet templates(std::nullopt);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(*shipped / "i18n", error))
        if (entry.path().extension() == ".json")
            if (auto text = templates.read("i18n/" + entry.path().filename().string()))
                catalogues[entry.path().stem().string()] = *text;
    return catalogues;
}

} // namespace privmap
