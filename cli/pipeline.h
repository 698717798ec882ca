// The pipeline stages the commands share.
#pragma once

#include <privmap/analyzer.h>

#include <filesystem>

namespace privmap::cli {

struct Loaded {
    Model model;
    Diagnostics diagnostics; // load and resolve problems
};

/// load -> resolve.
Loaded load_and_resolve(const std::filesystem::path& path);

} // namespace privmap::cli
