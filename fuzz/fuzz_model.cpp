#include "fuzz_model.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace privmap::fuzz {
namespace {

// One file per process, removed when it exits: libFuzzer runs inputs one after another.
const std::string& input_path() {
    static const std::string path = "/dev/shm/privmap-fuzz-" + std::to_string(::getpid()) + ".toml";
    return path;
}

void remove_input() {
    std::remove(input_path().c_str());
}

} // namespace

LoadResult load_bytes(const std::uint8_t* data, std::size_t size) {
    static const std::string& path = [] {
        std::atexit(remove_input);
        return input_path();
    }();
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
