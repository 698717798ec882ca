#include "fuzz_model.h"

#include <fstream>
#include <string>
#include <unistd.h>

namespace privmap::fuzz {

LoadResult load_bytes(const std::uint8_t* data, std::size_t size) {
    // One file per process: libFuzzer runs inputs one after another in a process.
    static const std::string path = "/dev/shm/privmap-fuzz-" + std::to_string(::getpid()) + ".toml";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    LoadResult result = load_model(path);
    Diagnostics resolved = resolve(result.model);
    result.diagnostics.insert(result.diagnostics.end(), resolved.begin(), resolved.end());
    return result;
}

} // namespace privmap::fuzz
