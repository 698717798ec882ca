#include "problems.h"

namespace privmap {

Diagnostic problem(const RuleInfo& rule, std::string entity, Location where, std::string message,
                   std::string help) {
    Diagnostic diagnostic;
    diagnostic.rule = std::string(rule.id);
    diagnostic.severity = rule.severity;
    diagnostic.entity = std::move(entity);
    diagnostic.where = std::move(where);
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

std::string code(std::string_view a) {
    return "`" + std::string(a) + "`";
}

} // namespace privmap
