#include "problems.h"

namespace privmap {

Diagnostic problem(const RuleInfo& rule, std::string_view entity, Location where, Message message,
                   Message help) {
    return diagnostic_of(rule, Symbol(entity), std::move(where), std::move(message),
                         std::move(help));
}

std::string code(std::string_view a) {
    return "`" + std::string(a) + "`";
}

} // namespace privmap
