// Building the loader's diagnostics.
#pragma once

#include <privmap/diagnostic.h>

namespace privmap {

Diagnostic problem(const RuleInfo& rule, std::string_view entity, Location where, Message message,
                   Message help = {});

/// `a` in backticks: "`a`".
std::string code(std::string_view a);

} // namespace privmap
