// `privmap import --from FORMAT SOURCE -o DIR`: a register kept elsewhere as a model directory
// that loads, with a `# GAP:` comment wherever the source was silent, and a report of what was
// imported, guessed and left out.
#include "commands.h"
#include "pipeline.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <privmap/import.h>
#include <privmap/json_schema.h>
#include <privmap/reports.h>
#include <sstream>

namespace privmap::cli {
namespace {

namespace fs = std::filesystem;

struct ImportArgs {
    std::string from;
    std::string source;
    std::string output;
    std::string country;
};

constexpr std::uintmax_t max_source_bytes = 16u << 20; // as a model file

/// The source's text, or "" with `error` set; `budget` is what the source may still take.
std::string read_source(const fs::path& path, std::uintmax_t& budget, std::string& error) {
    std::error_code code;
    if (!fs::is_regular_file(path, code)) {
        error = path.string() + " is not a file";
        return {};
    }
    std::uintmax_t size = fs::file_size(path, code);
    if (code || size > budget) {
        error = path.string() + " makes the source larger than 16 MiB";
        return {};
    }
    budget -= size;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        error = "cannot read " + path.string();
        return {};
    }
    return text.str();
}

bool write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    return static_cast<bool>(out);
}

/// The source's files: the file named, or the YAML files of a folder of Fides manifests
/// (`.fides/`), in name order.
std::vector<ImportFile> read_sources(const ImportArgs& args, std::string& error) {
    std::uintmax_t budget = max_source_bytes;
    std::error_code code;
    if (args.from != "fides" || !fs::is_directory(args.source, code))
        return {{args.source, read_source(args.source, budget, error)}};
    std::vector<fs::path> paths;
    for (fs::recursive_directory_iterator it(args.source, code), end; !code && it != end;
         it.increment(code))
        if (it->path().extension() == ".yml" || it->path().extension() == ".yaml")
            paths.push_back(it->path());
    std::sort(paths.begin(), paths.end());
    if (paths.empty())
        error = args.source + " holds no .yml or .yaml file";
    std::vector<ImportFile> files;
    for (const fs::path& path : paths) {
        if (!error.empty())
            break;
        files.push_back({path.string(), read_source(path, budget, error)});
    }
    return files;
}

int run_import(const ImportArgs& args) {
    std::string error;
    std::vector<ImportFile> sources = read_sources(args, error);
    if (!error.empty()) {
        std::cerr << "privmap: " << error << "\n";
        return Exit::invalid;
    }
    ImportFormat format = args.from == "fides"  ? ImportFormat::fides
                          : args.from == "xlsx" ? ImportFormat::xlsx
                                                : ImportFormat::avg_register;
    ImportOptions options{args.country, {}, {}};
    if (format == ImportFormat::xlsx) { // privmap's own sheet is in the reports' words
        options.catalogues = report_catalogues();
        options.register_columns = register_column_keys();
    }
    ImportResult result = import_register(format, sources, options);
    if (!result.error.empty()) {
        std::cerr << "privmap: " << result.error << "\n";
        return Exit::invalid;
    }
    fs::path target(args.output);
    result.files["privmap.schema.json"] = model_json_schema();
    std::error_code code;
    for (const auto& [file, text] : result.files)
        if (fs::exists(target / file, code)) {
            std::cerr << "privmap: " << (target / file).string()
                      << " already exists; import writes into a new or empty folder and never "
                         "overwrites a model\n";
            return Exit::invalid;
        }
    fs::create_directories(target, code);
    for (const auto& [file, text] : result.files)
        if (code || !write_file(target / file, text)) {
            std::cerr << "privmap: cannot write " << (target / file).string() << "\n";
            return Exit::failure;
        }
    return print_result(import_report(result) + "wrote " + target.string() +
                            "; next: privmap check " + target.string() + "\n",
                        "the import report", Exit::clean);
}

} // namespace

void add_import_command(CLI::App& app, int& exit_code) {
    auto args = std::make_shared<ImportArgs>();
    auto* command = app.add_subcommand(
        "import", "Turn a register kept elsewhere into a model directory, marking every gap");
    command
        ->add_option("--from", args->from,
                     "the source's format: avg-register (JSON), fides (YAML manifests), xlsx "
                     "(privmap's own register, the ICO or AP template)")
        ->required()
        ->check(CLI::IsMember({"avg-register", "fides", "xlsx"}));
    command
        ->add_option("source", args->source,
                     "the file to import (for fides also a folder of manifests)")
        ->required();
    command->add_option("-o,--output", args->output, "the folder to write the model into")
        ->required();
    command
        ->add_option("--country", args->country,
                     "where the organisation is established (ISO 3166-1 alpha-2), when the "
                     "source does not say")
        ->check(CLI::Validator(
            [](const std::string& code) {
                bool valid = code.size() == 2 &&
                             std::isupper(static_cast<unsigned char>(code[0])) &&
                             std::isupper(static_cast<unsigned char>(code[1]));
                return valid ? std::string() : "use two capital letters, e.g. NL";
            },
            "CC"));
    command->footer("Examples:\n"
                    "  privmap import --from avg-register export.json -o register\n"
                    "  privmap import --from fides .fides/manifest.yml --country NL -o register\n"
                    "  privmap import --from xlsx register.xlsx --country NL -o register\n"
                    "  privmap check register        the gaps, as findings\n\n"
                    "Exit status: 0 imported, 2 the source cannot be read or the folder already "
                    "holds a model, 3 the model could not be written.");
    command->callback([args, &exit_code] { exit_code = run_import(*args); });
}

} // namespace privmap::cli
