#include "plan.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace privmap::modelgen {
namespace {

Counts count(const Plan& plan) {
    Counts counts;
    counts.departments = plan.departments.size();
    counts.subjects = plan.subjects.size();
    counts.categories = plan.categories.size();
    counts.special_categories = static_cast<std::size_t>(
        std::count_if(plan.categories.begin(), plan.categories.end(),
                      [](const CategoryPlan& c) { return c.effectively_special; }));
    counts.purposes = plan.purposes.size();
    counts.parties = plan.parties.size();
    counts.third_country_parties = static_cast<std::size_t>(
        std::count_if(plan.parties.begin(), plan.parties.end(), [](const PartyPlan& party) {
            constexpr std::string_view eea = "NL DE BE FR IE LU DK SE FI ES IT PL AT PT CZ NO IS";
            return !party.country.empty() && eea.find(party.country) == std::string_view::npos;
        }));
    counts.systems = plan.systems.size();
    counts.measures = plan.measures.size();
    counts.activities = plan.activities.size();
    for (const ActivityPlan& activity : plan.activities) {
        counts.processor_activities += activity.role == "processor";
        counts.fan_in_activities += activity.activity_sources >= 2;
    }
    for (const std::vector<FlowPlan>& flows : plan.flows)
        counts.flows += flows.size();
    counts.dpias = plan.dpias.size();
    counts.waivers = plan.waivers.size();
    return counts;
}

} // namespace

std::uintmax_t GeneratedModel::bytes() const {
    std::uintmax_t total = 0;
    for (const File& file : files)
        total += file.text.size();
    return total;
}

GeneratedModel generate(const Options& options) {
    Plan plan = make_plan(options);
    return {emit(plan, options), count(plan)};
}

std::optional<std::string> write(const GeneratedModel& model, const std::filesystem::path& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        return "cannot create " + dir.string() + ": " + error.message();
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
        if (entry.is_regular_file() && entry.path().extension() == ".toml")
            std::filesystem::remove(entry.path(), error);
    for (const File& file : model.files) {
        std::ofstream out(dir / file.path, std::ios::binary);
        out << file.text;
        if (!out.flush())
            return "cannot write " + (dir / file.path).string();
    }
    return std::nullopt;
}

} // namespace privmap::modelgen
