// What the golden-file guards of the representation share: the corpus of models they run on,
// how they write a place, and comparing one digest per model with a file under
// tests/bench/golden/ (PRIVMAP_UPDATE_GOLDEN=1 rewrites it; review the diff).
#pragma once

#include <privmap/types.h>
#include <string>
#include <utility>
#include <vector>

namespace privmap::test {

/// Every model under tests/models and examples, relative to the source directory: each .toml
/// file, and each directory model (the folders of examples/, tests/models/bad/ and
/// tests/models/diff/).
std::vector<std::string> corpus_models();

/// "file:line:column" as every output prints it, without the checkout's own path, which a
/// one-file model's locations carry (a golden file must hold in every checkout).
std::string golden_place(const Location&);

/// Compares each (model, digest) with the golden file `name` of tests/bench/golden/, or
/// rewrites the file under PRIVMAP_UPDATE_GOLDEN. A model the file does not list yet (a new
/// test model) is not compared; `least_compared` guards against an empty or foreign file.
void compare_with_golden(const std::vector<std::pair<std::string, std::string>>& digests,
                         const std::string& name, std::size_t least_compared);

} // namespace privmap::test
