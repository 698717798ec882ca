// Any bytes as a model file: the loader and resolver must answer with diagnostics, never crash or
// hang.
#include "fuzz_model.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    privmap::fuzz::load_bytes(data, size);
    return 0;
}
