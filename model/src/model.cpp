#include <algorithm>
#include <privmap/model.h>
#include <privmap/schema.h>

namespace privmap {

KeyLocations::KeyLocations(const TableSchema& schema, FileName file, std::vector<Entry> entries)
    : schema_(&schema), file_(file), entries_(std::move(entries)) {
    auto by_name = [this](const Entry& a, const Entry& b) { return name(a) < name(b); };
    // The loader hands them over in toml++'s order, which is already by name.
    if (!std::is_sorted(entries_.begin(), entries_.end(), by_name))
        std::sort(entries_.begin(), entries_.end(), by_name);
}

std::string_view KeyLocations::name(const Entry& entry) const {
    return schema_->keys[entry.key].name;
}

const KeyLocations::Entry* KeyLocations::find_entry(std::string_view key) const {
    auto found = std::lower_bound(
        entries_.begin(), entries_.end(), key,
        [this](const Entry& entry, std::string_view k) { return name(entry) < k; });
    return found != entries_.end() && name(*found) == key ? &*found : nullptr;
}

std::optional<Location> KeyLocations::find(std::string_view key) const {
    const Entry* found = find_entry(key);
    if (!found)
        return std::nullopt;
    return location(*found);
}

std::vector<std::pair<std::string_view, Location>> KeyLocations::list() const {
    std::vector<std::pair<std::string_view, Location>> keys;
    keys.reserve(entries_.size());
    for (const Entry& entry : entries_)
        keys.emplace_back(name(entry), location(entry));
    return keys;
}

Location Entity::at(std::string_view key) const {
    return keys.at_or(key, where);
}

std::optional<EntityHandle> Model::find(std::string_view id) const {
    auto found = index.find(std::string(id));
    if (found == index.end() || found->second.empty())
        return std::nullopt;
    return found->second.front();
}

std::optional<EntityHandle> Model::find(std::string_view id, EntityKind kind) const {
    auto found = index.find(std::string(id));
    if (found != index.end())
        for (EntityHandle handle : found->second)
            if (handle.kind == kind)
                return handle;
    return std::nullopt;
}

std::optional<EntityHandle> Model::handle_of(const Entity& wanted) const {
    auto found = index.find(wanted.id);
    if (found != index.end())
        for (EntityHandle handle : found->second)
            if (&entity(handle) == &wanted)
                return handle;
    return std::nullopt;
}

std::optional<EntityHandle> Model::find(const Ref& ref, std::span<const EntityKind> kinds) const {
    if (ref.kind)
        return std::find(kinds.begin(), kinds.end(), *ref.kind) == kinds.end()
                   ? std::nullopt
                   : find(ref.id, *ref.kind);
    std::optional<EntityHandle> only;
    for (EntityKind kind : kinds)
        if (auto handle = find(ref.id, kind)) {
            if (only)
                return std::nullopt; // ambiguous: resolve() reports it
            only = handle;
        }
    return only;
}

const Entity& Model::entity(EntityHandle handle) const {
    switch (handle.kind) {
    case EntityKind::organisation:
        return *organisation;
    case EntityKind::subject:
        return subjects[handle.index];
    case EntityKind::category:
        return categories[handle.index];
    case EntityKind::purpose:
        return purposes[handle.index];
    case EntityKind::party:
        return parties[handle.index];
    case EntityKind::system:
        return systems[handle.index];
    case EntityKind::measure:
        return measures[handle.index];
    case EntityKind::activity:
        return activities[handle.index];
    case EntityKind::dpia:
        return dpias[handle.index];
    }
    return *organisation;
}

const Entity* Model::find_entity(std::string_view id) const {
    auto handle = find(id);
    return handle ? &entity(*handle) : nullptr;
}

namespace {
/// Calls `visit` with the offset where each line but the first starts (line ends found with
/// memchr: a model's files are read whole, megabytes of them).
template <class Visit> void for_each_line_after_first(std::string_view text, Visit visit) {
    for (std::size_t end = text.find('\n'); end != std::string_view::npos;
         end = text.find('\n', end + 1))
        visit(end + 1);
}
} // namespace

/// How many lines each kept line start stands for.
constexpr std::size_t lines_per_start = 16;

SourceFile::SourceFile(FileName name_, std::string text_) : name(name_), text(std::move(text_)) {
    // One pass: a large model has millions of short lines, and counting them first to size the
    // table cost a second memchr call for each.
    lines = 1;
    line_starts.push_back(0);
    for_each_line_after_first(text, [&](std::size_t start) {
        if (lines++ % lines_per_start == 0)
            line_starts.push_back(static_cast<std::uint32_t>(start));
    });
    line_starts.shrink_to_fit(); // the model keeps it until the process exits
}

std::string_view SourceFile::line(std::uint32_t number) const {
    if (number < 1 || number > lines)
        return {};
    const std::string_view all = text;
    std::size_t start = line_starts[(number - 1) / lines_per_start];
    for (std::size_t before = (number - 1) % lines_per_start; before > 0; --before)
        start = all.find('\n', start) + 1; // found: the file has line `number`
    std::string_view found = all.substr(start, all.find('\n', start) - start);
    if (!found.empty() && found.back() == '\r')
        found.remove_suffix(1);
    return found;
}

std::string_view Model::source_line(FileName file, std::uint32_t line) const {
    for (const SourceFile& source : sources)
        if (source.name == file)
            return source.line(line);
    return {};
}

} // namespace privmap
