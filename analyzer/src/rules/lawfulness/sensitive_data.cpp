#include "rules/lawfulness/lawfulness.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace privmap::rules::lawfulness {

bool cites_law(std::string_view reference) {
    std::string lower(reference);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::array<std::string_view, 9> marks{"art.", "art ", "artikel", "article", "§",
                                                    "uavg", "wet ", "law",     "bdsg"};
    return std::any_of(marks.begin(), marks.end(), [&](std::string_view mark) {
        return lower.find(mark) != std::string::npos;
    });
}

void report_unsatisfied(const Context& context, Findings& findings,
                        const SensitiveDataCheck& check) {
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& activity = model.activities[index];
        if (!answers_for_lawfulness(activity) || check.satisfied(activity))
            continue;
        std::vector<Reach> reaches = reaching(context, index, check.property);
        if (reaches.empty())
            continue;
        auto& finding = findings.add(check.rule.info, activity.id, reaches.front().where,
                                     check.message(activity, check.describe(reaches.front())),
                                     check.help(activity));
        add_reach_notes(finding, reaches, check.describe);
    }
}

} // namespace privmap::rules::lawfulness
