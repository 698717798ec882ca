#include "rules/reached.h"
#include "rules/security/security.h"
#include "rules/wording.h"

#include <algorithm>
#include <privmap/vocabulary.h>

namespace privmap::rules::security {
namespace {

bool technical(const Model& model, const Ref& ref) {
    const Measure* measure = model.target<Measure>(ref);
    return measure && measure->kind == MeasureKind::technical;
}

void check_special_data(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t s = 0; s < model.systems.size(); ++s) {
        const System& system = model.systems[s];
        if (std::any_of(system.measures.begin(), system.measures.end(),
                        [&](const Ref& ref) { return technical(model, ref); }))
            continue;
        for (const Arrival& arrival : context.graph.system_categories(s)) {
            const Category& category = model.categories[arrival.category];
            if (!category.effective_special)
                continue;
            LineagePath path =
                context.graph.path_to(context.graph.system_vertex(s), arrival.category);
            Diagnostic& d = findings.add(
                special_data.info, system.id, system.at("measures"),
                {"security.special-data",
                 {{"system", system.id},
                  {"special",
                   std::vector{Message{
                       "special." + std::string(to_name(*category.effective_special)), {}}}},
                  {"category", category.id},
                  {"path", context.graph.describe_path(path)}}},
                {"security.special-data.help", {{"system", system.id}}});
            add_path_notes(context, d, path);
            break;
        }
    }
}

} // namespace

const Rule special_data{
    {
        .id = "security.special-data",
        .severity = Severity::error,
        .summary = "Special or criminal data is stored in a system without technical measures",
        .what =
            "Every system that special-category (Art. 9(1)) or criminal (Art. 10) data reaches, "
            "through its activities or flows, must list at least one `[[measure]]` of `kind = "
            "\"technical\"`. Organisational and physical measures alone do not count. One finding "
            "per "
            "system, naming the first such category and its path.",
        .why =
            "Measures must match the risk (Art. 32(1)); special and criminal data carry the "
            "highest risk "
            "for data subjects, and supervisory authorities expect at least encryption and access "
            "control for them (e.g. NEN 7510 for health data in the Netherlands).",
        .legal = "GDPR Art. 9, 10, 32(1)",
        .example = "[[system]]\nid = \"hr-files\"\nname = \"HR files\"\ncountry = \"NL\"\n"
                   "measures = [\"clean-desk\"]   # organisational only\n",
        .fix =
            "Add and list technical measures: encryption at rest and in transit, role-based access "
            "control, access logging.",
    },
    check_special_data};

} // namespace privmap::rules::security
