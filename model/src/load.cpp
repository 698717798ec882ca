#include <privmap/model.h>

// Placeholder until the loader lands: reports that nothing was loaded.
namespace privmap {

LoadResult load_model(const std::filesystem::path& path, const LoadOptions&) {
    LoadResult result;
    result.model.root = path;
    return result;
}

Diagnostics resolve(Model&) { return {}; }

const std::vector<RuleInfo>& model_rules() {
    static const std::vector<RuleInfo> rules;
    return rules;
}

} // namespace privmap
