#include "git_revision.h"

#include "commands.h"

#include <algorithm>

namespace privmap::cli {
namespace fs = std::filesystem;

namespace {

Extracted failed(int exit_code, std::string error) {
    Extracted extracted;
    extracted.exit_code = exit_code;
    extracted.error = std::move(error);
    return extracted;
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

/// What the program said on standard error, to quote after our own sentence.
std::string quoted_errors(const ProcessRun& run) {
    std::string errors = first_line(run.errors);
    return errors.empty() ? "" : " (" + errors + ")";
}

/// Whether `path`, with every link on the way resolved, is inside `root`.
bool resolves_inside(const fs::path& path, const fs::path& root) {
    std::error_code error;
    const fs::path target = fs::canonical(path, error);
    if (error)
        return false;
    const fs::path top = fs::canonical(root, error);
    auto [end, _] = std::mismatch(top.begin(), top.end(), target.begin(), target.end());
    return !error && end == top.end();
}

ProcessRun git(const fs::path& repository, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"git", "-C", repository.string()});
    ProcessOptions options;
    options.capture_output = true;
    return run_process(arguments, options);
}

} // namespace

Extracted extract_at_revision(const fs::path& model, const std::string& revision,
                              const ScratchDir& scratch) {
    if (scratch.path().empty())
        return failed(Exit::failure, "cannot create a temporary directory (check TMPDIR)");
    if (!find_program("git"))
        return failed(Exit::failure, "git is not installed (Debian: apt-get install git)");
    // A revision that starts with `-` would be read as an option by git.
    if (revision.empty() || revision.starts_with('-'))
        return failed(Exit::invalid, "`" + revision + "` is not a git revision");

    std::error_code error;
    fs::path folder = fs::is_directory(model, error) ? model : model.parent_path();
    ProcessRun top = git(folder.empty() ? "." : folder, {"rev-parse", "--show-toplevel"});
    if (top.exit_code != 0)
        return failed(Exit::invalid,
                      model.string() + " is not in a git repository" + quoted_errors(top));
    fs::path root = first_line(top.output);
    fs::path relative =
        fs::weakly_canonical(model, error).lexically_relative(fs::weakly_canonical(root, error));
    std::string inside = relative == "." ? "" : relative.generic_string();

    ProcessRun commit = git(root, {"rev-parse", "--verify", "--quiet", revision + "^{commit}"});
    if (commit.exit_code != 0)
        return failed(Exit::invalid, "`" + revision +
                                         "` is not a commit, branch or tag of the repository at " +
                                         root.string());
    std::string hash = first_line(commit.output);
    if (git(root, {"cat-file", "-e", hash + ":" + inside}).exit_code != 0)
        return failed(Exit::invalid, "`" + inside + "` did not exist at " + revision);

    fs::path archive = scratch.path() / "model.tar";
    fs::path tree = scratch.path() / "tree";
    std::vector<std::string> archiving{"archive", "--format=tar", "--output=" + archive.string(),
                                       hash};
    if (!inside.empty())
        archiving.insert(archiving.end(), {"--", inside});
    ProcessRun archived = git(root, archiving);
    if (archived.exit_code != 0)
        return failed(Exit::failure, "git archive failed" + quoted_errors(archived));
    fs::create_directory(tree, error);
    ProcessRun unpacked = run_process({"tar", "-xf", archive.string(), "-C", tree.string()});
    if (error || unpacked.exit_code != 0)
        return failed(Exit::failure,
                      "cannot unpack the model as it was at " + revision + quoted_errors(unpacked));

    // A link committed at the revision is the revision's content: the model it names is read
    // only when it stays inside what was extracted (the loader keeps the model's own files
    // inside the model).
    fs::path model_then = (tree / relative).lexically_normal();
    if (!resolves_inside(model_then, tree))
        return failed(Exit::invalid, "`" + inside + "` is a symbolic link at " + revision +
                                         " that leads outside the repository; privmap reads "
                                         "nothing outside the model");
    Extracted extracted;
    extracted.model = model_then;
    extracted.label = revision + ":" + (inside.empty() ? "." : inside);
    extracted.commit = hash;
    return extracted;
}

std::optional<ModelCommit> model_commit(const fs::path& model) {
    if (!find_program("git"))
        return std::nullopt;
    std::error_code error;
    bool folder_model = fs::is_directory(model, error);
    fs::path folder = folder_model ? model : model.parent_path();
    if (folder.empty())
        folder = ".";
    ProcessRun head = git(folder, {"rev-parse", "--verify", "--quiet", "HEAD"});
    if (head.exit_code != 0)
        return std::nullopt;
    std::string pathspec = folder_model ? "." : model.filename().string();
    ProcessRun status =
        git(folder, {"status", "--porcelain", "--untracked-files=all", "--", pathspec});
    return ModelCommit{first_line(head.output), status.exit_code != 0 || !status.output.empty()};
}

} // namespace privmap::cli
