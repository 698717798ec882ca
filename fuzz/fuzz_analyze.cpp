// Any model that loads without errors is analysed: the graph and every rule must cope.
#include "fuzz_model.h"

#include <privmap/analyzer.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    privmap::LoadResult loaded = privmap::fuzz::load_bytes(data, size);
    if (privmap::has_errors(loaded.diagnostics))
        return -1; // not a model: keep it out of the corpus
    privmap::AnalyzeOptions options;
    options.today = {2026, 6, 1};
    privmap::analyze(loaded.model, options);
    return 0;
}
