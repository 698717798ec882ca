// A model as it was at a git revision: `privmap diff --git REV` compares it with the working
// tree. git runs from an argument vector, never through a shell.
#pragma once

#include <filesystem>
#include <optional>
#include <privmap/process.h>
#include <string>

namespace privmap::cli {

struct Extracted {
    std::filesystem::path model; // the model as it was, inside the scratch directory
    std::string label;           // how to name it: "origin/main:register"
    std::string commit;          // the full hash the revision names
    int exit_code = 0;           // Exit::invalid (no repository, no such revision or path)
                                 // or Exit::failure (git or tar failed); 0 when extracted
    std::string error;           // what went wrong, for the user
};

/// Extracts `model` (a file or folder in a git work tree) as it was at `revision` into
/// `scratch`.
Extracted extract_at_revision(const std::filesystem::path& model, const std::string& revision,
                              const ScratchDir& scratch);

struct ModelCommit {
    std::string commit; // full hash of HEAD
    bool modified;      // the model's files differ from it, or some are not committed
};

/// The commit the work tree that holds `model` is at, and whether the model's files differ
/// from it: the model state a report names. nullopt when git is missing or the model is not
/// in a git work tree.
std::optional<ModelCommit> model_commit(const std::filesystem::path& model);

} // namespace privmap::cli
