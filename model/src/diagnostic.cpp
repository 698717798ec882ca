#include <algorithm>
#include <privmap/diagnostic.h>
#include <tuple>

namespace privmap {

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::note:
        return "note";
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
    for (Severity s : {Severity::note, Severity::warning, Severity::error})
        if (to_string(s) == text)
            return s;
    return std::nullopt;
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error && !d.waiver;
    });
}

void sort_diagnostics(Diagnostics& diagnostics) {
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.where.file, a.where.line, a.where.column, a.rule, a.entity,
                            a.message) < std::tie(b.where.file, b.where.line, b.where.column,
                                                  b.rule, b.entity, b.message);
        });
}

} // namespace privmap
