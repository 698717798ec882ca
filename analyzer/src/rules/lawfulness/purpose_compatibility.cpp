#include "rules/lawfulness/lawfulness.h"
#include "rules/reached.h"
#include "rules/reuse.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::lawfulness {
namespace {

bool lists(const std::vector<Ref>& refs, Symbol id) {
    return std::any_of(refs.begin(), refs.end(), [&](const Ref& ref) { return ref.id == id; });
}

/// An Art. 6(4) assessment may be recorded on either purpose.
bool assessed_compatible(const Model& model, const Ref& original, const Ref& further) {
    const Purpose* a = model.target<Purpose>(original);
    const Purpose* b = model.target<Purpose>(further);
    return (a && lists(a->compatible_with, further.id)) ||
           (b && lists(b->compatible_with, original.id));
}

/// Art. 5(1)(b): further processing for archiving in the public interest, research or
/// statistics is not incompatible when the Art. 89(1) safeguards are in place.
bool research_with_safeguards(const Purpose* purpose) {
    return purpose && purpose->research && !purpose->safeguards.empty();
}

/// The purposes of `further` that neither `original` pursues nor were found compatible with one it
/// does.
std::vector<const Ref*> new_purposes(const Model& model, const Activity& original,
                                     const Activity& further) {
    std::vector<const Ref*> found;
    for (const Ref& purpose : further.purposes) {
        bool covered =
            research_with_safeguards(model.target<Purpose>(purpose)) ||
            std::any_of(original.purposes.begin(), original.purposes.end(), [&](const Ref& known) {
                return known.id == purpose.id || assessed_compatible(model, known, purpose);
            });
        if (!covered)
            found.push_back(&purpose);
    }
    return found;
}

/// Art. 6(4) needs no compatibility test when the further processing rests on consent or on a law.
bool exempt_from_compatibility(const Activity& activity) {
    return activity.lawful_basis == LawfulBasis::consent ||
           activity.lawful_basis == LawfulBasis::legal_obligation;
}

/// A research purpose without safeguards is not yet presumed compatible: say what is missing.
void note_research_without_safeguards(const Model& model, const Ref& added, Diagnostic& finding) {
    if (const Purpose* purpose = model.target<Purpose>(added); purpose && purpose->research)
        finding.notes.push_back(
            {{"lawfulness.purpose-compatibility.research", {{"purpose", added.id}}},
             purpose->at("research")});
}

/// A purpose of the receiving activity that some activities it reuses data from did not collect
/// their data for: one finding each, however many activities feed it.
struct NewPurpose {
    const Ref* purpose;          // in the receiving activity's `purposes`
    std::vector<Feeder> sources; // one per activity, in reuse order
};

std::vector<NewPurpose> new_purposes_of(const Context& context, std::size_t index) {
    const Model& model = context.model;
    const Activity& further = model.activities[index];
    std::vector<NewPurpose> found;
    for (const Ref& purpose : further.purposes)
        found.push_back({&purpose, {}});
    for (const Feeder& feeder : reused_from(context, index)) {
        const Activity& original = model.activities[feeder.activity];
        if (original.purposes.empty())
            continue; // lawfulness.purpose-missing says so
        std::vector<const Ref*> added = new_purposes(model, original, further);
        for (NewPurpose& entry : found)
            if (std::any_of(added.begin(), added.end(),
                            [&](const Ref* ref) { return ref->id == entry.purpose->id; }))
                entry.sources.push_back(feeder); // reused_from lists each activity once
    }
    std::erase_if(found, [](const NewPurpose& entry) { return entry.sources.empty(); });
    return found;
}

/// The feeding activities a finding names; the rest it counts.
constexpr std::size_t named_sources = 3;

/// How the data reaches `further`: the one reuse in full, or the activities it comes from.
Message describe_sources(const Context& context, const Activity& further, const NewPurpose& entry) {
    const Model& model = context.model;
    if (entry.sources.size() == 1)
        return describe_reuse(context, model.activities[entry.sources.front().activity], further,
                              entry.sources.front());
    std::vector<std::string> ids;
    for (const Feeder& feeder : entry.sources)
        ids.push_back(model.activities[feeder.activity].id);
    return {"lawfulness.purpose-compatibility.sources",
            {{"activities", std::vector{summary_of(ids, named_sources)}}, {"further", further.id}}};
}

void report_new_purpose(const Context& context, Findings& findings, const Activity& further,
                        const NewPurpose& entry) {
    const Model& model = context.model;
    const Activity& first = model.activities[entry.sources.front().activity];
    auto& finding = findings.add(
        purpose_compatibility.info, further.id, context.graph.edge(entry.sources.front().via).where,
        {"lawfulness.purpose-compatibility",
         {{"sources", std::vector{describe_sources(context, further, entry)}},
          {"further", further.id},
          {"purpose", entry.purpose->id},
          {"count", static_cast<long long>(entry.sources.size())}}},
        {"lawfulness.purpose-compatibility.help",
         {{"original", first.purposes.front().id}, {"purpose", entry.purpose->id}}});
    for (std::size_t k = 0; k < entry.sources.size() && k < named_sources; ++k) {
        const Activity& original = model.activities[entry.sources[k].activity];
        finding.notes.push_back(
            {{"lawfulness.purpose-compatibility.collected",
              {{"activity", original.id}, {"purposes", ticked_list(original.purposes)}}},
             original.at("purposes")});
    }
    if (entry.sources.size() > named_sources)
        finding.notes.push_back(
            {{"lawfulness.purpose-compatibility.more",
              {{"count", static_cast<long long>(entry.sources.size() - named_sources)},
               {"purpose", entry.purpose->id}}},
             {}});
    finding.notes.push_back(
        {{"lawfulness.purpose-compatibility.pursues",
          {{"activity", further.id}, {"purposes", ticked_list(further.purposes)}}},
         further.at("purposes")});
    note_research_without_safeguards(model, *entry.purpose, finding);
}

void check_purpose_compatibility(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t index = 0; index < model.activities.size(); ++index) {
        const Activity& further = model.activities[index];
        if (!answers_for_lawfulness(further) || further.purposes.empty() ||
            exempt_from_compatibility(further))
            continue;
        for (const NewPurpose& entry : new_purposes_of(context, index))
            report_new_purpose(context, findings, further, entry);
    }
}

} // namespace

const Rule purpose_compatibility{
    {
        .id = "lawfulness.purpose-compatibility",
        .severity = Severity::error,
        .summary = "data is reused by an activity with an incompatible purpose",
        .what =
            "For each controller activity, the activities whose data it reuses are compared with "
            "it: those whose data flows into it (through flows, systems or parties), and those "
            "whose data it reads from a system it lists in `systems` while collecting nothing "
            "itself (no subject or party sends it data; the two activities share a category). "
            "Every purpose of the receiving activity must be a purpose of the feeding activity, "
            "or listed in `compatible_with` of one of them (either way round), or be an Art. 89(1) "
            "purpose (`research`) with its `safeguards` documented, which Art. 5(1)(b) presumes "
            "compatible. Receiving activities based on `consent` or `legal-obligation` are "
            "exempt, as Art. 6(4) exempts further processing based on consent or on law; a "
            "feeding activity without purposes is left to `lawfulness.purpose-missing`. There is "
            "one finding per receiving activity and new purpose; it names the activities the "
            "data comes from (the first three, then how many more).",
        .why =
            "Personal data collected for specified purposes may not be further processed in a way "
            "incompatible with them. Whether a new purpose is compatible must be assessed against "
            "the Art. 6(4) factors (link between purposes, context, nature of the data, "
            "consequences, safeguards) and the assessment documented. Reuse is the same whether "
            "the "
            "data moves by a flow or is read from the system where another activity stored it. "
            "Further processing for archiving in the public interest, scientific or historical "
            "research or statistics is not considered incompatible (Art. 5(1)(b)) when it is "
            "subject to the Art. 89(1) safeguards.",
        .legal = "GDPR Art. 5(1)(b), 6(4), 89(1), Recital 50",
        .example = R"([[flow]]
from = "webshop"
to = "profiling"
categories = ["orders"]
activity = "webshop"
# webshop pursues `sales`, profiling pursues `marketing`, and
# no purpose lists the other in `compatible_with`
)",
        .fix = "Carry out and document the Art. 6(4) compatibility assessment (`compatible_with`, "
               "`assessment` on the purpose), mark an Art. 89(1) purpose with `research` and its "
               "`safeguards`, rest the receiving activity on consent, or stop the reuse.",
    },
    check_purpose_compatibility};

} // namespace privmap::rules::lawfulness
