#include "report_parts.h"

#include <algorithm>
#include <array>
#include <privmap/vocabulary.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace privmap::reports {

std::string as_prose(std::string_view message) {
    std::string out;
    bool open = false;
    for (char c : message) {
        if (c != '`') {
            out += c;
            continue;
        }
        out += open ? "\u2019" : "\u2018";
        open = !open;
    }
    return out;
}

Builder::Builder(const Model& model_, const Analysis& analysis_, const Catalogue& catalogue,
                 const Date& today_)
    : model(model_), analysis(analysis_), t(catalogue), today(today_) {
    for (const Diagnostic& finding : analysis.findings)
        findings_by_entity_[finding.entity].push_back(&finding);
    flows_by_activity_.resize(model.activities.size());
    for (std::size_t i = 0; i < model.flows.size(); ++i) {
        const Flow& flow = model.flows[i];
        for (const Ref* end : {flow.activity ? &*flow.activity : nullptr, &flow.from, &flow.to})
            if (auto handle = end ? end->target(EntityKind::activity) : std::nullopt) {
                std::vector<std::size_t>& flows = flows_by_activity_[handle->index];
                if (flows.empty() || flows.back() != i)
                    flows.push_back(i);
            }
    }
}

std::string Builder::name_of(std::string_view id) const {
    const Entity* entity = model.find_entity(id);
    return entity && !entity->name.empty() ? entity->name : std::string(id);
}

CountryView Builder::country_view(std::string_view code) const {
    if (code.empty())
        return {};
    bool known = code != "unknown";
    return {std::string(code), known ? t.country(code) : t.label("country_unknown")};
}

PartyView Builder::party_view(const Party& party) const {
    std::string authorised_by;
    for (const Ref& controller : party.authorised_by)
        authorised_by += (authorised_by.empty() ? "" : ", ") + name_of(controller.id);
    return {party.id,
            anchor_of("party", party.id),
            party.name,
            party.description,
            std::string(to_name(party.role)),
            t.vocabulary("party_role", to_name(party.role)),
            party.address,
            party.contact.email,
            party.contact.phone,
            country_view(party.country),
            party.dpa,
            party.safeguard ? t.vocabulary("safeguard", to_name(*party.safeguard)) : "",
            needs_dpa(party),
            is_transfer_destination(party),
            authorised_by,
            party.authorisation};
}

PartyView Builder::party_ref_view(std::string_view id) const {
    if (const Party* found = party(id))
        return party_view(*found);
    Party undeclared;
    undeclared.id = id;
    undeclared.name = id;
    PartyView view = party_view(undeclared);
    view.role_text = "";
    return view;
}

SubjectView Builder::subject_view(const Subject& subject) const {
    return {subject.id,
            anchor_of("subject", subject.id),
            subject.name,
            subject.description,
            subject.vulnerable,
            subject.children,
            subject.count ? t.message("subject_count", {{"count", *subject.count}}) : ""};
}

CategoryView Builder::category_view(const Category& category) const {
    std::string special;
    if (category.effective_special)
        special = t.vocabulary("special", to_name(*category.effective_special));
    std::string inherited_from;
    if (category.effective_special && !category.special_from.empty() &&
        category.special_from != category.id)
        inherited_from = name_of(category.special_from);
    return {category.id,
            category.name,
            category.description,
            special,
            inherited_from,
            category.effective_national_id,
            category.effective_highly_personal};
}

SystemView Builder::system_view(const System& system) const {
    return {system.id,
            anchor_of("system", system.id),
            system.name,
            system.description,
            country_view(system.country),
            system.operated_by ? name_of(system.operated_by->id) : ""};
}

MeasureView Builder::measure_view(const Measure& measure, std::string_view via) const {
    return {measure.id,
            measure.name,
            measure.description,
            measure.kind ? t.vocabulary("measure_kind", to_name(*measure.kind)) : "",
            measure.standard,
            std::string(via)};
}

RetentionView Builder::retention_view(const RetentionRule& rule, std::string_view owner) const {
    std::string categories;
    for (const Ref& ref : rule.categories)
        categories += (categories.empty() ? "" : ", ") + name_of(ref.id);
    bool duration = rule.kind == PeriodKind::duration;
    return {.categories = categories.empty() ? t.label("all_categories") : categories,
            .period =
                duration ? t.duration(rule.period) : t.vocabulary("period", to_name(rule.kind)),
            .iso_period = duration ? rule.period.str() : std::string(to_name(rule.kind)),
            .max = rule.max ? t.duration(*rule.max) : "",
            .from = rule.from,
            .basis = rule.basis,
            .deletion = rule.deletion ? t.vocabulary("deletion", to_name(*rule.deletion)) : "",
            .owner = std::string(owner)};
}

WaiverView Builder::waiver_view(const WaiverInfo& waiver) const {
    return {waiver.reason, waiver.approved_by, t.date(waiver.expires), waiver.expires};
}

std::string Builder::answer_text(Answer answer) const {
    switch (answer) {
    case Answer::yes:
        return t.label("yes");
    case Answer::no:
        return t.label("no");
    default:
        return t.label("not_recorded");
    }
}

std::string Builder::sensitivity_text(Sensitivity kind, const Category& category) const {
    if (kind == Sensitivity::national_id)
        return t.label("national_id");
    return category.effective_special
               ? t.vocabulary("special", to_name(*category.effective_special))
               : std::string();
}

std::string Builder::path_text(const LineagePath& path) const {
    std::string text;
    std::string last_country;
    for (VertexId v : analysis.graph.path_vertices(path)) {
        const LineageVertex& vertex = analysis.graph.vertex(v);
        if (vertex.kind == VertexKind::country)
            continue;
        text += (text.empty() ? "" : " \u2192 ") + name_of(vertex.id);
        last_country = vertex.country;
    }
    if (!last_country.empty() && !text.empty())
        text += " (" + country_view(last_country).name + ")";
    return text;
}

bool Builder::speaks_english() const {
    return t.lang() == "en" || t.lang().starts_with("en-");
}

std::string Builder::href_of(std::string_view entity) const {
    auto handle = model.find(entity);
    if (!handle)
        return "";
    switch (handle->kind) {
    case EntityKind::organisation:
    case EntityKind::activity:
    case EntityKind::party:
    case EntityKind::subject:
    case EntityKind::system:
        return "register.html#" + anchor_of(to_name(handle->kind), entity);
    case EntityKind::dpia:
        return dpia_file(entity) + ".html";
    default:
        return "";
    }
}

std::string Builder::dpia_file(std::string_view dpia_id) const {
    constexpr std::string_view prefix = "dpia-";
    std::string_view rest = dpia_id.substr(dpia_id.starts_with(prefix) ? prefix.size() : 0);
    bool doubled = rest.size() < dpia_id.size() && model.find(rest, EntityKind::dpia);
    return anchor_of("dpia", doubled ? dpia_id : rest);
}

bool marks_special_category(const json& rows) {
    for (const json& row : rows)
        for (const json& category : row.value("categories", json::array()))
            if (!category.value("special", std::string()).empty())
                return true;
    return false;
}

// Every language, English too, takes the summary from its catalogue; the rule id shows where one
// lacks it (a custom catalogue), so the gap is visible.
namespace {
/// `text` beginning with a capital letter, as a list item or a sentence in a document does
/// (the English summaries are written lower-case, as a linter's are).
std::string capitalised(std::string_view text) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (unicode.isEmpty())
        return std::string(text);
    UChar32 first = unicode.char32At(0);
    unicode.replace(0, U16_LENGTH(first), u_toupper(first));
    std::string out;
    return unicode.toUTF8String(out);
}
} // namespace

std::string Builder::rule_summary(std::string_view rule) const {
    return capitalised(as_prose(t.entry("rule", rule).value_or(std::string(rule))));
}

// A finding in the report's language: its message, notes and help from the catalogue. A report
// in another language than English also names the entity the finding is about. Where the
// finding is in the model is for the technical appendix, not for the running text.
FindingView Builder::finding_view(const Diagnostic& finding) const {
    FindingView view;
    view.rule = finding.rule;
    view.severity = to_string(finding.severity);
    view.severity_text = t.vocabulary("severity", to_string(finding.severity));
    view.entity = finding.entity;
    view.entity_name = finding.entity.empty() ? "" : name_of(finding.entity);
    view.location = finding.where.str();
    view.summary = rule_summary(finding.rule);
    view.text = as_prose(t.render(finding.message));
    if (!speaks_english() && !finding.entity.empty())
        view.about = FindingAboutView{name_of(finding.entity), href_of(finding.entity)};
    for (const Note& note : finding.notes)
        view.notes.push_back(as_prose(t.render(note.message)));
    view.help = as_prose(t.render(finding.help));
    if (finding.waiver)
        view.waiver = waiver_view(*finding.waiver);
    return view;
}

std::string Builder::reason_text(const CriterionHit& hit) const {
    return as_prose(t.render(because(hit)));
}

Builder::FindingsAbout Builder::findings_about(std::string_view id) const {
    FindingsAbout about;
    std::vector<FindingView> accepted;
    if (auto found = findings_by_entity_.find(id); found != findings_by_entity_.end())
        for (const Diagnostic* finding : found->second)
            (finding->waiver ? accepted : about.findings).push_back(finding_view(*finding));
    about.open = about.findings.size();
    for (FindingView& finding : accepted)
        about.findings.push_back(std::move(finding));
    return about;
}

void Builder::add_findings(json& entry, std::string_view id) const {
    FindingsAbout about = findings_about(id);
    entry["has_findings"] = !about.findings.empty();
    entry["findings_count"] = about.open;
    entry["findings"] = about.findings;
}

const ActivityScreening* Builder::screening_of(std::size_t activity) const {
    // The analysis screens every activity, in the model's order.
    return activity < analysis.screenings.size() ? &analysis.screenings[activity] : nullptr;
}

std::string Builder::date_text(const std::optional<Date>& date) const {
    return date && date->valid() ? t.date(*date) : std::string();
}

void Builder::sort_by(json& array, const char* key) const {
    std::stable_sort(array.begin(), array.end(), [&](const json& a, const json& b) {
        return t.before(a.value(key, std::string()), b.value(key, std::string()));
    });
}

namespace {
json contact_json(const std::optional<Contact>& contact) {
    if (!contact)
        return false;
    // What is there, in this order, for the templates to join: a phone-only contact is
    // "+31 30 123 4567", never ", +31 30 123 4567".
    json parts = json::array();
    for (const std::string* part : {&contact->name, &contact->email, &contact->phone})
        if (!part->empty())
            parts.push_back({{"text", *part}});
    return {{"name", contact->name},
            {"email", contact->email},
            {"phone", contact->phone},
            {"address", contact->address},
            {"has_parts", !parts.empty()},
            {"parts", parts},
            {"reachable",
             !contact->email.empty() || !contact->phone.empty() || !contact->address.empty()}};
}

json organisation_json(const Builder& b) {
    if (!b.model.organisation)
        return false;
    const Organisation& organisation = *b.model.organisation;
    json entry = {{"id", organisation.id},
                  {"anchor", anchor_of("organisation", organisation.id)},
                  {"name", organisation.name},
                  {"description", organisation.description},
                  {"address", organisation.address},
                  {"country", b.country_json(organisation.country)},
                  {"registration", organisation.registration},
                  {"public_body", organisation.public_body},
                  {"contact", contact_json(organisation.contact)},
                  {"dpo", contact_json(organisation.dpo)},
                  {"representative", contact_json(organisation.representative)},
                  {"representative_applies",
                   b.analysis.facts.organisation.representative_required != Answer::no},
                  {"supervisory_authority", organisation.supervisory_authority},
                  {"rights_procedure", organisation.rights_procedure}};
    b.add_findings(entry, organisation.id);
    return entry;
}

json register_section(const Builder& b, bool processor) {
    json entries = register_entries(b, processor);
    json section = {{"entries", entries},
                    {"count", entries.size()},
                    {"has_entries", !entries.empty()},
                    {"marks_special", marks_special_category(entries)}};
    section["count_text"] =
        b.t.message("activities_count", {{"count", static_cast<long long>(entries.size())}});
    return section;
}

/// Every entity of one kind, sorted by name: the appendix the diagrams link to.
template <class T, class ToJson>
json all_of(const Builder& b, const std::vector<T>& entities, ToJson to_json) {
    json list = json::array();
    for (const T& entity : entities)
        list.push_back(to_json(entity));
    b.sort_by(list);
    return list;
}

/// Which model state, privmap and date a document comes from, and who adopted the register:
/// what lets an auditor tell one version of the register from another.
json colophon_json(const Builder& b, const Provenance& provenance) {
    const ModelInfo& info = b.model.info;
    json adopted = false;
    if (info.adopted)
        adopted = {{"by", info.adopted->by},
                   {"role", info.adopted->role},
                   {"date", b.date_text(info.adopted->date)}};
    return {{"model_title", info.title},
            {"version", info.version},
            {"git_commit", provenance.git_commit},
            {"git_modified", provenance.git_modified},
            {"content_hash", content_hash(b.model)},
            {"privmap_version", provenance.privmap_version},
            {"since", provenance.since ? json{{"revision", provenance.since->revision},
                                              {"commit", provenance.since->commit}}
                                       : json(false)},
            {"adopted", adopted}};
}

/// The register's entries with the number of findings about each, and the findings about the
/// rest of the model: the compliance report's counts add up to its total, so the register
/// handed to the authority (Art. 30(4)), which shows no findings, and this report reconcile.
json reconciliation_json(const Builder& b, const json& data) {
    json entries = json::array();
    long long register_open = 0, register_accepted = 0;
    for (const char* section : {"controller_register", "processor_register"})
        for (const json& entry : data[section]["entries"]) {
            long long open = entry["findings_count"];
            long long accepted = static_cast<long long>(entry["findings"].size()) - open;
            register_open += open;
            register_accepted += accepted;
            entries.push_back(
                {{"reference", entry["reference"]},
                 {"name", entry["name"]},
                 {"role_text", entry["role_text"]},
                 {"open", open},
                 {"accepted", accepted},
                 {"anchor", open + accepted > 0
                                ? anchor_of("findings", entry["id"].get<std::string>())
                                : ""}});
        }
    long long other_open = 0, other_accepted = 0;
    for (const Diagnostic& finding : b.analysis.findings) {
        auto about = b.model.find(finding.entity);
        if (!about || about->kind != EntityKind::activity)
            ++(finding.waiver ? other_accepted : other_open);
    }
    const json& summary = data["compliance"]["summary"];
    long long total_open = 0;
    for (const json& row : summary["rows"])
        total_open += row["count"].get<long long>();
    auto counts = [](long long open, long long accepted) {
        return json{{"open", open}, {"accepted", accepted}};
    };
    return {{"entries", entries},
            {"on_register", counts(register_open, register_accepted)},
            {"elsewhere", counts(other_open, other_accepted)},
            {"total", counts(total_open, summary["accepted_count"].get<long long>())}};
}

json summary_json(const Builder& b, const json& data) {
    long long dpias_missing = 0;
    for (const ActivityFacts& facts : b.analysis.facts.activities)
        if (facts.dpia == DpiaState::missing && !facts.dpia_accepted())
            ++dpias_missing;
    auto count = [](const json& section) { return section["count"].get<long long>(); };
    return {
        {"activities", b.t.message("activities_count",
                                   {{"count", static_cast<long long>(b.model.activities.size())}})},
        {"controller",
         b.t.message("activities_count", {{"count", count(data["controller_register"])}})},
        {"processor",
         b.t.message("activities_count", {{"count", count(data["processor_register"])}})},
        {"dpias",
         b.t.message("dpias_count", {{"count", static_cast<long long>(b.model.dpias.size())}})},
        {"dpias_missing", b.t.message("dpias_missing", {{"count", dpias_missing}})}};
}
} // namespace

json build_report_data(const Model& model, const Analysis& analysis, const Catalogue& catalogue,
                       const Date& today, const Provenance& provenance) {
    Builder b(model, analysis, catalogue, today);
    json data;
    data["lang"] = catalogue.lang();
    data["t"] = catalogue.labels();
    data["today"] = today.valid() ? today.str() : "";
    data["today_text"] = b.date_json(today);
    data["title"] = !model.info.title.empty() ? model.info.title
                    : model.organisation      ? model.organisation->name
                                              : std::string();
    data["organisation"] = organisation_json(b);
    data["controller_register"] = register_section(b, false);
    data["processor_register"] = register_section(b, true);
    json dpias = json::array();
    for (const Dpia& dpia : model.dpias)
        dpias.push_back(dpia_entry(b, dpia));
    b.sort_by(dpias, "title");
    data["dpias"] = dpias;
    data["parties"] = all_of(b, model.parties, [&](const Party& p) { return b.party_json(p); });
    data["systems"] = all_of(b, model.systems, [&](const System& s) { return b.system_json(s); });
    data["subjects"] =
        all_of(b, model.subjects, [&](const Subject& s) { return b.subject_json(s); });
    data["categories"] =
        all_of(b, model.categories, [&](const Category& c) { return json(b.category_view(c)); });
    // has_*: the register's appendix says that the model records none, never an empty table.
    for (const char* list : {"parties", "subjects", "categories"})
        data[std::string("has_") + list] = !data[list].empty();
    data["compliance"] = compliance_section(b);
    data["compliance"]["reconciliation"] = reconciliation_json(b, data);
    data["compliance"]["management"] = management_summary(b);
    data["overviews"] = register_overviews(b);
    data["summary"] = summary_json(b, data);
    data["colophon"] = colophon_json(b, provenance);
    data["changes"] = provenance.since ? change_log_json(b, *provenance.since, data) : json(false);
    return data;
}

std::vector<RegisterEntry> build_register(const Model& model, const Analysis& analysis,
                                          const Catalogue& catalogue, const Date& today,
                                          bool processor) {
    return register_entries(Builder(model, analysis, catalogue, today), processor);
}

} // namespace privmap::reports
