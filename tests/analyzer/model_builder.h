// Builds small resolved models in C++ for analyzer unit tests, without the TOML loader:
// entities are added by id, and index() resolves them as the loader's model is. A returned
// reference is valid until the next entity of that kind is added.
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

    /// Resolves the model: the id index, every reference's target and the category tree. Its
    /// diagnostics (no organisation, say) do not matter to these tests.
    Model& index() {
        resolve(model);
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
    int line_ = 0;
};

} // namespace privmap::test
