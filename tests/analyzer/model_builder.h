// Builds small resolved models in C++ for analyzer unit tests, without the TOML loader:
// entities are added by id, and index() fills what resolve() would (the id index and the
// category tree). A returned reference is valid until the next entity of that kind is added.
#pragma once

#include <initializer_list>
#include <privmap/model.h>
#include <string>
#include <vector>

namespace privmap::test {

inline std::vector<Ref> refs(std::initializer_list<const char*> ids) {
    std::vector<Ref> out;
    for (const char* id : ids)
        out.push_back({id, {}});
    return out;
}

class ModelBuilder {
public:
    Subject& subject(std::string id) { return named(model.subjects, std::move(id)); }
    Category& category(std::string id, std::string parent = {}) {
        Category& c = named(model.categories, std::move(id));
        if (!parent.empty())
            c.parent = Ref{std::move(parent), {}};
        return c;
    }
    Party& party(std::string id, std::string country) {
        Party& p = named(model.parties, std::move(id));
        p.country = std::move(country);
        return p;
    }
    System& system(std::string id, std::string country) {
        System& s = named(model.systems, std::move(id));
        s.country = std::move(country);
        return s;
    }
    Activity& activity(std::string id, std::initializer_list<const char*> categories) {
        Activity& a = named(model.activities, std::move(id));
        a.categories = refs(categories);
        return a;
    }
    Flow& flow(std::string from, std::string to, std::initializer_list<const char*> categories,
               std::string activity = {}) {
        Flow& f = model.flows.emplace_back();
        f.from = {std::move(from), {}};
        f.to = {std::move(to), {}};
        f.categories = refs(categories);
        if (!activity.empty())
            f.activity = Ref{std::move(activity), {}};
        return f;
    }

    /// Fills the id index and the category tree, as resolve() does.
    Model& index() {
        model.index.clear();
        add_all(model.subjects, EntityKind::subject);
        add_all(model.categories, EntityKind::category);
        add_all(model.parties, EntityKind::party);
        add_all(model.systems, EntityKind::system);
        add_all(model.activities, EntityKind::activity);
        for (std::size_t i = 0; i < model.categories.size(); ++i) {
            Category& c = model.categories[i];
            if (!c.parent)
                continue;
            auto parent = model.find(c.parent->id, EntityKind::category);
            c.parent_index = parent->index;
            model.categories[parent->index].children.push_back(i);
        }
        return model;
    }

    Model model;

private:
    template <class T> T& named(std::vector<T>& list, std::string id) {
        T& entity = list.emplace_back();
        entity.name = id;
        entity.id = std::move(id);
        entity.where = {"model.toml", static_cast<std::uint32_t>(++line_), 1, 1};
        return entity;
    }
    template <class T> void add_all(const std::vector<T>& list, EntityKind kind) {
        for (std::size_t i = 0; i < list.size(); ++i)
            model.index[list[i].id].push_back(EntityHandle{kind, i});
    }
    int line_ = 0;
};

} // namespace privmap::test
