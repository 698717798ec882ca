// Where the loader says every table and every key of every bundled and test model was
// written, compared with tests/bench/golden/locations.txt: the guard of the compact locations
// (an interned file name, line, column, the caret's length) and of the flat key locations.
// Each table is a line with its kind, its id (or number), its line and column (an `in` line
// names the file whenever it changes); each key it has is an indented line with the key, its
// line and column, and the caret's length. After an intended change
// of where the loader points, regenerate it with
//   PRIVMAP_UPDATE_GOLDEN=1 build/tests/test_bench "[golden]"
// and review the diff.
#include "golden.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <privmap/model.h>
#include <sstream>

namespace {

using privmap::Location;

class Digest {
public:
    /// One table: its line and column (after its file's name, when it is in another file than
    /// the table before), then each key's line, column and caret length, in the order of the
    /// keys' names.
    template <typename Keys>
    void table(std::string_view kind, std::string_view id, const Location& where,
               const Keys& keys) {
        if (where.file != file_) {
            file_ = where.file;
            out_ << "  in " << privmap::test::golden_place(Location{file_}) << "\n";
        }
        out_ << "  " << kind << " " << id << " " << where.line << ":" << where.column << "\n";
        for (const auto& [key, at] : keys.list()) {
            out_ << "   " << key << " " << at.line << ":" << at.column << "~" << at.length;
            if (at.file != file_)
                out_ << " in " << privmap::test::golden_place(at);
            out_ << "\n";
        }
    }

    template <typename Entities> void entities(std::string_view kind, const Entities& all) {
        for (const auto& entity : all)
            table(kind, entity.id, entity.where, entity.keys);
    }

    template <typename Owner> void retention(const Owner& owner) {
        for (std::size_t i = 0; i < owner.retention.size(); ++i)
            table("retention", owner.id + "#" + std::to_string(i + 1), owner.retention[i].where,
                  owner.retention[i].keys);
    }

    std::string text() const { return out_.str(); }

private:
    std::ostringstream out_;
    privmap::FileName file_; // of the table before: a table names its file when it changes
};

std::string digest(const privmap::Model& model) {
    Digest digest;
    digest.table("model", "", model.info.where, model.info.keys);
    if (model.organisation)
        digest.table("organisation", model.organisation->id, model.organisation->where,
                     model.organisation->keys);
    digest.entities("subject", model.subjects);
    digest.entities("category", model.categories);
    digest.entities("purpose", model.purposes);
    digest.entities("party", model.parties);
    digest.entities("system", model.systems);
    for (const privmap::System& system : model.systems)
        digest.retention(system);
    digest.entities("measure", model.measures);
    digest.entities("activity", model.activities);
    for (const privmap::Activity& activity : model.activities)
        digest.retention(activity);
    for (std::size_t i = 0; i < model.flows.size(); ++i)
        digest.table("flow", std::to_string(i + 1), model.flows[i].where, model.flows[i].keys);
    digest.entities("dpia", model.dpias);
    for (const privmap::Dpia& dpia : model.dpias) {
        digest.entities("risk", dpia.risks);
        if (dpia.dpo_advice)
            digest.table("dpo_advice", dpia.id, dpia.dpo_advice->where, dpia.dpo_advice->keys);
        if (dpia.subjects_views)
            digest.table("subjects_views", dpia.id, dpia.subjects_views->where,
                         dpia.subjects_views->keys);
    }
    for (std::size_t i = 0; i < model.waivers.size(); ++i)
        digest.table("waiver", std::to_string(i + 1), model.waivers[i].where,
                     model.waivers[i].keys);
    return digest.text();
}

} // namespace

TEST_CASE("every table and key of every corpus model is where the golden file says", "[golden]") {
    std::vector<std::pair<std::string, std::string>> digests;
    for (const std::string& model : privmap::test::corpus_models())
        digests.emplace_back(model,
                             digest(privmap::load_model(privmap::test::source_path(model)).model));
    privmap::test::compare_with_golden(digests, "locations.txt", 201);
}
