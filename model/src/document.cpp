#include "document.h"

#include "problems.h"
#include "rules/rules.h"
#include "text.h"

#include <algorithm>

namespace privmap {
namespace {

const TableSchema& schema_of(std::string_view name) {
    return *find_table_schema(name);
}

/// How messages name an entity table: "activity `payroll`", or "an activity without `id`"
/// (model.owner, model.owner.unnamed).
Message entity_name(const toml::table& table, std::string_view kind) {
    auto id = table.get_as<std::string>("id");
    if (id && text::is_valid_id(id->get()))
        return {"model.owner", {{"kind", std::string(kind)}, {"id", id->get()}}};
    return {"model.owner.unnamed",
            {{"kind", std::string(kind)}, {"without_id", std::string(id ? "no" : "yes")}}};
}

/// How messages name a table written once: "[checks]".
TableReader::Naming table_name(std::string_view table) {
    return [table] { return Message{"model.owner.table", {{"table", std::string(table)}}}; };
}

/// The reader of an entity's table, described by `schema` (looked up once for all the tables
/// of its kind).
TableReader entity_reader(const toml::table& table, const TableSchema& schema,
                          const SourceText& source, Diagnostics& diagnostics) {
    std::string_view id;
    if (auto value = table.get_as<std::string>("id"))
        id = value->get();
    return TableReader(
        table, schema, [&table, &schema] { return entity_name(table, schema.name); }, id, source,
        diagnostics);
}

/// The reader of the sub-table at `key` of `owner`, described by the schema `schema`; it must
/// not outlive `owner`.
TableReader child_reader(const toml::table& table, const TableReader& owner, std::string_view key,
                         std::string_view schema, const SourceText& source,
                         Diagnostics& diagnostics) {
    return TableReader(
        table, schema_of(schema),
        [&owner, key] {
            return Message{"model.owner.key",
                           {{"key", std::string(key)}, {"owner", std::vector{owner.what()}}}};
        },
        owner.entity(), source, diagnostics);
}

void fill_entity(Entity& entity, const TableReader& reader, std::string_view name_key = "name") {
    entity.id = reader.string("id");
    entity.name = reader.string(name_key);
    entity.description = reader.string("description");
    entity.where = reader.at("id");
    entity.keys = reader.key_locations();
}

std::optional<Contact> read_contact(const TableReader& owner, std::string_view key,
                                    const SourceText& source, Diagnostics& diagnostics) {
    const toml::table* table = owner.table(key);
    if (!table)
        return std::nullopt;
    TableReader reader = child_reader(*table, owner, key, "contact", source, diagnostics);
    return Contact{reader.string("name"), reader.string("email"), reader.string("phone"),
                   reader.string("address")};
}

std::vector<RetentionRule> read_retention(const TableReader& owner, const SourceText& source,
                                          Diagnostics& diagnostics) {
    std::vector<RetentionRule> rules;
    for (const toml::table* table : owner.tables("retention")) {
        TableReader reader =
            child_reader(*table, owner, "retention", "retention", source, diagnostics);
        RetentionRule rule;
        rule.categories = reader.refs("categories");
        if (auto duration = reader.duration("period"))
            rule.period = *duration;
        else if (auto keyword = reader.choice<PeriodKind>("period"))
            rule.kind = *keyword;
        rule.max = reader.duration("max");
        rule.from = reader.string("from");
        rule.basis = reader.string("basis");
        rule.deletion = reader.choice<Deletion>("deletion");
        rule.where = reader.where();
        rule.keys = reader.key_locations();
        rules.push_back(std::move(rule));
    }
    return rules;
}

void read_model_info(const toml::table& table, const SourceText& source, LoadState& state) {
    TableReader reader(table, schema_of("model"), table_name("model"), "", source,
                       state.diagnostics);
    if (state.model_table) {
        Diagnostic twice = problem(model_rule::format, "", reader.where(),
                                   {"model.format.twice", {}}, {"model.format.twice.help", {}});
        twice.notes.push_back({{"model.format.first", {}}, *state.model_table});
        state.diagnostics.push_back(std::move(twice));
        return;
    }
    state.model_table = reader.where();
    ModelInfo& info = state.model.info;
    info.where = reader.where();
    info.keys = reader.key_locations();
    info.title = reader.string("title");
    info.version = reader.string("version");
    if (const toml::table* adopted = reader.table("adopted")) {
        TableReader adoption =
            child_reader(*adopted, reader, "adopted", "model.adopted", source, state.diagnostics);
        info.adopted = Adoption{.by = adoption.string("by"),
                                .role = adoption.string("role"),
                                .date = adoption.date("date"),
                                .where = adoption.where()};
    }
    if (reader.has("language") && !reader.string("language").empty())
        info.language = reader.string("language");
    // Compared as read (64 bits), never narrowed first: 4294967297 must not pass as 1.
    if (std::optional<long long> format = reader.integer("format"); format == 1)
        info.format = 1;
    else if (format)
        reader.report(model_rule::format, reader.at("format"),
                      {"model.format", {{"format", std::to_string(*format)}}},
                      {"model.format.help", {}});
}

void read_organisation(const toml::table& table, const SourceText& source, LoadState& state) {
    TableReader reader = entity_reader(table, schema_of("organisation"), source, state.diagnostics);
    if (state.model.organisation) {
        Diagnostic twice =
            problem(model_rule::organisation, std::string(reader.entity()), reader.where(),
                    {"model.organisation.twice", {}}, {"model.organisation.twice.help", {}});
        twice.notes.push_back({{"model.organisation.first", {}}, state.model.organisation->where});
        state.diagnostics.push_back(std::move(twice));
        return;
    }
    Organisation organisation;
    fill_entity(organisation, reader);
    if (organisation.id.empty())
        organisation.where = reader.where();
    organisation.address = reader.string("address");
    organisation.country = reader.string("country");
    organisation.public_body = reader.flag("public_body");
    organisation.registration = reader.string("registration");
    organisation.contact =
        read_contact(reader, "contact", source, state.diagnostics).value_or(Contact{});
    organisation.dpo = read_contact(reader, "dpo", source, state.diagnostics);
    organisation.representative = read_contact(reader, "representative", source, state.diagnostics);
    organisation.supervisory_authority = reader.string("supervisory_authority");
    organisation.rights_procedure = reader.string("rights_procedure");
    state.model.organisation = std::move(organisation);
}

Subject read_subject(const TableReader& reader) {
    Subject subject;
    fill_entity(subject, reader);
    subject.own_staff = reader.flag("own_staff");
    subject.vulnerable = reader.flag("vulnerable");
    subject.children = reader.flag("children");
    subject.countries = reader.countries("countries");
    if (auto age = reader.integer("min_age"))
        subject.min_age = static_cast<int>(std::min(*age, 1000LL));
    subject.count = reader.integer("count");
    return subject;
}

Category read_category(const TableReader& reader, const SourceText& source,
                       Diagnostics& diagnostics) {
    Category category;
    fill_entity(category, reader);
    category.special = reader.choice<Special>("special");
    category.national_id = reader.flag("national_id");
    category.highly_personal = reader.flag("highly_personal");
    category.parent = reader.ref("parent");
    if (const toml::table* table = reader.table("statutory_retention")) {
        TableReader statutory = child_reader(*table, reader, "statutory_retention",
                                             "statutory_retention", source, diagnostics);
        if (auto period = statutory.duration("period"))
            category.statutory_retention =
                StatutoryRetention{*period, statutory.string("basis"), statutory.ref("record"),
                                   statutory.string("from"), statutory.where()};
    }
    return category;
}

Purpose read_purpose(const TableReader& reader) {
    Purpose purpose;
    fill_entity(purpose, reader);
    purpose.compatible_with = reader.refs("compatible_with");
    purpose.assessment = reader.string("assessment");
    purpose.research = reader.choice<ResearchKind>("research");
    purpose.safeguards = reader.refs("safeguards");
    return purpose;
}

Party read_party(const TableReader& reader, const SourceText& source, Diagnostics& diagnostics) {
    Party party;
    fill_entity(party, reader);
    party.address = reader.string("address");
    party.contact = read_contact(reader, "contact", source, diagnostics).value_or(Contact{});
    party.role = reader.choice<PartyRole>("role").value_or(PartyRole::recipient);
    party.country = reader.string("country");
    party.dpa = reader.string("dpa");
    party.dpa_expires = reader.date("dpa_expires");
    party.safeguard = reader.choice<Safeguard>("safeguard");
    party.derogation = reader.string("derogation");
    party.tia = reader.string("tia");
    party.dpf_certified = reader.flag("dpf_certified");
    party.adequacy_scope = reader.choice<AdequacyScope>("adequacy_scope");
    party.transfers = reader.choice<TransferPattern>("transfers");
    party.authorised_by = reader.refs("authorised_by");
    party.sub_processor_of = reader.ref("sub_processor_of");
    party.authorisation = reader.string("authorisation");
    if (!reader.has("country") && reader.has("role") && party.role != PartyRole::public_)
        reader.report(model_rule::missing, reader.where(),
                      {"model.missing.country", {{"owner", std::vector{reader.what()}}}},
                      {"model.missing.country.help", {}});
    return party;
}

System read_system(const TableReader& reader, const SourceText& source, Diagnostics& diagnostics) {
    System system;
    fill_entity(system, reader);
    system.country = reader.string("country");
    system.operated_by = reader.ref("operated_by");
    system.measures = reader.refs("measures");
    system.retention = read_retention(reader, source, diagnostics);
    return system;
}

Measure read_measure(const TableReader& reader) {
    Measure measure;
    fill_entity(measure, reader);
    measure.kind = reader.choice<MeasureKind>("kind");
    measure.standard = reader.string("standard");
    return measure;
}

std::optional<Screening> read_screening(const TableReader& owner, const SourceText& source,
                                        Diagnostics& diagnostics) {
    const toml::table* table = owner.table("screening");
    if (!table)
        return std::nullopt;
    TableReader reader = child_reader(*table, owner, "screening", "screening", source, diagnostics);
    Screening screening;
    screening.date = reader.date("date").value_or(Date{});
    screening.outcome =
        reader.choice<ScreeningOutcome>("outcome").value_or(ScreeningOutcome::required);
    screening.reason = reader.string("reason");
    screening.where = reader.where();
    return screening;
}

Activity read_activity(const TableReader& reader, const SourceText& source,
                       Diagnostics& diagnostics) {
    Activity activity;
    fill_entity(activity, reader);
    activity.role = reader.choice<ActivityRole>("role").value_or(ActivityRole::controller);
    activity.controllers = reader.refs("controllers");
    activity.purposes = reader.refs("purposes");
    activity.lawful_basis = reader.choice<LawfulBasis>("lawful_basis");
    activity.basis_reference = reader.string("basis_reference");
    activity.special_condition = reader.choice<SpecialCondition>("special_condition");
    activity.special_condition_reference = reader.string("special_condition_reference");
    activity.criminal_data_law = reader.string("criminal_data_law");
    activity.national_id_law = reader.string("national_id_law");
    activity.subjects = reader.refs("subjects");
    activity.categories = reader.refs("categories");
    activity.source = reader.refs("source");
    activity.systems = reader.refs("systems");
    activity.recipients = reader.refs("recipients");
    activity.measures = reader.refs("measures");
    activity.retention = read_retention(reader, source, diagnostics);
    activity.criteria = reader.choices<Criterion>("criteria");
    activity.screening = read_screening(reader, source, diagnostics);
    activity.reference = reader.string("reference");
    activity.department = reader.string("department");
    activity.owner = reader.string("owner");
    activity.updated = reader.date("updated");
    activity.review = reader.date("review");
    activity.dpia = reader.ref("dpia");
    activity.automated_decision = reader.flag("automated_decision");
    activity.automated_exception = reader.choice<AutomatedException>("automated_exception");
    activity.automated_safeguards = reader.string("automated_safeguards");
    activity.public_area = reader.flag("public_area");
    activity.outside_public_tasks = reader.flag("outside_public_tasks");
    activity.arrangement = reader.string("arrangement");
    activity.arrangement_essence = reader.string("arrangement_essence");
    activity.parental_consent = reader.string("parental_consent");
    activity.status = reader.choice<ActivityStatus>("status").value_or(ActivityStatus::live);
    return activity;
}

Flow read_flow(const TableReader& reader) {
    Flow flow;
    flow.from = reader.ref("from").value_or(Ref{});
    flow.to = reader.ref("to").value_or(Ref{});
    flow.categories = reader.refs("categories");
    flow.activity = reader.ref("activity");
    flow.transform = reader.choice<Transform>("transform").value_or(Transform::none);
    flow.where = reader.where();
    flow.keys = reader.key_locations();
    return flow;
}

Risk read_risk(const TableReader& reader) {
    Risk risk;
    risk.id = reader.string("id");
    risk.event = reader.choice<RiskEvent>("event").value_or(RiskEvent::illegitimate_access);
    risk.event_name = reader.string("event_name");
    risk.risk_source = reader.string("risk_source");
    risk.description = reader.string("description");
    risk.impact = reader.string("impact");
    risk.likelihood = reader.choice<Level>("likelihood");
    risk.severity = reader.choice<Level>("severity");
    risk.measures = reader.refs("measures");
    risk.residual_likelihood = reader.choice<Level>("residual_likelihood");
    risk.residual_severity = reader.choice<Level>("residual_severity");
    risk.where = reader.has("id") ? reader.at("id") : reader.where();
    risk.keys = reader.key_locations();
    return risk;
}

/// How messages name a risk of a DPIA: "risk `r1` of dpia `d`".
Message risk_name(const toml::table& table, const TableReader& dpia) {
    Message what = entity_name(table, "risk");
    if (what.key == "model.owner")
        return {"model.owner.risk",
                {{"risk", table.get_as<std::string>("id")->get()},
                 {"owner", std::vector{dpia.what()}}}};
    return {"model.owner.of", {{"part", std::vector{what}}, {"owner", std::vector{dpia.what()}}}};
}

/// How messages name an entry of a DPIA's action plan: "the action plan entry for `m` of …".
Message action_name(const toml::table& table, const TableReader& dpia) {
    auto measure = table.get_as<std::string>("measure");
    return {"model.owner.action",
            {{"measure", measure ? measure->get() : std::string()},
             {"owner", std::vector{dpia.what()}}}};
}

/// Risk ids are not model-wide ids, but they name a risk within its DPIA: once each.
void check_risk_id(const Dpia& dpia, Diagnostics& diagnostics) {
    const Risk& added = dpia.risks.back();
    auto first = std::find_if(dpia.risks.begin(), dpia.risks.end() - 1,
                              [&](const Risk& risk) { return risk.id == added.id; });
    if (added.id.empty() || first == dpia.risks.end() - 1)
        return;
    Diagnostic twice = problem(model_rule::duplicate_id, dpia.id, added.where,
                               {"model.duplicate-id.risk", {{"dpia", dpia.id}, {"risk", added.id}}},
                               {"model.duplicate-id.risk.help", {}});
    twice.notes.push_back({{"model.duplicate-id.risk.first", {{"risk", added.id}}}, first->where});
    diagnostics.push_back(std::move(twice));
}

DpiaAction read_action(const TableReader& reader) {
    return DpiaAction{.measure = reader.ref("measure").value_or(Ref{}),
                      .owner = reader.string("owner"),
                      .due = reader.date("due"),
                      .state = reader.choice<ActionState>("state").value_or(ActionState::planned),
                      .where = reader.where(),
                      .keys = reader.key_locations()};
}

std::optional<DpoAdvice> read_dpo_advice(const TableReader& owner, const SourceText& source,
                                         Diagnostics& diagnostics) {
    const toml::table* table = owner.table("dpo_advice");
    if (!table) { // absent, or the advice alone as a string (how the key was first written)
        std::string advice = owner.string("dpo_advice");
        if (advice.empty())
            return std::nullopt;
        DpoAdvice alone;
        alone.advice = std::move(advice);
        alone.where = owner.at("dpo_advice");
        return alone;
    }
    TableReader reader =
        child_reader(*table, owner, "dpo_advice", "dpia.dpo_advice", source, diagnostics);
    return DpoAdvice{.name = reader.string("name"),
                     .date = reader.date("date"),
                     .advice = reader.string("advice"),
                     .followed = reader.boolean("followed"),
                     .reason = reader.string("reason"),
                     .where = reader.where(),
                     .keys = reader.key_locations()};
}

std::optional<DpiaDecision> read_decision(const TableReader& owner, const SourceText& source,
                                          Diagnostics& diagnostics) {
    const toml::table* table = owner.table("decision");
    if (!table)
        return std::nullopt;
    TableReader reader =
        child_reader(*table, owner, "decision", "dpia.decision", source, diagnostics);
    return DpiaDecision{.outcome = reader.choice<DpiaOutcome>("outcome"),
                        .by = reader.string("by"),
                        .role = reader.string("role"),
                        .date = reader.date("date"),
                        .where = reader.where()};
}

std::optional<SubjectsViews> read_subjects_views(const TableReader& owner, const SourceText& source,
                                                 Diagnostics& diagnostics) {
    const toml::table* table = owner.table("subjects_views");
    if (!table)
        return std::nullopt;
    TableReader reader =
        child_reader(*table, owner, "subjects_views", "dpia.subjects_views", source, diagnostics);
    return SubjectsViews{.sought = reader.boolean("sought"),
                         .how = reader.string("how"),
                         .outcome = reader.string("outcome"),
                         .reason = reader.string("reason"),
                         .where = reader.where(),
                         .keys = reader.key_locations()};
}

Dpia read_dpia(const TableReader& reader, const SourceText& source, Diagnostics& diagnostics) {
    Dpia dpia;
    fill_entity(dpia, reader, "title");
    dpia.activities = reader.refs("activities");
    dpia.status = reader.choice<DpiaStatus>("status").value_or(DpiaStatus::draft);
    dpia.approved = reader.date("approved");
    dpia.review = reader.date("review");
    dpia.dpo_advice = read_dpo_advice(reader, source, diagnostics);
    dpia.decision = read_decision(reader, source, diagnostics);
    dpia.subjects_views = read_subjects_views(reader, source, diagnostics);
    dpia.interests = reader.string("interests");
    dpia.techniques = reader.string("techniques");
    dpia.legal_framework = reader.string("legal_framework");
    dpia.purpose_limitation = reader.string("purpose_limitation");
    dpia.necessity = reader.string("necessity");
    dpia.proportionality = reader.string("proportionality");
    dpia.subsidiarity = reader.string("subsidiarity");
    dpia.data_minimisation = reader.string("data_minimisation");
    dpia.retention_justification = reader.string("retention_justification");
    dpia.prior_consultation = reader.string("prior_consultation");
    for (const toml::table* table : reader.tables("risk")) {
        dpia.risks.push_back(read_risk(TableReader(
            *table, schema_of("dpia.risk"), [table, &reader] { return risk_name(*table, reader); },
            reader.entity(), source, diagnostics)));
        check_risk_id(dpia, diagnostics);
    }
    for (const toml::table* table : reader.tables("action"))
        dpia.actions.push_back(read_action(TableReader(
            *table, schema_of("dpia.action"),
            [table, &reader] { return action_name(*table, reader); }, reader.entity(), source,
            diagnostics)));
    return dpia;
}

Waiver read_waiver(const TableReader& reader) {
    Waiver waiver;
    waiver.rule = reader.string("rule");
    waiver.target = reader.string("target");
    waiver.reason = reader.string("reason");
    waiver.approved_by = reader.string("approved_by");
    waiver.expires = reader.date("expires").value_or(Date{});
    waiver.where = reader.where();
    waiver.keys = reader.key_locations();
    return waiver;
}

/// A [checks] setting may be made in any file, but only once in the model.
bool first_setting(std::string name, const Location& where, LoadState& state) {
    auto [previous, inserted] = state.checks_set.emplace(std::move(name), where);
    if (inserted)
        return true;
    Diagnostic twice = problem(model_rule::duplicate_id, "", where,
                               {"model.duplicate-id.checks", {{"key", previous->first}}},
                               {"model.duplicate-id.checks.help", {}});
    twice.notes.push_back(
        {{"model.duplicate-id.checks.first", {{"key", previous->first}}}, previous->second});
    state.diagnostics.push_back(std::move(twice));
    return false;
}

void read_severities(const toml::table& table, const SourceText& source, LoadState& state) {
    TableReader reader(table, schema_of("checks.severity"), table_name("checks.severity"), "",
                       source, state.diagnostics);
    for (const auto& [key, node] : table) {
        (void)node;
        std::string rule(key.str());
        Location where = source.locate(key.source());
        std::string value = reader.string(rule);
        if (value.empty() || !first_setting("severity." + rule, where, state))
            continue;
        state.model.checks.severity[rule] = parse_severity(value); // `off` is no severity
        state.model.checks.severity_where[rule] = where;
    }
}

void read_consent_ages(const toml::table& table, const SourceText& source, LoadState& state) {
    TableReader reader(table, schema_of("checks.digital_consent_age"),
                       table_name("checks.digital_consent_age"), "", source, state.diagnostics);
    for (const auto& [key, node] : table) {
        (void)node;
        std::string country(key.str());
        Location where = source.locate(key.source());
        if (!is_country_code(country)) {
            std::string guess = likely_country(country);
            std::vector<Message> did_you_mean;
            if (!guess.empty())
                did_you_mean.push_back({"model.did-you-mean", {{"guess", guess}}});
            reader.report(model_rule::type, where,
                          {"model.type.consent-country",
                           {{"country", country}, {"guess", std::move(did_you_mean)}}},
                          guess.empty() ? Message{"model.type.consent-country.help", {}}
                                        : Message{"model.type.write-as", {{"text", guess}}});
            continue;
        }
        auto age = reader.integer(country);
        if (age && first_setting("digital_consent_age." + country, where, state))
            state.model.checks.digital_consent_age[country] =
                static_cast<int>(std::min(*age, 1000LL));
    }
}

void read_checks(const toml::table& table, const SourceText& source, LoadState& state) {
    TableReader reader(table, schema_of("checks"), table_name("checks"), "", source,
                       state.diagnostics);
    Checks& checks = state.model.checks;
    if (!checks.where.known())
        checks.where = reader.where();
    if (auto threshold = reader.integer("large_scale_subjects"))
        if (first_setting("large_scale_subjects", reader.at("large_scale_subjects"), state))
            checks.large_scale_subjects = *threshold;
    if (auto remind = reader.duration("remind_before"))
        if (first_setting("remind_before", reader.at("remind_before"), state))
            checks.remind_before = *remind;
    if (auto age = reader.duration("screening_max_age"))
        if (first_setting("screening_max_age", reader.at("screening_max_age"), state))
            checks.screening_max_age = *age;
    if (const toml::table* severities = reader.table("severity"))
        read_severities(*severities, source, state);
    if (const toml::table* ages = reader.table("digital_consent_age"))
        read_consent_ages(*ages, source, state);
}

/// The text of `key` of a table being named, or "?".
std::string written(const toml::table& table, std::string_view key) {
    auto value = table.get_as<std::string>(key);
    return value ? value->get() : std::string("?");
}

/// How messages name a flow: "flow from `a` to `b`".
Message flow_name(const toml::table& table) {
    if (!table.contains("to"))
        return {"model.owner.flow-from", {{"from", written(table, "from")}}};
    return {"model.owner.flow", {{"from", written(table, "from")}, {"to", written(table, "to")}}};
}

/// How messages name a waiver: "waiver of `rule` for `target`".
Message waiver_name(const toml::table& table) {
    return {"model.owner.waiver-for",
            {{"rule", written(table, "rule")}, {"target", written(table, "target")}}};
}

} // namespace

void read_document(const toml::table& root, const SourceText& source, LoadState& state) {
    Model& model = state.model;
    Diagnostics& diagnostics = state.diagnostics;
    TableReader document(
        root, document_schema(),
        [] {
            return Message{"model.owner.file", {}};
        },
        "", source, diagnostics);
    auto each = [&](std::string_view kind, auto read) {
        const TableSchema& schema = schema_of(kind);
        for (const toml::table* table : document.tables(kind))
            read(entity_reader(*table, schema, source, diagnostics));
    };
    auto each_table = [&](std::string_view kind, auto name, auto read) {
        const TableSchema& schema = schema_of(kind);
        for (const toml::table* table : document.tables(kind))
            read(TableReader(
                *table, schema, [table, name] { return name(*table); }, "", source, diagnostics));
    };
    if (const toml::table* info = document.table("model"))
        read_model_info(*info, source, state);
    if (const toml::table* organisation = document.table("organisation"))
        read_organisation(*organisation, source, state);
    each("subject", [&](const TableReader& r) { model.subjects.push_back(read_subject(r)); });
    each("category", [&](const TableReader& r) {
        model.categories.push_back(read_category(r, source, diagnostics));
    });
    each("purpose", [&](const TableReader& r) { model.purposes.push_back(read_purpose(r)); });
    each("party", [&](const TableReader& r) {
        model.parties.push_back(read_party(r, source, diagnostics));
    });
    each("system", [&](const TableReader& r) {
        model.systems.push_back(read_system(r, source, diagnostics));
    });
    each("measure", [&](const TableReader& r) { model.measures.push_back(read_measure(r)); });
    each("activity", [&](const TableReader& r) {
        model.activities.push_back(read_activity(r, source, diagnostics));
    });
    each_table("flow", flow_name,
               [&](const TableReader& r) { model.flows.push_back(read_flow(r)); });
    each("dpia",
         [&](const TableReader& r) { model.dpias.push_back(read_dpia(r, source, diagnostics)); });
    each_table("waiver", waiver_name,
               [&](const TableReader& r) { model.waivers.push_back(read_waiver(r)); });
    if (const toml::table* checks = document.table("checks"))
        read_checks(*checks, source, state);
}

} // namespace privmap
