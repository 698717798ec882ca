// Filling the model from the parsed TOML of one file.
#pragma once

#include "reader.h"

namespace privmap {

/// What the loader remembers across the files of a model.
struct LoadState {
    Model& model;
    Diagnostics& diagnostics;
    std::optional<Location> model_table;                     // the first [model]
    std::map<std::string, Location, std::less<>> checks_set; // [checks] setting -> where first set
};

/// Adds the entities of one parsed file to the model, reporting every problem in it.
void read_document(const toml::table& root, const SourceText&, LoadState&);

} // namespace privmap
