// A model as it was at a git revision: `privmap diff --git REV` compares it with the working
// tree. git runs from an argument vector, never through a shell.
#pragma once

#include <filesystem>
#include <privmap/process.h>
#include <string>

namespace privmap::cli {

struct Extracted {
    std::filesystem::path model; // the model as it was, inside the scratch directory
    std::string label;           // how to name it: "origin/main:register"
    int exit_code = 0;           // Exit::invalid (no repository, no such revision or path)
                                 // or Exit::failure (git or tar failed); 0 when extracted
    std::string error;           // what went wrong, for the user
};

/// Extracts `model` (a file or folder in a git work tree) as it was at `revision` into
/// `scratch`.
Extracted extract_at_revision(const std::filesystem::path& model, const std::string& revision,
                              const ScratchDir& scratch);

} // namespace privmap::cli
