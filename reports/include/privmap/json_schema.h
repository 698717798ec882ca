// The model language as a JSON Schema (Draft 4, the draft Taplo reads), with `x-taplo` hover
// docs, generated from the loader's own description of the language (privmap/schema.h).
#pragma once

#include <string>

namespace privmap {

/// The schema of one model file, as pretty-printed JSON.
std::string model_json_schema();

} // namespace privmap
