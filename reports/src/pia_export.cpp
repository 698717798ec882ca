// A DPIA in the JSON format of the CNIL's PIA application (LINCnil/pia): what its "import"
// reads and its "export" writes, so that a DPO can go on in that tool. The mapping is in
// docs/reports.md; the application's answers are HTML, so every text from the model is
// escaped.
#include "render.h"
#include "report_parts.h"

#include <privmap/vocabulary.h>

namespace privmap::reports {
namespace {

/// Model text as the HTML the PIA application shows: escaped, line breaks kept.
std::string html_text(std::string_view text) {
    std::string out;
    for (char c : markup_escape(text))
        out += c == '\n' ? std::string("<br />") : std::string(1, c);
    return out;
}

/// "<p><strong>Label</strong>: text</p>" for each non-empty text, in order.
std::string paragraphs(std::initializer_list<std::pair<std::string, std::string>> parts) {
    std::string out;
    for (const auto& [label, text] : parts)
        if (!text.empty())
            out += "<p><strong>" + html_text(label) + "</strong>: " + html_text(text) + "</p>";
    return out;
}

/// The names of `items`, "; "-separated.
template <class List, class Name> std::string joined(const List& items, Name name) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + name(item);
    return out;
}

/// The CNIL four-level scale as the application's gauge: 1 negligible ... 4 maximum.
json gauge_of(std::optional<Level> level) {
    return level ? json(static_cast<int>(*level) + 1) : json(nullptr);
}

json text_answer(int reference, std::string text) {
    return {{"pia_id", 1},
            {"reference_to", reference},
            {"data", {{"text", std::move(text)}, {"gauge", nullptr}, {"list", json::array()}}}};
}

json list_answer(int reference, std::vector<std::string> list) {
    return {{"pia_id", 1},
            {"reference_to", reference},
            {"data", {{"text", nullptr}, {"gauge", nullptr}, {"list", std::move(list)}}}};
}

json gauge_answer(int reference, std::string text, json gauge) {
    return {{"pia_id", 1},
            {"reference_to", reference},
            {"data",
             {{"text", std::move(text)}, {"gauge", std::move(gauge)}, {"list", json::array()}}}};
}

/// Appends `item` to `list` unless it is empty or already there.
void add_once(std::vector<std::string>& list, const std::string& item) {
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

/// The application's section 3.2, 3.3 or 3.4 (questions x1 impacts, x2 threats, x3 risk
/// sources, x4 measures, x5 severity, x6 likelihood) for the risks of one CNIL event. The
/// application holds one severity and one likelihood per event: the highest of its risks.
void add_event(json& answers, const Builder& b, const Dpia& dpia, RiskEvent event, int base) {
    std::vector<std::string> impacts, threats, sources, measures;
    std::optional<Level> severity, likelihood;
    std::string severity_text, likelihood_text;
    for (const Risk& risk : dpia.risks) {
        if (risk.event != event)
            continue;
        add_once(impacts, risk.impact);
        add_once(threats, risk.description.empty() ? risk.id : risk.description);
        add_once(sources, risk.risk_source);
        for (const Ref& ref : risk.measures)
            add_once(measures, b.name_of(ref.id));
        if (risk.severity && (!severity || *risk.severity > *severity))
            severity = risk.severity;
        if (risk.likelihood && (!likelihood || *risk.likelihood > *likelihood))
            likelihood = risk.likelihood;
    }
    if (threats.empty())
        return;
    answers.push_back(list_answer(base + 1, impacts));
    answers.push_back(list_answer(base + 2, threats));
    answers.push_back(list_answer(base + 3, sources));
    answers.push_back(list_answer(base + 4, measures));
    answers.push_back(gauge_answer(base + 5, "", gauge_of(severity)));
    answers.push_back(gauge_answer(base + 6, "", gauge_of(likelihood)));
}

/// 0 in progress, 1 refused, 2 validated: the application's `status`.
int pia_status(const Dpia& dpia, bool approved) {
    if (dpia.decision && dpia.decision->outcome == DpiaOutcome::rejected)
        return 1;
    return approved ? 2 : 0;
}

json pia_part(const Builder& b, const Dpia& dpia, const DpiaEntry& entry) {
    std::string timestamp = b.today.str() + "T00:00:00.000Z";
    json pia = {{"name", dpia.name},
                {"category", ""},
                {"status", pia_status(dpia, entry.approved)},
                {"author_name", ""},
                {"evaluator_name", ""},
                {"validator_name", dpia.decision ? dpia.decision->by : ""},
                {"dpos_names", dpia.dpo_advice ? dpia.dpo_advice->name : ""},
                {"dpo_status", nullptr},
                {"dpo_opinion", dpia.dpo_advice ? html_text(dpia.dpo_advice->advice) : ""},
                {"people_names", ""},
                {"concerned_people_searched_opinion", nullptr},
                {"concerned_people_searched_content", ""},
                {"concerned_people_opinion", ""},
                {"concerned_people_status", nullptr},
                {"rejection_reason", ""},
                {"applied_adjustments", ""},
                {"is_example", 0},
                {"created_at", timestamp},
                {"updated_at", timestamp}};
    if (const auto& views = dpia.subjects_views) {
        pia["people_names"] = views->how;
        if (views->sought)
            pia["concerned_people_searched_opinion"] = *views->sought;
        pia["concerned_people_searched_content"] = html_text(views->reason);
        pia["concerned_people_opinion"] = html_text(views->outcome);
    }
    return pia;
}

json pia_answers(const Builder& b, const Dpia& dpia, const DpiaEntry& entry) {
    const DpiaDescription& d = entry.description;
    auto name = [](const auto& view) { return view.name; };
    std::string purposes, bases;
    for (const RegisterEntry& activity : d.activities) {
        purposes += paragraphs({{activity.name, joined(activity.purposes, name)}});
        if (activity.basis)
            bases += paragraphs({{activity.name, activity.basis->text}});
    }
    std::string retention;
    for (const DpiaRetentionView& line : d.retention)
        retention += paragraphs({{line.activity + " · " + line.rule.categories,
                                  line.rule.period + " " + line.rule.from}});
    json answers = json::array();
    auto add = [&](int reference, std::string text) {
        if (!text.empty()) // a question without an answer stays open in the application
            answers.push_back(text_answer(reference, std::move(text)));
    };
    add(111, paragraphs({{b.t.label("activities"), joined(d.activities, name)},
                         {b.t.label("dpia_a"), dpia.description},
                         {b.t.label("dpia_interests"), dpia.interests}}));
    add(112, paragraphs({{b.t.label("recipients"), joined(d.recipients, [](const RecipientView& r) {
                              return r.party.name;
                          })}}));
    add(113, paragraphs({{b.t.label("dpia_legal_framework"), dpia.legal_framework}}));
    add(121, paragraphs({{b.t.label("categories"), joined(d.categories, name)},
                         {b.t.label("subjects"), joined(d.subjects, name)}}) +
                 retention);
    add(122, paragraphs({{b.t.label("flows"), joined(d.flows, [](const FlowView& f) {
                              return f.from + " → " + f.to + " (" + f.categories + ")";
                          })}}));
    add(123, paragraphs({{b.t.label("systems"), joined(d.systems, name)},
                         {b.t.label("dpia_techniques"), dpia.techniques}}));
    add(211,
        purposes + paragraphs({{b.t.label("dpia_purpose_limitation"), dpia.purpose_limitation}}));
    add(212, bases);
    add(213, paragraphs({{b.t.label("dpia_data_minimisation"), dpia.data_minimisation},
                         {b.t.label("dpia_necessity"), dpia.necessity},
                         {b.t.label("dpia_proportionality"), dpia.proportionality},
                         {b.t.label("dpia_subsidiarity"), dpia.subsidiarity}}));
    add(215,
        paragraphs({{b.t.label("dpia_retention_justification"), dpia.retention_justification}}));
    add(227, paragraphs({{b.t.label("transfers"), joined(d.transfers, [](const TransferView& t) {
                              return t.name + " → " + t.country.name +
                                     (t.safeguard.empty() ? "" : ": " + t.safeguard);
                          })}}));
    add_event(answers, b, dpia, RiskEvent::illegitimate_access, 320);
    add_event(answers, b, dpia, RiskEvent::unwanted_modification, 330);
    add_event(answers, b, dpia, RiskEvent::disappearance, 340);
    return answers;
}

/// Section 3.1: the measures of the risks, each with its line of the action plan.
json pia_measures(const Builder& b, const DpiaEntry& entry) {
    json measures = json::array();
    for (const DpiaMeasureView& view : entry.measures) {
        std::string content = paragraphs({{b.t.label("kind"), view.measure.kind},
                                          {b.t.label("standard"), view.measure.standard},
                                          {b.t.label("risks_addressed"), view.risks}});
        for (const DpiaActionView& action : entry.actions)
            if (action.measure == view.measure.name)
                content += paragraphs({{b.t.label("action_owner"), action.owner},
                                       {b.t.label("action_due"), action.due},
                                       {b.t.label("action_state"), action.state}});
        measures.push_back({{"pia_id", 1},
                            {"title", view.measure.name},
                            {"content", html_text(view.measure.description) + content},
                            {"placeholder", "measures.default_placeholder"}});
    }
    return measures;
}

} // namespace

json pia_export(const Builder& b, const Dpia& dpia) {
    DpiaEntry entry = dpia_view(b, dpia);
    return {{"pia", pia_part(b, dpia, entry)},
            {"answers", pia_answers(b, dpia, entry)},
            {"measures", pia_measures(b, entry)},
            {"evaluations", json::array()},
            {"comments", json::array()}};
}

} // namespace privmap::reports
