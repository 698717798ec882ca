#include "pipeline.h"

namespace privmap::cli {

Loaded load_and_resolve(const std::filesystem::path& path) {
    auto [model, diagnostics] = load_model(path);
    Diagnostics resolved = resolve(model);
    diagnostics.insert(diagnostics.end(), resolved.begin(), resolved.end());
    return {std::move(model), std::move(diagnostics)};
}

} // namespace privmap::cli
