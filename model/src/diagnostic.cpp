#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <numeric>
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

Symbol MessageName::written(const char* text) {
    struct Recent {
        const char* address = nullptr;
        Symbol name;
    };
    thread_local std::array<Recent, 512> recent;
    Recent& slot = recent[reinterpret_cast<std::uintptr_t>(text) % recent.size()];
    // The same address may be a buffer that holds another text by now: the text is compared.
    if (slot.address != text || std::strcmp(slot.name.c_str(), text) != 0)
        slot = {text, Symbol(text)};
    return slot.name;
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

namespace {
/// The id of `rule`, interned. A rule reports its findings one after another, so the id of the
/// last rule answers nearly every call with a compare of the text, without hashing it or taking
/// the interning's lock.
Symbol interned_id(const RuleInfo& rule) {
    thread_local Symbol last;
    if (last != rule.id)
        last = Symbol(rule.id);
    return last;
}
} // namespace

Diagnostic diagnostic_of(const RuleInfo& rule, Symbol entity, Location where, Message message,
                         Message help) {
    Diagnostic diagnostic;
    diagnostic.rule = interned_id(rule);
    diagnostic.severity = rule.severity;
    diagnostic.entity = entity;
    diagnostic.where = std::move(where);
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

namespace {

/// What orders two diagnostics of one file: place, then rule, entity and message.
auto place_in_file(const Diagnostic& d) {
    return std::tie(d.where.line, d.where.column, d.rule, d.entity, d.message);
}

bool sorted_before(const Diagnostic& a, const Diagnostic& b) {
    return std::tuple_cat(std::tie(a.where.file), place_in_file(a)) <
           std::tuple_cat(std::tie(b.where.file), place_in_file(b));
}

/// Moves each diagnostic to its place in `order` (order[i]: the one that goes to position i),
/// one cycle of the permutation at a time, so that only one diagnostic is held aside.
void permute(Diagnostics& diagnostics, std::vector<std::size_t>& order) {
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start)
            continue;
        Diagnostic held = std::move(diagnostics[start]);
        std::size_t place = start;
        while (order[place] != start) {
            std::size_t next = order[place];
            diagnostics[place] = std::move(diagnostics[next]);
            order[place] = place;
            place = next;
        }
        diagnostics[place] = std::move(held);
        order[place] = place;
    }
}

/// Each diagnostic's file as its rank in the order of the paths: a check sorts tens of
/// thousands of findings in a few dozen files, and two ranks compare without looking two paths
/// up. Findings come in runs of the same file, so the last file found is tried first.
std::vector<std::uint32_t> file_ranks(const Diagnostics& diagnostics) {
    std::vector<FileName> files; // each file once, as first met
    std::vector<std::uint32_t> ranks(diagnostics.size());
    std::size_t last = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        FileName file = diagnostics[i].where.file;
        if (last >= files.size() || files[last] != file)
            last = static_cast<std::size_t>(std::find(files.begin(), files.end(), file) -
                                            files.begin());
        if (last == files.size())
            files.push_back(file);
        ranks[i] = static_cast<std::uint32_t>(last);
    }
    std::vector<std::uint32_t> by_path(files.size());
    std::iota(by_path.begin(), by_path.end(), std::uint32_t{0});
    std::sort(by_path.begin(), by_path.end(),
              [&](std::uint32_t a, std::uint32_t b) { return files[a] < files[b]; });
    std::vector<std::uint32_t> rank_of(files.size());
    for (std::uint32_t rank = 0; rank < by_path.size(); ++rank)
        rank_of[by_path[rank]] = rank;
    for (std::uint32_t& rank : ranks)
        rank = rank_of[rank];
    return ranks;
}

} // namespace

void sort_diagnostics(Diagnostics& diagnostics) {
    // `check` sorts the analysis' findings again after putting the load's warnings in front,
    // which are usually none.
    if (std::is_sorted(diagnostics.begin(), diagnostics.end(), sorted_before))
        return;
    // Sorts positions, then moves each diagnostic once: a stable sort of the diagnostics
    // themselves would take a buffer of half of them (megabytes for a large register).
    std::vector<std::uint32_t> files = file_ranks(diagnostics);
    std::vector<std::size_t> order(diagnostics.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tuple_cat(std::tie(files[a]), place_in_file(diagnostics[a])) <
               std::tuple_cat(std::tie(files[b]), place_in_file(diagnostics[b]));
    });
    files = {};
    permute(diagnostics, order);
}

namespace {
/// The groups of cap_diagnostics: a rule's diagnostics about one entity, or about one file when
/// they name no entity. An open-addressing table of the groups' numbers, each group known by
/// its first diagnostic: nearly every finding of a large register is a group of its own, and a
/// hash map's node for each cost a heap block and a cache miss.
class Groups {
public:
    struct Group {
        std::size_t first = 0; // index of its first diagnostic
        std::size_t shown = 0;
        std::size_t hidden = 0;
        std::size_t last = 0; // index of the last one shown
    };

    explicit Groups(const Diagnostics& diagnostics)
        : diagnostics_(diagnostics), slots_(std::bit_ceil(2 * diagnostics.size() + 1)) {
        groups_.reserve(diagnostics.size());
    }

    /// The group of diagnostic `i`; a new one when it is the group's first.
    Group& of(std::size_t i) {
        const Diagnostic& d = diagnostics_[i];
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t at = hash(d) & mask;; at = (at + 1) & mask) {
            std::uint32_t& slot = slots_[at];
            if (slot == 0) {
                groups_.push_back({.first = i});
                slot = static_cast<std::uint32_t>(groups_.size());
                return groups_.back();
            }
            Group& group = groups_[slot - 1];
            if (same_group(diagnostics_[group.first], d))
                return group;
        }
    }

    const std::vector<Group>& all() const { return groups_; }

private:
    static std::size_t hash(const Diagnostic& d) {
        std::hash<std::string_view> text;
        const std::size_t h = text(d.rule) * 31 + text(d.entity);
        return d.entity.empty() ? h * 31 + text(d.where.file.path()) : h;
    }

    static bool same_group(const Diagnostic& a, const Diagnostic& b) {
        return a.rule == b.rule && a.entity == b.entity &&
               (!a.entity.empty() || a.where.file == b.where.file);
    }

    const Diagnostics& diagnostics_;
    std::vector<std::uint32_t> slots_; // a group's number + 1; 0: a free slot
    std::vector<Group> groups_;
};
} // namespace

void cap_diagnostics(Diagnostics& diagnostics, std::size_t limit) {
    limit = std::max<std::size_t>(limit, 1);
    // Nothing is moved until every group is counted and noted.
    Groups groups(diagnostics);
    std::vector<bool> shown(diagnostics.size());
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        Groups::Group& group = groups.of(i);
        if (group.shown == limit) {
            ++group.hidden;
            continue;
        }
        ++group.shown;
        group.last = i;
        shown[i] = true;
    }
    for (const Groups::Group& group : groups.all()) {
        if (group.hidden == 0)
            continue;
        const Diagnostic& first = diagnostics[group.first];
        std::string about =
            "`" + (first.entity.empty() ? first.where.file.path() : first.entity.str()) + "`";
        diagnostics[group.last].notes.push_back(
            {"and " + std::to_string(group.hidden) + " more " + first.rule + " diagnostics about " +
                 about + ", not shown (--limit findings-per-entity=N shows more)",
             {}});
    }
    // In place: a second vector of the diagnostics kept would double them for a moment.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
        if (shown[i]) {
            if (kept != i)
                diagnostics[kept] = std::move(diagnostics[i]);
            ++kept;
        }
    diagnostics.erase(diagnostics.begin() + static_cast<std::ptrdiff_t>(kept), diagnostics.end());
}

} // namespace privmap
