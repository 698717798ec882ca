#include "rules/reuse.h"

#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules {

std::vector<Feeder> reused_from(const Context& context, std::size_t activity) {
    // Both lists are sorted by activity, one each: an activity read from a system is new
    // when the data it sends by flows does not list it already.
    auto flowing = context.graph.feeding_activities(activity);
    auto read = context.graph.reading_from_systems(activity);
    auto by_activity = [](const Feeder& a, const Feeder& b) { return a.activity < b.activity; };
    std::vector<Feeder> feeders(flowing.begin(), flowing.end());
    for (const Feeder& feeder : read)
        if (!std::binary_search(flowing.begin(), flowing.end(), feeder, by_activity))
            feeders.push_back(feeder);
    return feeders;
}

Message describe_reuse(const Context& context, const Activity& original, const Activity& further,
                       const Feeder& feeder) {
    const LineageEdge& via = context.graph.edge(feeder.via);
    if (via.origin == EdgeOrigin::system)
        return {"reuse.system",
                {{"original", original.id},
                 {"system", context.graph.vertex(via.to).id},
                 {"further", further.id}}};
    return {"reuse.flows", {{"original", original.id}, {"further", further.id}}};
}

std::vector<const Subject*> own_staff_of(const Model& model, const Activity& activity) {
    std::vector<const Subject*> staff;
    for (const Ref& ref : activity.subjects)
        if (const Subject* subject = model.target<Subject>(ref); subject && subject->own_staff)
            staff.push_back(subject);
    return staff;
}

} // namespace privmap::rules
