#include <algorithm>
#include <map>
#include <privmap/diagnostic.h>
#include <tuple>
#include <vector>

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

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

std::string_view likely_meant(std::string_view word, std::span<const std::string_view> candidates) {
    // A typo changes about one character in three at most; further away is another word.
    const std::size_t limit = std::max<std::size_t>(1, (word.size() + 2) / 3);
    std::string_view best;
    std::size_t best_distance = limit + 1;
    for (std::string_view candidate : candidates) {
        // Bounds the work on huge models: lengths that differ too much cannot be near.
        std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                         : word.size() - candidate.size();
        if (gap > limit)
            continue;
        std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error && !d.waiver;
    });
}

Diagnostic diagnostic_of(const RuleInfo& rule, std::string entity, Location where, Message message,
                         Message help) {
    Diagnostic diagnostic;
    diagnostic.rule = std::string(rule.id);
    diagnostic.severity = rule.severity;
    diagnostic.entity = std::move(entity);
    diagnostic.where = std::move(where);
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

void sort_diagnostics(Diagnostics& diagnostics) {
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.where.file, a.where.line, a.where.column, a.rule, a.entity,
                            a.message) < std::tie(b.where.file, b.where.line, b.where.column,
                                                  b.rule, b.entity, b.message);
        });
}

void cap_diagnostics(Diagnostics& diagnostics, std::size_t limit) {
    struct Group {
        std::size_t shown = 0;
        std::size_t hidden = 0;
        std::size_t last = 0; // index in `kept` of the last one shown
    };
    limit = std::max<std::size_t>(limit, 1);
    std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
    Diagnostics kept;
    for (Diagnostic& d : diagnostics) {
        Group& group = groups[{d.rule, d.entity, d.entity.empty() ? d.where.file.path() : ""}];
        if (group.shown == limit) {
            ++group.hidden;
            continue;
        }
        ++group.shown;
        group.last = kept.size();
        kept.push_back(std::move(d));
    }
    for (const auto& [key, group] : groups) {
        if (group.hidden == 0)
            continue;
        const auto& [rule, entity, file] = key;
        kept[group.last].notes.push_back(
            {"and " + std::to_string(group.hidden) + " more " + rule + " diagnostics about " +
                 (entity.empty() ? "`" + file + "`" : "`" + entity + "`") +
                 ", not shown (--limit findings-per-entity=N shows more)",
             {}});
    }
    diagnostics = std::move(kept);
}

} // namespace privmap
