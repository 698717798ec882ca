#include "rules/processor/processor.h"
#include "rules/wording.h"

#include <algorithm>

namespace privmap::rules::processor {
namespace {

/// A party that processes data for a processor activity, and where the model says so.
struct Engagement {
    const Party* party;
    Location where;
    std::vector<Note> notes;
};

/// The operator of the system `ref` names, if it names one; `system` is set to the system.
const Party* operator_of(const Model& model, const Ref& ref, const System** system) {
    *system = model.target<System>(ref);
    if (!*system || !(*system)->operated_by)
        return nullptr;
    return model.target<Party>(*(*system)->operated_by);
}

/// The parties the activity hands data to for processing: recipients, operators of its systems
/// and destinations of its flows (directly or through a system they operate).
std::vector<Engagement> engagements_of(const Context& context, std::size_t index) {
    const Model& model = context.model;
    const Activity& activity = model.activities[index];
    std::vector<Engagement> found;
    auto engage = [&](const Party* party, const Location& where, std::vector<Note> notes) {
        bool processes = party && (party->role == PartyRole::processor ||
                                   party->role == PartyRole::sub_processor);
        bool known = std::any_of(found.begin(), found.end(),
                                 [&](const Engagement& e) { return e.party == party; });
        if (processes && !known)
            found.push_back({party, where, std::move(notes)});
    };
    auto engage_through = [&](const Ref& target, const Location& where) {
        const System* system = nullptr;
        if (const Party* party = operator_of(model, target, &system))
            engage(party, where,
                   {{{"processor.subprocessor-unauthorised.operates",
                      {{"party", party->id}, {"system", system->id}}},
                     system->at("operated_by")}});
        else
            engage(model.target<Party>(target), where, {});
    };
    for (const Ref& recipient : activity.recipients)
        engage_through(recipient, recipient.where);
    for (const Ref& system : activity.systems)
        engage_through(system, system.where);
    for (EdgeId e : context.graph.flows_under(index)) {
        const Flow& flow = model.flows[*context.graph.edge(e).flow];
        engage_through(flow.to, flow.to.where);
    }
    return found;
}

bool authorises(const Party& party, std::string_view controller) {
    return std::any_of(party.authorised_by.begin(), party.authorised_by.end(),
                       [&](const Ref& ref) { return ref.id == controller; });
}

/// The organisation as controller: its processor's sub-processors need its authorisation.
void check_own_authorisation(const Context& context, Findings& findings) {
    const Model& model = context.model;
    for (std::size_t i = 0; i < model.parties.size(); ++i) {
        const Party& party = model.parties[i];
        if (!party.sub_processor_of || !party.authorisation.empty() ||
            context.graph.categories_reaching(context.graph.party_vertex(i)).empty())
            continue;
        findings.add(subprocessor_unauthorised.info, party.id, party.at("sub_processor_of"),
                     {"processor.subprocessor-unauthorised.own",
                      {{"party", party.id}, {"processor", party.sub_processor_of->id}}},
                     {"processor.subprocessor-unauthorised.own.help",
                      {{"party", party.id}, {"processor", party.sub_processor_of->id}}});
    }
}

void check_subprocessor_unauthorised(const Context& context, Findings& findings) {
    check_own_authorisation(context, findings);
    for (std::size_t index = 0; index < context.model.activities.size(); ++index) {
        const Activity& activity = context.model.activities[index];
        if (activity.role != ActivityRole::processor)
            continue;
        for (Engagement& engagement : engagements_of(context, index)) {
            std::vector<std::string> missing;
            for (const Ref& controller : activity.controllers)
                if (!authorises(*engagement.party, controller.id))
                    missing.push_back(controller.id);
            if (missing.empty())
                continue;
            const Party& party = *engagement.party;
            auto& finding =
                findings.add(subprocessor_unauthorised.info, activity.id, engagement.where,
                             {"processor.subprocessor-unauthorised",
                              {{"activity", activity.id},
                               {"party", party.id},
                               {"controllers", ticked_list(missing)}}},
                             {"processor.subprocessor-unauthorised.help", {{"party", party.id}}});
            finding.notes = std::move(engagement.notes);
            if (party.has("authorised_by"))
                finding.notes.push_back(
                    {{"processor.subprocessor-unauthorised.authorised-by",
                      {{"party", party.id}, {"controllers", ticked_list(party.authorised_by)}}},
                     party.at("authorised_by")});
        }
    }
}

} // namespace

const Rule subprocessor_unauthorised{
    {
        .id = "processor.subprocessor-unauthorised",
        .severity = Severity::error,
        .summary = "a processor activity engages a sub-processor its controllers did not authorise",
        .what = "For each `processor` activity, every party with role `processor` or "
                "`sub-processor` that it engages (a recipient, the operator of a system it uses, "
                "or the destination of a flow under the activity) must list each of the activity's "
                "`controllers` in `authorised_by`. A party marked `processor` counts too: whoever "
                "a processor engages for its controller's data is a sub-processor for that "
                "activity. Where the organisation is the controller, a party declared "
                "`sub_processor_of` one of its processors that personal data reaches needs the "
                "organisation's written authorisation in `authorisation`.",
        .why =
            "A processor shall not engage another processor without the controller's prior "
            "specific "
            "or general written authorisation, and must pass on the same obligations by contract. "
            "An unauthorised sub-processor breaches the processor agreement and exposes the "
            "controller's data to a party it never approved.",
        .legal = "GDPR Art. 28(2), 28(4)",
        .example = R"([[party]]
id = "client"
name = "Client B.V."
role = "controller"
country = "NL"

[[party]]
id = "cloud"
name = "Cloud Ltd"
role = "sub-processor"
country = "IE"
dpa = "DPA-7"

[[activity]]
id = "hosting"
name = "Hosting"
role = "processor"
controllers = ["client"]
recipients = ["cloud"]
subjects = ["users"]
categories = ["contact"]
)",
        .fix = "Record each controller's written authorisation in the sub-processor's "
               "`authorised_by`, or stop engaging it for that controller's data.",
    },
    check_subprocessor_unauthorised};

} // namespace privmap::rules::processor
