// A model diff as text for the terminal, Markdown for a merge-request comment, or JSON.
#pragma once

#include <privmap/diff.h>
#include <string>

namespace privmap {

enum class DiffFormat { text, markdown, json };

/// Paths of introduced findings are shown as the user reaches them: the new model's root as
/// given, joined with the file.
std::string format_diff(const ModelDiff&, const Model& after, DiffFormat);

} // namespace privmap
