// Turns fuzzer bytes into a model file on a RAM disk and loads it, as `privmap check` would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <privmap/model.h>

namespace privmap::fuzz {

/// Loads and resolves `size` bytes as a one-file model; diagnostics are appended to the result.
LoadResult load_bytes(const std::uint8_t* data, std::size_t size);

} // namespace privmap::fuzz
