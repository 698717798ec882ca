#include "rules/reuse.h"

#include "rules/wording.h"

namespace privmap::rules {

std::vector<Feeder> reused_from(const Context& context, std::size_t activity) {
    auto flowing = context.graph.feeding_activities(activity);
    auto read = context.graph.reading_from_systems(activity);
    std::vector<Feeder> feeders(flowing.begin(), flowing.end());
    feeders.insert(feeders.end(), read.begin(), read.end());
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
