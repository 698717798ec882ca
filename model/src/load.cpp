// load_model: finds the files of a model, reads them safely and fills the model from each.
#include "document.h"
#include "entity_headers.h"
#include "nesting.h"
#include "parse_arena.h"
#include "problems.h"
#include "rules/rules.h"
#include "text.h"
#include "toml_errors.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <new>
#include <numeric>
#include <set>

namespace privmap {
namespace {
namespace fs = std::filesystem;

struct ModelFile {
    fs::path path;
    std::string name; // relative to the model root, '/'-separated
};

/// A file or folder that cannot be read as a model: "model.syntax.<key>" with `args`, and its
/// help "model.syntax.<key>.help" with the same arguments.
Diagnostic input_problem(std::string file, const std::string& key, const Message::Args& args) {
    return problem(model_rule::syntax, "", Location{std::move(file)}, {"model.syntax." + key, args},
                   {"model.syntax." + key + ".help", args});
}

bool hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

/// The configuration files of other tools that a repository holding a model often has beside
/// it (Python, Rust, Taplo, Ruff, ...): a folder's walk skips them, so that `privmap check .`
/// works at the root of such a repository.
bool other_tools_file(const fs::path& path) {
    static const std::set<std::string, std::less<>> names{
        "pyproject.toml", "Cargo.toml", "rust-toolchain.toml", "rustfmt.toml",
        "clippy.toml",    "ruff.toml",  "taplo.toml",          "pixi.toml",
        "uv.toml",        "book.toml",  "deny.toml",           "typos.toml",
        "_typos.toml",    "cliff.toml", "netlify.toml",        "hugo.toml",
        "wrangler.toml",  "fly.toml",   "samconfig.toml"};
    return names.contains(path.filename().string());
}

bool inside(const fs::path& path, const fs::path& root) {
    auto [end, _] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return end == root.end();
}

/// A symbolic link is followed only when it stays inside the model's directory.
bool link_stays_inside(const fs::directory_entry& entry, const fs::path& root,
                       const std::string& name, Diagnostics& diagnostics) {
    std::error_code error;
    fs::path target = fs::canonical(entry.path(), error);
    if (!error && inside(target, root))
        return true;
    diagnostics.push_back(
        error ? input_problem(name, "link-to-nothing", {{"name", name}, {"error", error.message()}})
              : input_problem(name, "link-outside", {{"name", name}}));
    return false;
}

/// A folder of the model that cannot be listed would hide its files: it is an error, never
/// skipped, so `check` cannot pass on a model it did not read.
bool directory_readable(const fs::directory_entry& entry, const std::string& name,
                        Diagnostics& diagnostics) {
    std::error_code error;
    fs::directory_iterator probe(entry.path(), error);
    if (!error)
        return true;
    diagnostics.push_back(
        input_problem(name, "unreadable-folder", {{"name", name}, {"error", error.message()}}));
    return false;
}

/// A `.toml` name that is no regular file (a FIFO, a device, a socket) is an error: reading it
/// could block or never end, and skipping it would check a model without it.
bool regular_file(const fs::directory_entry& entry, const std::string& name,
                  Diagnostics& diagnostics) {
    std::error_code error;
    if (entry.is_regular_file(error))
        return true;
    diagnostics.push_back(input_problem(name, "not-regular", {{"name", name}}));
    return false;
}

std::vector<ModelFile> find_directory_files(const fs::path& root, const LoadOptions& options,
                                            Diagnostics& diagnostics) {
    std::vector<ModelFile> files;
    std::error_code error;
    const fs::path canonical_root = fs::canonical(root, error);
    fs::recursive_directory_iterator it(root, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const fs::directory_entry& entry = *it;
        std::string name = entry.path().lexically_relative(root).generic_string();
        std::error_code ignored;
        if (static_cast<std::size_t>(it.depth()) >= options.limits.depth &&
            entry.is_directory(ignored) && !hidden(entry.path())) {
            diagnostics.push_back(limit_problem(
                name, "depth", {{"folder", name}, {"depth", std::to_string(options.limits.depth)}},
                2 * options.limits.depth));
            return {};
        }
        if (hidden(entry.path())) {
            it.disable_recursion_pending();
            continue;
        }
        // Queries about one entry must not end the walk: they get their own error code.
        const bool toml = entry.path().extension() == ".toml";
        const bool directory = entry.is_directory(ignored);
        if (entry.is_symlink(ignored) && (toml || directory) &&
            !link_stays_inside(entry, canonical_root, name, diagnostics))
            continue;
        if (directory && !directory_readable(entry, name, diagnostics))
            it.disable_recursion_pending();
        if (!toml || directory || other_tools_file(entry.path()) ||
            !regular_file(entry, name, diagnostics))
            continue;
        if (files.size() == options.limits.files) {
            diagnostics.push_back(limit_problem(root.string(), "files",
                                                {{"limit", std::to_string(options.limits.files)}},
                                                2 * options.limits.files));
            return {};
        }
        files.push_back({entry.path(), name});
    }
    if (error)
        diagnostics.push_back(
            input_problem(root.string(), "unreadable-directory", {{"error", error.message()}}));
    std::sort(files.begin(), files.end(),
              [](const ModelFile& a, const ModelFile& b) { return a.name < b.name; });
    if (files.empty() && !error)
        diagnostics.push_back(input_problem(root.string(), "no-files", {}));
    return files;
}

bool declares_model_table(const fs::path& file) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("[model]"))
            return true;
    return false;
}

/// `privmap check activities.toml` where the file is one of a folder model's: alone it lacks
/// everything the other files declare, and would show dozens of false errors. The sign: it has
/// no [model] table, and exactly one file beside it has one (a folder of separate one-file
/// models has many).
std::optional<Diagnostic> one_file_of_a_folder_model(const fs::path& file) {
    if (declares_model_table(file))
        return std::nullopt;
    fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::vector<fs::path> with_model_table;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& sibling = it->path();
        if (sibling.extension() == ".toml" && !hidden(sibling) && declares_model_table(sibling))
            with_model_table.push_back(sibling.filename());
    }
    if (error || with_model_table.size() != 1)
        return std::nullopt;
    std::string name = file.generic_string(), model = folder.generic_string();
    return input_problem(name, "one-file",
                         {{"name", name},
                          {"model", model},
                          {"with_model", with_model_table.front().generic_string()}});
}

std::vector<ModelFile> find_model_files(const fs::path& path, const LoadOptions& options,
                                        Diagnostics& diagnostics) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status))
        return find_directory_files(path, options, diagnostics);
    if (fs::is_regular_file(status)) {
        if (auto part = one_file_of_a_folder_model(path)) {
            diagnostics.push_back(std::move(*part));
            return {};
        }
        return {{path, path.generic_string()}};
    }
    diagnostics.push_back(input_problem(path.generic_string(),
                                        fs::exists(status) ? "not-a-file" : "no-such-file", {}));
    return {};
}

/// Line and column (in code points) of byte `offset` of `text`.
Location location_at(const std::string& file, std::string_view text, std::size_t offset) {
    std::string_view before = text.substr(0, offset);
    std::size_t line_start = before.rfind('\n');
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
    auto column = static_cast<std::uint32_t>(text::codepoints(before.substr(line_start)) + 1);
    return {file, line, column, 1};
}

/// The file's text, BOM removed; nullopt (with a diagnostic) when it cannot be used.
std::optional<std::string> read_text(const ModelFile& file, const LoadOptions& options,
                                     Diagnostics& diagnostics) {
    std::error_code error;
    std::uintmax_t size = fs::file_size(file.path, error);
    if (error) {
        diagnostics.push_back(
            input_problem(file.name, "unreadable-file", {{"error", error.message()}}));
        return std::nullopt;
    }
    if (size > options.limits.file_bytes) {
        diagnostics.push_back(limit_problem(
            file.name, "file-bytes",
            {{"size", std::to_string(size)}, {"limit", std::to_string(options.limits.file_bytes)}},
            size));
        return std::nullopt;
    }
    // Read in one piece, at the size just checked against the limit (a string stream copied
    // the text twice as it grew). A file that shrank meanwhile is read as it is now.
    std::ifstream in(file.path, std::ios::binary);
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (!in.is_open() || in.bad()) {
        diagnostics.push_back(input_problem(file.name, "unreadable", {}));
        return std::nullopt;
    }
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.starts_with("\xEF\xBB\xBF"))
        text.erase(0, 3);
    return text;
}

bool valid_utf8(const std::string& name, std::string_view text, Diagnostics& diagnostics) {
    std::size_t bad = text::first_invalid_utf8(text);
    if (bad == std::string_view::npos)
        return true;
    bool nul = text[bad] == '\0';
    diagnostics.push_back(problem(model_rule::syntax, "", location_at(name, text, bad),
                                  {nul ? "model.syntax.nul" : "model.syntax.utf8", {}},
                                  {"model.syntax.utf8.help", {}}));
    return false;
}

/// toml++ recurses once per level of nesting: a file that nests deeper than privmap reads is
/// refused before toml++ sees it.
bool nesting_within_limit(const std::string& name, std::string_view text,
                          Diagnostics& diagnostics) {
    std::size_t deep = first_nesting_beyond(text);
    if (deep == std::string_view::npos)
        return true;
    const std::string limit = std::to_string(max_nesting);
    diagnostics.push_back(problem(model_rule::syntax, "", location_at(name, text, deep),
                                  {"model.syntax.nesting", {{"limit", limit}}},
                                  {"model.syntax.nesting.help", {}}));
    return false;
}

/// The file's tree, in `arena` until its next clear; null (with a diagnostic) when the file is
/// not TOML.
const toml::table* parse(const SourceFile& file, ParseArena& arena, Diagnostics& diagnostics) {
    try {
        return &arena.keep(arena.allocating(
            [&file] { return toml::parse(file.text, std::string_view(file.name.path())); }));
    } catch (const toml::parse_error& error) {
        Location where = SourceText(file).locate(error.source());
        where.length = 1;
        SyntaxMistake mistake =
            explain_toml_error(error.description(), file.line(where.line), where.column);
        diagnostics.push_back(problem(model_rule::syntax, "", where, std::move(mistake.message),
                                      std::move(mistake.help)));
    } catch (const std::exception& error) {
        diagnostics.push_back(
            input_problem(file.name.path(), "unparsable", {{"error", error.what()}}));
    }
    return nullptr;
}

/// The files' sizes together, before any is read: a folder of sparse 16 MiB files would
/// otherwise be read, and quoted, in full.
bool within_model_bytes(const fs::path& root, const std::vector<ModelFile>& files,
                        const Limits& limits, Diagnostics& diagnostics) {
    std::uintmax_t total = 0;
    for (const ModelFile& file : files) {
        std::error_code error; // read_text reports a file it cannot size
        std::uintmax_t size = fs::file_size(file.path, error);
        total += error ? 0 : size;
    }
    if (total <= limits.model_bytes)
        return true;
    diagnostics.push_back(limit_problem(
        root.generic_string(), "model-bytes",
        {{"size", std::to_string(total)}, {"limit", std::to_string(limits.model_bytes)}}, total));
    return false;
}

/// Calls `visit` with every entity table of the model, in entity_kinds' order: the one place
/// that lists them, for counting, sizing and trimming alike.
template <class Visit> decltype(auto) with_entity_tables(Model& model, Visit visit) {
    return visit(model.subjects, model.categories, model.purposes, model.parties, model.systems,
                 model.measures, model.activities, model.flows, model.dpias, model.waivers);
}

std::size_t entity_count(Model& model) {
    return (model.organisation ? 1 : 0) +
           with_entity_tables(model, [](const auto&... tables) { return (tables.size() + ...); });
}

/// The entities a parsed file declares: its arrays of tables and its [organisation].
std::size_t entities_in(const toml::table& root) {
    std::size_t count = 0;
    for (const auto& [key, node] : root)
        count += node.is_array() ? node.as_array()->size() : key.str() == "organisation";
    return count;
}

/// Checked after each file is parsed, before it is read into the model: a file of 400,000
/// tiny tables is refused without a diagnostic for each of them.
bool within_entities(const std::string& file, std::size_t count, const Limits& limits,
                     Diagnostics& diagnostics) {
    if (count <= limits.entities)
        return true;
    diagnostics.push_back(limit_problem(file, "entities",
                                        {{"count", std::to_string(count)},
                                         {"file", file},
                                         {"limit", std::to_string(limits.entities)}},
                                        2 * count));
    return false;
}

void check_model_table(const LoadState& state) {
    if (state.model_table || !state.model.complete || state.model.sources.empty())
        return;
    state.diagnostics.push_back(
        problem(model_rule::format, "", Location{state.model.sources.front().name, 1, 1, 1},
                {"model.format.missing", {}}, {"model.format.missing.help", {}}));
}

/// A file's text, read before any file is parsed, and what reading it reported: the reports
/// join the model's diagnostics in the file's turn, so that they keep their order among the
/// other files' problems, and those of the files after an entities limit are never shown.
struct ReadAhead {
    std::optional<std::string> text;
    Diagnostics problems;
};

/// Every file's text (the model keeps them all in its sources anyway), with the entity headers
/// counted in them.
std::vector<ReadAhead> read_ahead(const std::vector<ModelFile>& files, const LoadOptions& options,
                                  EntityCounts& counts) {
    std::vector<ReadAhead> texts(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        texts[i].text = read_text(files[i], options, texts[i].problems);
        if (texts[i].text)
            count_entity_headers(*texts[i].text, counts);
    }
    return texts;
}

/// Sizes the model's tables for the entities the texts declare: a table that grew by doubling
/// moved every entity to fresh pages at each step (each 4 KiB touched costs the kernel about
/// 7 µs) and release_slack copied it once more. The counts are a hint: a table they miss grows
/// as before and one they overcount is trimmed by release_slack. Counts beyond the entities
/// limit describe no model the loader fills, and room that cannot be had is not needed.
void reserve_tables(Model& model, std::size_t files, const EntityCounts& counts,
                    const Limits& limits) {
    model.sources.reserve(files);
    if (std::accumulate(counts.begin(), counts.end(), std::size_t{0}) > limits.entities)
        return;
    try {
        with_entity_tables(model, [&counts](auto&... tables) {
            static_assert(sizeof...(tables) == entity_kinds.size());
            std::size_t kind = 0;
            (tables.reserve(counts[kind++]), ...);
        });
    } catch (const std::bad_alloc&) {
        // The tables grow as they need.
    }
}

/// Gives back the room a table has beyond its entities, where reserve_tables' hint overcounted
/// or a missed table grew (a vector of 10,000 activities grown by doubling had room for
/// 16,384): the model lives until the process exits. A table sized right is left as it is.
void release_slack(Model& model) {
    model.sources.shrink_to_fit();
    with_entity_tables(model, [](auto&... tables) { (tables.shrink_to_fit(), ...); });
}

} // namespace

LoadResult load_model(const std::filesystem::path& path, const LoadOptions& options) {
    LoadResult result;
    Model& model = result.model;
    model.root = path;
    LoadState state{model, result.diagnostics, std::nullopt, {}};
    std::vector<ModelFile> files = find_model_files(path, options, result.diagnostics);
    if (!within_model_bytes(path, files, options.limits, result.diagnostics))
        files.clear();
    model.complete = !has_errors(result.diagnostics);
    bool every_file_read = model.complete;
    EntityCounts counts{};
    std::vector<ReadAhead> texts = read_ahead(files, options, counts);
    reserve_tables(model, files.size(), counts, options.limits);
    ParseArena trees;
    for (std::size_t i = 0; i < files.size(); ++i) {
        trees.clear();
        const ModelFile& file = files[i];
        std::ranges::move(texts[i].problems, std::back_inserter(result.diagnostics));
        if (!texts[i].text) {
            model.complete = every_file_read = false;
            continue;
        }
        const SourceFile& source = model.sources.emplace_back(file.name, std::move(*texts[i].text));
        const toml::table* root = nullptr;
        if (valid_utf8(file.name, source.text, result.diagnostics) &&
            nesting_within_limit(file.name, source.text, result.diagnostics))
            root = parse(source, trees, result.diagnostics);
        if (!root) {
            model.complete = false;
            model.unparsed.push_back(file.name);
            continue;
        }
        if (!within_entities(file.name, entity_count(model) + entities_in(*root), options.limits,
                             result.diagnostics)) {
            model.complete = false;
            break;
        }
        read_document(*root, SourceText(source), state);
    }
    if (!every_file_read)
        model.unparsed.clear();
    check_model_table(state);
    release_slack(model);
    return result;
}

} // namespace privmap
