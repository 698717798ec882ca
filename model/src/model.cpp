#include <privmap/model.h>

namespace privmap {

const Location& Entity::at(std::string_view key) const {
    auto found = keys.find(key);
    return found == keys.end() ? where : found->second;
}

std::optional<EntityHandle> Model::find(std::string_view id) const {
    auto found = index.find(std::string(id));
    if (found == index.end())
        return std::nullopt;
    return found->second;
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

std::string_view Model::source_line(std::string_view file, std::uint32_t line) const {
    for (const SourceFile& source : sources) {
        if (source.path != file)
            continue;
        std::string_view text = source.text;
        for (std::uint32_t current = 1; !text.empty(); ++current) {
            std::size_t end = text.find('\n');
            std::string_view candidate = text.substr(0, end);
            if (current == line) {
                if (!candidate.empty() && candidate.back() == '\r')
                    candidate.remove_suffix(1);
                return candidate;
            }
            if (end == std::string_view::npos)
                break;
            text.remove_prefix(end + 1);
        }
    }
    return {};
}

} // namespace privmap
