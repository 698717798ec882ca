// Any bytes as a register to import, in every format privmap reads (the AVG Register's JSON,
// Fides YAML, an XLSX workbook): each importer must answer with a model or an error, never
// crash or hang.
#include <cstddef>
#include <cstdint>
#include <privmap/import.h>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    for (privmap::ImportFormat format : {privmap::ImportFormat::avg_register,
                                         privmap::ImportFormat::fides, privmap::ImportFormat::xlsx})
        privmap::import_register(format, bytes, "input", {"NL", {}, {}});
    return 0;
}
