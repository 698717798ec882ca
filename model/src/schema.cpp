#include <algorithm>
#include <array>
#include <privmap/schema.h>
#include <privmap/vocabulary.h>
#include <string>
#include <unicode/locid.h>
#include <vector>

namespace privmap {
namespace {
using namespace std::string_view_literals;
using T = ValueType;

constexpr std::array severity_names{"error"sv, "warning"sv, "note"sv, "off"sv};
constexpr std::array derogations{"art49-1-a"sv, "art49-1-b"sv, "art49-1-c"sv, "art49-1-d"sv,
                                 "art49-1-e"sv, "art49-1-f"sv, "art49-1-g"sv};
constexpr std::array subject_keyword{"subject"sv};
constexpr std::array unknown_keyword{"unknown"sv};

constexpr std::array any_kind{EntityKind::organisation, EntityKind::subject,  EntityKind::category,
                              EntityKind::purpose,      EntityKind::party,    EntityKind::system,
                              EntityKind::measure,      EntityKind::activity, EntityKind::dpia};
constexpr std::array subject_kind{EntityKind::subject};
constexpr std::array category_kind{EntityKind::category};
constexpr std::array purpose_kind{EntityKind::purpose};
constexpr std::array party_kind{EntityKind::party};
constexpr std::array system_kind{EntityKind::system};
constexpr std::array measure_kind{EntityKind::measure};
constexpr std::array activity_kind{EntityKind::activity};
constexpr std::array dpia_kind{EntityKind::dpia};
constexpr std::array flow_from_kinds{EntityKind::subject, EntityKind::system, EntityKind::party,
                                     EntityKind::activity};
constexpr std::array record_kinds{EntityKind::system, EntityKind::activity};
constexpr std::array flow_to_kinds{EntityKind::system, EntityKind::party, EntityKind::activity};

// Keyword periods: every PeriodKind but `duration`, which is written as the duration itself.
std::span<const std::string_view> period_keywords() {
    return names_of<PeriodKind>().subspan(1);
}

/// A text or list that must not be empty: model.incomplete reports it, the JSON Schema too.
KeySchema not_empty(KeySchema key) {
    key.not_empty = true;
    return key;
}

KeySchema id_key(std::string_view what) {
    return {"id", T::id, true, what};
}
KeySchema name_key(std::string_view what) {
    return not_empty({"name", T::string, true, what});
}
KeySchema description_key() {
    return {"description", T::string, false, "Free text that explains it."};
}

KeySchema ref(std::string_view name, std::span<const EntityKind> kinds, std::string_view doc,
              bool required = false) {
    return {name, T::id, required, doc, {}, kinds};
}
KeySchema refs(std::string_view name, std::span<const EntityKind> kinds, std::string_view doc,
               bool required = false) {
    return {name, T::id_list, required, doc, {}, kinds};
}
template <class E>
KeySchema choice(std::string_view name, std::string_view doc, bool required = false) {
    return {name, T::enumeration, required, doc, names_of<E>()};
}
KeySchema text(std::string_view name, std::string_view doc, bool required = false) {
    return {name, T::string, required, doc};
}
KeySchema flag(std::string_view name, std::string_view doc) {
    return {name, T::boolean, false, doc};
}
KeySchema sub_table(std::string_view name, std::string_view table, std::string_view doc,
                    bool required = false) {
    return {name, T::table, required, doc, {}, {}, table};
}

struct Schema {
    std::vector<KeySchema> document, model, organisation, contact, subject, category,
        statutory_retention, purpose, party, system, measure, activity, screening, retention, flow,
        model_adopted, dpia, dpo_advice, dpia_decision, subjects_views, risk, dpia_action, waiver,
        checks, check_severity, digital_consent_age;
    KeySchema any_severity, any_age;
    std::vector<TableSchema> tables;
};

void fill_schema(Schema& s) {
    s.document = {
        sub_table("model", "model",
                  "The format version and title of the model: exactly once in the model."),
        sub_table("organisation", "organisation",
                  "The organisation whose processing this is: exactly once in the model."),
        {"subject", T::table_array, false, "Categories of data subjects.", {}, {}, "subject"},
        {"category", T::table_array, false, "Categories of personal data.", {}, {}, "category"},
        {"purpose", T::table_array, false, "Purposes of processing.", {}, {}, "purpose"},
        {"party",
         T::table_array,
         false,
         "Anyone outside the organisation who receives or processes data.",
         {},
         {},
         "party"},
        {"system",
         T::table_array,
         false,
         "Where data lives: applications, databases, archives, SaaS.",
         {},
         {},
         "system"},
        {"measure",
         T::table_array,
         false,
         "Security and organisational measures (Art. 32).",
         {},
         {},
         "measure"},
        {"activity",
         T::table_array,
         false,
         "Processing activities: the entries of the register.",
         {},
         {},
         "activity"},
        {"flow",
         T::table_array,
         false,
         "Edges of the lineage graph: data moving between entities.",
         {},
         {},
         "flow"},
        {"dpia",
         T::table_array,
         false,
         "Data protection impact assessments (Art. 35).",
         {},
         {},
         "dpia"},
        {"waiver",
         T::table_array,
         false,
         "Accepted findings, documented for the auditor.",
         {},
         {},
         "waiver"},
        sub_table("checks", "checks", "How the model is checked: thresholds and rule severities."),
    };
    s.model = {
        {"format", T::integer, true, "The version of the model language; 1 is the only one."},
        text("title", "The title of the register, shown on reports."),
        text("version", "The register's document version, as the organisation numbers it "
                        "(`2026.1`); on the colophon of every report."),
        sub_table("adopted", "model.adopted",
                  "Who adopted the register and when: the approval block of the register."),
        {"language", T::language, false,
         "The default language of the reports and of `privmap check`, a BCP 47 tag (`nl`, "
         "`en-GB`); without a catalogue for it, they are in English."},
    };
    s.model_adopted = {
        text("by", "Who adopted it: a name or a body (`Directie`).", true),
        text("role", "Their role, e.g. `director`."),
        {"date", T::date, false, "When they adopted it."},
    };
    s.organisation = {
        id_key("The organisation's id."),
        name_key("Its legal name."),
        text("address", "Its postal address."),
        {"country", T::country, true, "Where it is established (ISO 3166-1 alpha-2)."},
        flag("public_body",
             "A public authority or body, which must appoint a DPO (Art. 37(1)(a))."),
        text("registration", "Its company registration number."),
        sub_table("contact", "contact", "How to reach it about privacy."),
        sub_table("dpo", "contact", "Its data protection officer (Art. 37-39)."),
        sub_table("representative", "contact",
                  "Its EU representative (Art. 27), when it is established outside the EU."),
        text("supervisory_authority", "Its lead supervisory authority, e.g. `AP`."),
        text("rights_procedure",
             "How data subjects exercise their rights (Art. 15-22): text or a document reference."),
    };
    s.contact = {
        text("name", "A person or function."),
        text("email", "An e-mail address."),
        text("phone", "A telephone number."),
        text("address", "A postal address."),
    };
    s.subject = {
        id_key("The id of this category of data subjects."),
        name_key("Its name, e.g. `Customers`."),
        description_key(),
        flag("own_staff", "The organisation's own staff (employees, trainees, temporary workers): "
                          "their consent to their employer is rarely free (Recital 43)."),
        flag("vulnerable",
             "Vulnerable people (children, employees, patients, ...): a DPIA criterion."),
        flag("children", "Children (Art. 8)."),
        {"min_age",
         T::integer,
         false,
         "The youngest subjects' age, compared with the national age of digital consent.",
         {},
         {},
         {},
         0,
         150},
        {"count", T::integer, false,
         "An estimate of how many there are; feeds the large-scale criterion."},
        {"countries", T::country_list, false,
         "Where they are (ISO 3166-1 alpha-2): their ages of digital consent (Art. 8) and, for "
         "an organisation outside the EEA, whether it targets people in the Union (Art. 3(2))."},
    };
    s.category = {
        id_key("The id of this category of personal data."),
        name_key("Its name, e.g. `E-mail address`."),
        description_key(),
        choice<Special>("special", "The Art. 9(1) kind of special data, or `criminal` (Art. 10); "
                                   "absent for ordinary data."),
        flag("national_id", "A national identification number such as the Dutch BSN."),
        flag("highly_personal",
             "Highly personal data (financial, location, communications): a DPIA criterion."),
        ref("parent", category_kind,
            "A broader category; the category inherits its `special`, `national_id`, "
            "`highly_personal` and `statutory_retention`."),
        sub_table("statutory_retention", "statutory_retention",
                  "The minimum retention a law requires."),
    };
    s.statutory_retention = {
        {"period", T::duration, true, "The minimum period (ISO 8601 duration, e.g. `P7Y`)."},
        text("basis", "The law that requires it, e.g. `AWR art. 52 lid 4`."),
        ref("record", record_kinds,
            "The system or activity that keeps the statutory record; other copies may go sooner."),
        text("from", "The event the statutory period runs from, e.g. `end-of-fiscal-year`."),
    };
    s.purpose = {
        id_key("The id of the purpose."),
        name_key("Its name."),
        description_key(),
        refs("compatible_with", purpose_kind,
             "Purposes an Art. 6(4) assessment found compatible with this one."),
        text("assessment", "A reference to that compatibility assessment."),
        choice<ResearchKind>("research",
                             "An Art. 89(1) purpose: archiving in the public interest, scientific "
                             "or historical research, or statistics."),
        refs("safeguards", measure_kind,
             "The Art. 89(1) safeguards of a `research` purpose (e.g. pseudonymisation)."),
    };
    s.party = {
        id_key("The id of the party."),
        name_key("Its name."),
        description_key(),
        text("address", "Its postal address."),
        sub_table("contact", "contact", "Its contact for privacy matters."),
        choice<PartyRole>("role", "What it is towards the organisation.", true),
        {"country", T::country, false,
         "Where it processes the data (ISO 3166-1 alpha-2, or `unknown`); required unless the role "
         "is `public`.",
         unknown_keyword},
        text("dpa", "A reference to the Art. 28 data processing agreement (processors and "
                    "sub-processors)."),
        {"dpa_expires", T::date, false,
         "When that agreement ends; `check` reminds of it beforehand and warns once it has."},
        choice<Safeguard>("safeguard", "The Chapter V safeguard for a transfer outside the EEA."),
        {"derogation", T::enumeration, false,
         "The Art. 49(1) derogation, when `safeguard = \"derogation\"`.", derogations},
        text("tia", "A reference to the transfer impact assessment."),
        flag("dpf_certified", "A US party certified under the EU-US Data Privacy Framework."),
        choice<AdequacyScope>(
            "adequacy_scope",
            "What covers it where its country's adequacy is partial: `pipeda` (Canada), `appi` "
            "(Japan), `dpf` or `dpf-hr` (a US party certified under the Data Privacy Framework, "
            "for HR data too with `dpf-hr`), or `outside` (none of these)."),
        choice<TransferPattern>("transfers",
                                "Whether data goes to it `occasional`ly or `systematic`ally; an "
                                "Art. 49 derogation covers only occasional transfers."),
        refs("authorised_by", party_kind,
             "For a sub-processor: the controllers whose written authorisation covers it (Art. "
             "28(2))."),
        ref("sub_processor_of", party_kind,
            "For a sub-processor of the organisation's own processor: that processor."),
        text("authorisation",
             "The organisation's prior written authorisation of that sub-processor, specific or "
             "general (Art. 28(2)): a reference."),
    };
    s.system = {
        id_key("The id of the system."),
        name_key("Its name."),
        description_key(),
        {"country", T::country, true, "Where the data is stored (ISO 3166-1 alpha-2)."},
        ref("operated_by", party_kind,
            "The party that operates it; absent when the organisation does."),
        refs("measures", measure_kind, "The measures that protect it."),
        {"retention", T::retention, false,
         "How long it keeps data: a retention rule or an array of them."},
    };
    s.measure = {
        id_key("The id of the measure."),
        name_key("Its name."),
        choice<MeasureKind>("kind", "What kind of measure it is."),
        description_key(),
        text("standard", "The control it implements, e.g. `ISO 27001 A.8.24`."),
    };
    s.activity = {
        id_key("The id of the processing activity."),
        name_key("Its name as it appears in the register."),
        description_key(),
        choice<ActivityRole>("role", "The organisation's role in this activity.", true),
        refs("controllers", party_kind,
             "For processor and joint-controller activities: the controllers (Art. 30(2)(a))."),
        refs("purposes", purpose_kind, "Its purposes (Art. 30(1)(b))."),
        choice<LawfulBasis>("lawful_basis", "The Art. 6(1) lawful basis."),
        text("basis_reference",
             "The law article, the LIA, or the consent mechanism behind the lawful basis."),
        choice<SpecialCondition>("special_condition",
                                 "The Art. 9(2) condition, when special data is processed."),
        text("special_condition_reference",
             "The law (e.g. `UAVG art. 30 lid 1`) or consent record behind the Art. 9(2) "
             "condition."),
        text("criminal_data_law",
             "The Union or member-state law authorising criminal-offence data (Art. 10), e.g. "
             "`UAVG art. 33 lid 4`."),
        text("national_id_law",
             "The law prescribing the use of the national identification number, e.g. `Wet BRP "
             "art. 1.8` (UAVG art. 46)."),
        not_empty(refs("subjects", subject_kind, "The categories of data subjects.")),
        not_empty(refs("categories", category_kind,
                       "The categories of personal data; a category includes its children.")),
        {"source", T::id_list, false,
         "Where the data comes from: `subject` (Art. 13) and/or party ids (Art. 14).",
         subject_keyword, party_kind},
        refs("systems", system_kind, "The systems it stores or reads data in."),
        refs("recipients", party_kind, "The parties that receive data (Art. 30(1)(d))."),
        refs("measures", measure_kind, "Measures in addition to those of its systems."),
        {"retention", T::retention, false,
         "How long it keeps data: a retention rule or an array of them."},
        {"criteria", T::enum_list, false, "WP248 DPIA criteria the DPO declares.",
         names_of<Criterion>()},
        sub_table("screening", "screening", "The documented DPIA screening."),
        text("reference", "The register entry's number, e.g. `M5071`."),
        text("department", "The unit responsible."),
        text("owner", "The person responsible."),
        {"updated", T::date, false, "When the entry last changed."},
        {"review", T::date, false, "When the entry is next reviewed."},
        ref("dpia", dpia_kind, "The DPIA that covers it."),
        flag("automated_decision",
             "Decisions with legal or similarly significant effect (Art. 22)."),
        choice<AutomatedException>("automated_exception",
                                   "The Art. 22(2) exception that allows the automated decision."),
        text("automated_safeguards",
             "The Art. 22(3) safeguards: human intervention, expressing one's view, contesting."),
        flag("public_area", "It systematically monitors a publicly accessible area (Art. "
                            "35(3)(c))."),
        flag("outside_public_tasks",
             "A public body's activity outside its public tasks, where legitimate interests may "
             "apply (Art. 6(1), second subparagraph)."),
        text("arrangement", "For a joint-controller activity: the Art. 26 arrangement."),
        text("arrangement_essence",
             "Where the essence of the Art. 26 arrangement is available to data subjects."),
        text("parental_consent", "How parental consent and age are checked (Art. 8)."),
        choice<ActivityStatus>("status", "`live` (the default) or `planned`."),
    };
    s.screening = {
        {"date", T::date, true, "When the screening was done."},
        choice<ScreeningOutcome>("outcome", "Whether it found a DPIA required.", true),
        text("reason", "Why, in a sentence."),
    };
    s.retention = {
        refs("categories", category_kind,
             "The categories it applies to; absent: all of its owner's categories."),
        {"period", T::period, true, "An ISO 8601 duration (`P7Y`) or one of the keywords.",
         period_keywords()},
        text("from", "The event the clock starts at, e.g. `end-of-contract`."),
        text("basis", "The law or reason for the period."),
        choice<Deletion>("deletion", "How the data is deleted."),
        {"max", T::duration, false, "An upper bound (ISO 8601 duration) for a keyword period."},
    };
    s.flow = {
        ref("from", flow_from_kinds,
            "Where the data comes from: a subject, system, party or activity.", true),
        ref("to", flow_to_kinds, "Where it goes: a system, party or activity.", true),
        refs("categories", category_kind, "The categories of personal data that move.", true),
        ref("activity", activity_kind,
            "The activity under which the data moves; required unless it comes from a subject."),
        choice<Transform>("transform", "`pseudonymised` data is still personal data; `anonymised` "
                                       "data is not, so its categories stop here."),
    };
    s.dpia = {
        id_key("The id of the DPIA."),
        not_empty(text("title", "Its title.", true)),
        refs("activities", activity_kind, "The activities it covers."),
        choice<DpiaStatus>("status", "`draft` or `approved`."),
        {"approved", T::date, false, "When it was approved."},
        {"review", T::date, false, "When it is next reviewed."},
        {"dpo_advice",
         T::text_or_table,
         false,
         "The DPO's advice (Art. 35(2)): a table, or the advice alone as a string.",
         {},
         {},
         "dpia.dpo_advice"},
        text("interests", "The interests the processing serves: the controller's, the data "
                          "subjects', third parties' and society's (Art. 35(7)(a))."),
        text("techniques", "The techniques, methods and technology used, e.g. profiling, "
                           "algorithms, cameras (Art. 35(7)(a))."),
        text("legal_framework", "The laws, regulations and policy that govern the processing "
                                "(Art. 35(7)(a))."),
        text("purpose_limitation", "Why the purposes are specified, explicit and legitimate, and "
                                   "further use compatible (Art. 5(1)(b))."),
        text("necessity", "Necessity and proportionality (Art. 35(7)(b)): the assessment as a "
                          "whole, or its necessity part where the keys below are used."),
        text("proportionality", "Why the intrusion on the data subjects is proportionate to the "
                                "purposes (Art. 35(7)(b))."),
        text("subsidiarity", "Why the purposes cannot be reached in a less intrusive way "
                             "(Art. 35(7)(b))."),
        text("data_minimisation", "Why the data are adequate, relevant and limited to what is "
                                  "necessary (Art. 5(1)(c))."),
        text("retention_justification", "Why the data are kept no longer than necessary "
                                        "(Art. 5(1)(e))."),
        text("prior_consultation",
             "A reference to the Art. 36 prior consultation, where one was held."),
        sub_table("subjects_views", "dpia.subjects_views",
                  "The views of data subjects or their representatives (Art. 35(9))."),
        sub_table("decision", "dpia.decision", "The controller's decision: the sign-off."),
        {"risk", T::table_array, false, "The risks it assesses.", {}, {}, "dpia.risk"},
        {"action",
         T::table_array,
         false,
         "Its action plan: who carries out which measure by when.",
         {},
         {},
         "dpia.action"},
    };
    s.dpo_advice = {
        text("name", "Who gave the advice: the DPO's name."),
        {"date", T::date, false, "When the advice was given."},
        text("advice", "The advice itself."),
        flag("followed", "Whether the controller followed it."),
        text("reason", "Why it was not followed (Art. 35(2); WP248)."),
    };
    s.dpia_decision = {
        choice<DpiaOutcome>("outcome", "What the controller decided.", true),
        text("by", "Who decided."),
        text("role", "Their role, e.g. `director`."),
        {"date", T::date, false, "When they decided."},
    };
    s.subjects_views = {
        flag("sought", "Whether the views of data subjects or their representatives were sought."),
        text("how", "How they were sought: a survey, a works council, a panel."),
        text("outcome", "What they said and what was done with it."),
        text("reason", "Why they were not sought, where they were not."),
    };
    s.risk = {
        id_key("The id of the risk within its DPIA."),
        choice<RiskEvent>("event",
                          "The feared event: a CNIL security event, a common risk to the rights "
                          "and freedoms of data subjects, or `other` (then name it in "
                          "`event_name`).",
                          true),
        text("event_name", "The feared event in your own words, when `event` is `other`."),
        text("risk_source", "Who or what could cause it: an employee, an attacker, a flawed "
                            "model, a processor."),
        description_key(),
        text("impact", "What it would mean for the data subjects."),
        choice<Level>("likelihood", "Its likelihood before measures."),
        choice<Level>("severity", "Its severity before measures."),
        refs("measures", measure_kind, "The measures that mitigate it."),
        choice<Level>("residual_likelihood", "Its likelihood after measures."),
        choice<Level>("residual_severity", "Its severity after measures."),
    };
    s.dpia_action = {
        ref("measure", measure_kind, "The measure to carry out.", true),
        text("owner", "Who carries it out: a person, a role or a department."),
        {"due", T::date, false, "When it is to be in place."},
        choice<ActionState>("state", "How far it is (default `planned`)."),
    };
    s.waiver = {
        text("rule", "The id of the rule whose finding is accepted, e.g. `retention.vague`.", true),
        ref("target", any_kind, "The id of the entity the finding is about.", true),
        text("reason", "Why the finding is accepted.", true),
        text("approved_by", "Who accepted it.", true),
        {"expires", T::date, true, "When the waiver stops suppressing the finding."},
    };
    s.checks = {
        {"large_scale_subjects", T::integer, false,
         "A subject `count` at or above this is large-scale (default 100000)."},
        {"remind_before", T::duration, false,
         "How long before a review, expiry or end date `check` reminds of it (default `P30D`)."},
        {"screening_max_age", T::duration, false,
         "How old a DPIA screening may grow before it is due for renewal (default `P3Y`)."},
        sub_table("severity", "checks.severity",
                  "Per-rule severity: `\"retention.vague\" = \"error\"`."),
        sub_table("digital_consent_age", "checks.digital_consent_age",
                  "The age of digital consent per country (Art. 8(1)): `NL = 16`."),
    };
    s.any_severity = {"<rule id>", T::enumeration, false,
                      "The severity of the rule's findings; `off` silences it.", severity_names};
    // Art. 8(1): a member state may set it lower than 16, but not below 13.
    s.any_age = {
        "<country>", T::integer,
        false,       "The age of digital consent in that country (ISO 3166-1 alpha-2), 13 to 16.",
        {},          {},
        {},          13,
        16};

    s.tables = {
        {"document", "a model file", "The top level of a model file.", s.document},
        {"model", "[model]", "The format version and title of the model.", s.model},
        {"model.adopted", "{ by = \"...\", role = \"...\", date = 2026-01-10 }",
         "Who adopted the register.", s.model_adopted},
        {"organisation", "[organisation]", "The organisation: exactly one in the whole model.",
         s.organisation},
        {"contact", "{ name = \"...\", email = \"...\" }",
         "A contact: a person or function with how to reach them.", s.contact},
        {"subject", "[[subject]]", "A category of data subjects.", s.subject},
        {"category", "[[category]]", "A category of personal data.", s.category},
        {"statutory_retention", "{ period = \"P7Y\", basis = \"...\" }",
         "The minimum retention a law requires for a category.", s.statutory_retention},
        {"purpose", "[[purpose]]", "A purpose of processing.", s.purpose},
        {"party", "[[party]]", "Anyone outside the organisation who receives or processes data.",
         s.party},
        {"system", "[[system]]", "Where data lives.", s.system},
        {"measure", "[[measure]]", "A security or organisational measure (Art. 32).", s.measure},
        {"activity", "[[activity]]", "A processing activity: one entry of the register.",
         s.activity},
        {"screening", "{ date = 2026-01-10, outcome = \"not-required\", reason = \"...\" }",
         "A documented DPIA screening.", s.screening},
        {"retention", "{ period = \"P7Y\", from = \"...\", basis = \"...\" }", "A retention rule.",
         s.retention},
        {"flow", "[[flow]]", "An edge of the lineage graph.", s.flow},
        {"dpia", "[[dpia]]", "A data protection impact assessment (Art. 35).", s.dpia},
        {"dpia.dpo_advice",
         "{ name = \"...\", date = 2026-01-10, advice = \"...\", followed = true }",
         "The DPO's advice on a DPIA (Art. 35(2)).", s.dpo_advice},
        {"dpia.decision",
         "{ outcome = \"approved\", by = \"...\", role = \"...\", date = 2026-01-10 }",
         "The controller's decision on a DPIA.", s.dpia_decision},
        {"dpia.subjects_views", "{ sought = true, how = \"...\", outcome = \"...\" }",
         "The views of data subjects on a DPIA (Art. 35(9)).", s.subjects_views},
        {"dpia.risk", "[[dpia.risk]]", "A risk assessed in a DPIA.", s.risk},
        {"dpia.action", "[[dpia.action]]", "A line of a DPIA's action plan.", s.dpia_action},
        {"waiver", "[[waiver]]", "An accepted finding.", s.waiver},
        {"checks", "[checks]", "How the model is checked.", s.checks},
        {"checks.severity", "[checks.severity]", "Rule id = severity.", {}, &s.any_severity},
        {"checks.digital_consent_age",
         "[checks.digital_consent_age]",
         "Country = age of digital consent.",
         {},
         &s.any_age},
    };
    for (TableSchema& table : s.tables)
        table.index_keys();
}

const Schema& schema() {
    // Filled in place: the tables point into the key vectors of this very object.
    static Schema built;
    static const bool filled = (fill_schema(built), true);
    (void)filled;
    return built;
}
} // namespace

std::string_view to_string(ValueType type) {
    constexpr std::array names{"string"sv,
                               "integer"sv,
                               "boolean"sv,
                               "date"sv,
                               "duration"sv,
                               "period"sv,
                               "country"sv,
                               "language"sv,
                               "id"sv,
                               "id list"sv,
                               "enum"sv,
                               "enum list"sv,
                               "table"sv,
                               "array of tables"sv,
                               "retention"sv,
                               "country list"sv,
                               "string or table"sv};
    return names[static_cast<std::size_t>(type)];
}

namespace {
/// ICU's list of codes (a null-terminated array of C strings), sorted.
std::vector<std::string> sorted_codes(const char* const* codes) {
    std::vector<std::string> out;
    for (; *codes; ++codes)
        out.emplace_back(*codes);
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

std::span<const std::string> country_codes() {
    static const std::vector<std::string> codes = sorted_codes(icu::Locale::getISOCountries());
    return codes;
}

std::span<const std::string> language_codes() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> all = sorted_codes(icu::Locale::getISOLanguages());
        std::erase_if(all, [](const std::string& code) { return code.size() != 2; });
        return all;
    }();
    return codes;
}

namespace {
/// Where a key's name starts its search in `TableSchema::places`: its size and first and last
/// letters, in which a schema's names nearly all differ.
std::size_t place_hash(std::string_view key, std::size_t slots) {
    const auto first = static_cast<unsigned char>(key.front());
    const auto last = static_cast<unsigned char>(key.back());
    return (key.size() * 31 + first * 7 + last) % slots;
}
} // namespace

void TableSchema::index_keys() {
    places.fill(0);
    for (std::size_t place = 0; place < keys.size(); ++place) {
        std::size_t at = place_hash(keys[place].name, places.size());
        while (places[at] != 0)
            at = (at + 1) % places.size();
        places[at] = static_cast<std::uint8_t>(place + 1);
    }
}

const KeySchema* TableSchema::find(std::string_view key) const {
    if (key.empty())
        return any_key;
    for (std::size_t at = place_hash(key, places.size());; at = (at + 1) % places.size()) {
        if (places[at] == 0)
            return any_key;
        const KeySchema& candidate = keys[places[at] - 1];
        if (candidate.name == key)
            return &candidate;
    }
}

const TableSchema& document_schema() {
    return schema().tables.front();
}

std::span<const TableSchema> model_schema() {
    return schema().tables;
}

const TableSchema* find_table_schema(std::string_view name) {
    for (const TableSchema& table : schema().tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

std::span<const std::string_view> check_severity_names() {
    return severity_names;
}
std::span<const std::string_view> derogation_names() {
    return derogations;
}

} // namespace privmap
