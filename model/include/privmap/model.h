// The privmap model: what a DPO declares, as loaded from TOML and resolved.
// Every entity keeps the location of its id and of each key's value, so any stage can point
// a diagnostic at the exact place in the source.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <privmap/diagnostic.h>
#include <privmap/types.h>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace privmap {

// ---- vocabularies (the allowed values of enumerated keys; see vocabulary.h for names) ----

enum class EntityKind : std::uint8_t {
    organisation,
    subject,
    category,
    purpose,
    party,
    system,
    measure,
    activity,
    dpia
};
enum class Special {
    racial_ethnic_origin,
    political_opinions,
    religious_beliefs,
    trade_union,
    genetic,
    biometric,
    health,
    sex_life,
    criminal
};
enum class PartyRole {
    controller,
    joint_controller,
    processor,
    sub_processor,
    recipient,
    authority,
    public_
};
enum class Safeguard { adequacy, scc, bcr, derogation };
/// The part of a partial adequacy decision, or the certification, that covers a recipient.
enum class AdequacyScope { pipeda, appi, dpf, dpf_hr, outside };
/// How often data goes to a recipient outside the EEA (EDPB Guidelines 2/2018).
enum class TransferPattern { occasional, systematic };
/// The Art. 22(2) exceptions to the ban on solely automated decisions.
enum class AutomatedException { contract, law, explicit_consent };
/// The Art. 89(1) purposes that Art. 5(1)(b) presumes compatible.
enum class ResearchKind { archiving, scientific, historical, statistical };
enum class ActivityRole { controller, joint_controller, processor };
enum class LawfulBasis {
    consent,
    contract,
    legal_obligation,
    vital_interests,
    public_task,
    legitimate_interests
};
enum class SpecialCondition {
    explicit_consent,
    employment,
    vital_interests,
    non_profit,
    made_public,
    legal_claims,
    substantial_public_interest,
    health_care,
    public_health,
    archiving_research
};
enum class MeasureKind { technical, organisational, physical };
enum class PeriodKind {
    duration,
    controller_defined,
    until_withdrawn,
    as_long_as_necessary,
    until_erasure_request,
    indefinite
};
enum class Deletion { automatic, manual };
enum class Criterion {
    evaluation_scoring,
    automated_decision,
    systematic_monitoring,
    sensitive_data,
    large_scale,
    matching_datasets,
    vulnerable_subjects,
    innovative_technology,
    prevents_rights
};
enum class ScreeningOutcome { required, not_required };
enum class ActivityStatus { live, planned };
enum class Transform { none, pseudonymised, anonymised };
enum class DpiaStatus { draft, approved };
enum class DpiaOutcome { approved, rejected, approved_with_conditions };
/// The feared events a DPIA risk can be about: the three CNIL security events, common risks to
/// the rights and freedoms of data subjects (Art. 35(7)(c)), and `other` (named by the risk).
enum class RiskEvent {
    illegitimate_access,
    unwanted_modification,
    disappearance,
    discrimination,
    exclusion,
    loss_of_control,
    chilling_effect,
    function_creep,
    profiling_errors,
    financial_loss,
    reputational_damage,
    other
};
enum class Level { negligible, limited, significant, maximum };
/// Where a measure of a DPIA's action plan stands.
enum class ActionState { planned, implemented };

// ---- building blocks ----

struct EntityHandle {
    EntityKind kind;
    std::size_t index; // into the vector of that kind (0 for the organisation)
};

/// A reference to another entity by id, with the place it is written. resolve() looks the id
/// up once and keeps what it names as a typed index (`target`): later stages follow that, and
/// never look the id up again. The id stays as written, for messages and reports.
struct Ref {
    // A constructor, so that the many `Ref{id, where}` need not name the kind.
    Ref(std::string_view id = {}, Location where = {}, std::optional<EntityKind> kind = {})
        : id(id), where(where), kind(kind) {}

    Symbol id; // one copy of each id for all the references that name it
    Location where;
    /// The kind written before the id (`system:crm`): needed where a key takes several kinds
    /// and more than one of them has an entity with this id.
    std::optional<EntityKind> kind;

    /// What the reference names, as resolve() found it: the one entity with this id among the
    /// kinds its key takes. None before resolve(), and when the reference dangles, is
    /// ambiguous, names an entity of a kind the key does not take, or is a keyword (`subject`).
    std::optional<EntityHandle> target() const {
        if (target_index_ == unresolved)
            return std::nullopt;
        return EntityHandle{target_kind_, target_index_};
    }
    /// The target when it is of `wanted` kind.
    std::optional<EntityHandle> target(EntityKind wanted) const {
        if (target_index_ == unresolved || target_kind_ != wanted)
            return std::nullopt;
        return EntityHandle{target_kind_, target_index_};
    }
    /// For resolve(): what the reference names.
    void resolve_to(EntityHandle handle) {
        target_kind_ = handle.kind;
        target_index_ = static_cast<std::uint32_t>(handle.index);
    }

private:
    // Packed beside `kind` into what would be padding: a Ref is no larger for its target.
    static constexpr std::uint32_t unresolved = UINT32_MAX;
    EntityKind target_kind_ = EntityKind::organisation;
    std::uint32_t target_index_ = unresolved;
};

struct TableSchema;

/// Where each key of a table was written, sorted by key: one flat vector of 16-byte entries
/// (the key as its place among its schema's keys, then line, column and length) beside the
/// table's schema and file, since a table lies in one file. A register of 10,000 activities
/// writes 390,000 keys, so no entry names its key or file itself.
class KeyLocations {
public:
    /// A key of the table's schema, by its place in `TableSchema::keys`, and where its value
    /// was written in the table's file.
    struct Entry {
        std::uint32_t key = 0;
        std::uint32_t line = 0;
        std::uint32_t column = 0;
        std::uint32_t length = 0;
    };

    KeyLocations() = default;
    /// `entries` in any order, each a distinct key of `schema`, which must outlive the model
    /// (the model language's own schemas do).
    KeyLocations(const TableSchema& schema, FileName file, std::vector<Entry> entries);

    bool has(std::string_view key) const { return find_entry(key) != nullptr; }
    /// Where `key` was written, or nullopt when it was not.
    std::optional<Location> find(std::string_view key) const;
    /// Where `key` was written, or `otherwise` when it was not.
    Location at_or(std::string_view key, const Location& otherwise) const {
        const Entry* found = find_entry(key);
        return found ? location(*found) : otherwise;
    }
    /// Every key written and where, in the order of the keys' names.
    std::vector<std::pair<std::string_view, Location>> list() const;

private:
    const Entry* find_entry(std::string_view key) const;
    std::string_view name(const Entry&) const;
    Location location(const Entry& entry) const {
        return {file_, entry.line, entry.column, entry.length};
    }

    const TableSchema* schema_ = nullptr;
    FileName file_;
    std::vector<Entry> entries_;
};

/// What every entity with an id has.
struct Entity {
    std::string id;
    std::string name;
    std::string description;
    Location where; // the `id` value
    /// Location of each key's value as written (e.g. `categories`); absent keys are absent.
    KeyLocations keys;

    bool has(std::string_view key) const { return keys.has(key); }
    /// Where `key` was written, or the entity's own location when it was not.
    Location at(std::string_view key) const;
};

struct Contact {
    std::string name;
    std::string email;
    std::string phone;
    std::string address;
};

struct RetentionRule {
    std::vector<Ref> categories; // empty: the rule covers every category of its owner
    PeriodKind kind = PeriodKind::duration;
    Duration period;             // when kind == duration
    std::optional<Duration> max; // upper bound for the keyword periods
    std::string from;            // the event the clock starts at
    std::string basis;           // the law or reason
    std::optional<Deletion> deletion;
    Location where; // the rule's table
    KeyLocations keys;
};

struct StatutoryRetention {
    Duration period;
    std::string basis;
    std::optional<Ref> record; // the system or activity that keeps the statutory record
    std::string from;          // the event the statutory period runs from
    Location where;
};

// ---- entities ----

/// Who adopted the register (Art. 30 GDPR: the controller keeps it; Art. 24: and answers for
/// it): the approval block of the reports.
struct Adoption {
    std::string by;
    std::string role;
    std::optional<Date> date;
    Location where;
};

struct ModelInfo {
    int format = 0;
    std::string title;
    std::string version; // the register's document version, as the organisation numbers it
    std::optional<Adoption> adopted;
    std::string language = "en";
    Location where;
    KeyLocations keys;
};

struct Organisation : Entity {
    std::string address;
    std::string country; // ISO 3166-1 alpha-2
    bool public_body = false;
    std::string registration;
    Contact contact;
    std::optional<Contact> dpo;
    std::optional<Contact> representative;
    std::string supervisory_authority;
    std::string rights_procedure;
};

struct Subject : Entity {
    bool own_staff = false; // the organisation's own employees
    bool vulnerable = false;
    bool children = false;
    std::optional<int> min_age;
    std::vector<std::string> countries; // where they are: Art. 8 ages, Art. 3(2) targeting
    std::optional<long long> count;
};

struct Category : Entity {
    std::optional<Special> special;
    bool national_id = false;
    bool highly_personal = false;
    std::optional<Ref> parent;
    std::optional<StatutoryRetention> statutory_retention;

    // Resolved: the tree and what is inherited from ancestors (own value first).
    std::optional<std::size_t> parent_index;
    std::vector<std::size_t> children;
    std::optional<Special> effective_special;
    std::string special_from; // id of the category that declares effective_special
    bool effective_national_id = false;
    bool effective_highly_personal = false;
    std::optional<StatutoryRetention> effective_statutory_retention;
};

struct Purpose : Entity {
    std::vector<Ref> compatible_with;
    std::string assessment;
    std::optional<ResearchKind> research; // an Art. 89(1) purpose
    std::vector<Ref> safeguards;          // its Art. 89(1) safeguards (measures)
};

struct Party : Entity {
    std::string address;
    Contact contact;
    PartyRole role = PartyRole::recipient;
    std::string country; // ISO 3166-1 alpha-2, "unknown", or empty for `public`
    std::string dpa;
    std::optional<Date> dpa_expires; // when the Art. 28 agreement ends
    std::optional<Safeguard> safeguard;
    std::string derogation; // "art49-1-a" … "art49-1-g"
    std::string tia;
    bool dpf_certified = false;
    std::optional<AdequacyScope> adequacy_scope;
    std::optional<TransferPattern> transfers;
    std::vector<Ref> authorised_by;
    std::optional<Ref> sub_processor_of; // the organisation's processor that engaged it
    std::string authorisation;           // the organisation's written authorisation of it
};

struct System : Entity {
    std::string country;
    std::optional<Ref> operated_by;
    std::vector<Ref> measures;
    std::vector<RetentionRule> retention;
};

struct Measure : Entity {
    std::optional<MeasureKind> kind;
    std::string standard;
};

struct Screening {
    Date date;
    ScreeningOutcome outcome = ScreeningOutcome::required;
    std::string reason;
    Location where;
};

struct Activity : Entity {
    ActivityRole role = ActivityRole::controller;
    std::vector<Ref> controllers;
    std::vector<Ref> purposes;
    std::optional<LawfulBasis> lawful_basis;
    std::string basis_reference; // the Art. 6(1) basis: the law, the LIA, the consent record
    std::optional<SpecialCondition> special_condition;
    std::string special_condition_reference; // the Art. 9(2) condition's law or consent record
    std::string criminal_data_law;           // the law authorising Art. 10 data
    std::string national_id_law;             // the law prescribing the national id's use
    std::vector<Ref> subjects;
    std::vector<Ref> categories;
    std::vector<Ref> source; // the keyword "subject" (Art. 13) or party ids (Art. 14)
    std::vector<Ref> systems;
    std::vector<Ref> recipients;
    std::vector<Ref> measures;
    std::vector<RetentionRule> retention;
    std::vector<Criterion> criteria; // declared by the DPO
    std::optional<Screening> screening;
    std::string reference;
    std::string department;
    std::string owner;
    std::optional<Date> updated;
    std::optional<Date> review;
    std::optional<Ref> dpia;
    bool automated_decision = false;
    std::optional<AutomatedException> automated_exception;
    std::string automated_safeguards;  // Art. 22(3)
    bool public_area = false;          // monitors a publicly accessible area (Art. 35(3)(c))
    bool outside_public_tasks = false; // a public body's activity outside its public tasks
    std::string arrangement;           // the Art. 26 arrangement of joint controllers
    std::string arrangement_essence;   // where its essence is available to data subjects
    std::string parental_consent;
    ActivityStatus status = ActivityStatus::live;
};

struct Flow {
    Ref from;
    Ref to;
    std::vector<Ref> categories;
    std::optional<Ref> activity;
    Transform transform = Transform::none;
    Location where; // the flow's table
    KeyLocations keys;
};

struct Risk {
    std::string id;
    RiskEvent event = RiskEvent::illegitimate_access;
    std::string event_name;  // the feared event, in the DPO's words, when `event` is `other`
    std::string risk_source; // who or what could cause it
    std::string description; // the feared event as it would happen here
    std::string impact;      // what it would mean for the data subjects
    std::optional<Level> likelihood;
    std::optional<Level> severity;
    std::vector<Ref> measures;
    std::optional<Level> residual_likelihood;
    std::optional<Level> residual_severity;
    Location where;
    KeyLocations keys;
};

/// One line of a DPIA's action plan: a measure, who carries it out, by when, and how far it is.
/// The risks it addresses are the DPIA's risks that list the measure.
struct DpiaAction {
    Ref measure;
    std::string owner;
    std::optional<Date> due;
    ActionState state = ActionState::planned;
    Location where;
    KeyLocations keys;
};

/// The DPO's advice on a DPIA (Art. 35(2)); a bare string in the model is the `advice` alone.
struct DpoAdvice {
    std::string name;
    std::optional<Date> date;
    std::string advice;
    std::optional<bool> followed;
    std::string reason; // why it was not followed
    Location where;
    KeyLocations keys;
};

/// The controller's decision on a DPIA: the sign-off.
struct DpiaDecision {
    std::optional<DpiaOutcome> outcome;
    std::string by;
    std::string role;
    std::optional<Date> date;
    Location where;
};

/// The views of data subjects or their representatives (Art. 35(9)).
struct SubjectsViews {
    std::optional<bool> sought;
    std::string how;
    std::string outcome;
    std::string reason; // why they were not sought
    Location where;
    KeyLocations keys;
};

struct Dpia : Entity { // name holds the `title`
    std::vector<Ref> activities;
    DpiaStatus status = DpiaStatus::draft;
    std::optional<Date> approved;
    std::optional<Date> review;
    std::optional<DpoAdvice> dpo_advice;
    std::optional<DpiaDecision> decision;
    std::optional<SubjectsViews> subjects_views;
    // Art. 35(7)(a) beyond what the activities' register entries say (the Dutch model DPIA,
    // part A).
    std::string interests;       // the interests the processing serves
    std::string techniques;      // the techniques, methods and technology used
    std::string legal_framework; // the laws and policy that govern it
    // Art. 35(7)(b), split as in the Dutch model DPIA (part B); `necessity` alone is the
    // assessment as a whole where it is not split.
    std::string purpose_limitation;
    std::string necessity;
    std::string proportionality;
    std::string subsidiarity;
    std::string data_minimisation;
    std::string retention_justification;
    std::string prior_consultation;
    std::vector<Risk> risks;
    std::vector<DpiaAction> actions; // the action plan
};

struct Waiver {
    std::string rule;
    std::string target;
    std::string reason;
    std::string approved_by;
    Date expires;
    Location where;
    KeyLocations keys;
};

/// `[checks]`: per-rule severity and thresholds.
struct Checks {
    /// rule id -> severity; std::nullopt means `off`.
    std::map<std::string, std::optional<Severity>, std::less<>> severity;
    std::map<std::string, Location, std::less<>> severity_where;
    long long large_scale_subjects = 100000;
    /// How long before a date falls due `check` reminds of it (organisation.due-soon).
    Duration remind_before{.days = 30};
    /// How old a DPIA screening may grow before it is due for renewal (the agenda and
    /// dpia.screening-outdated); privmap's default, not the law's.
    Duration screening_max_age{.years = 3};
    /// Age of digital consent per country (Art. 8(1)); the built-in table is used for the rest.
    std::map<std::string, int, std::less<>> digital_consent_age;
    Location where;
};

/// A source file of the model, kept for diagnostics that quote the line.
struct SourceFile {
    /// `text` is less than 4 GiB (no file is read beyond Limits::file_bytes).
    SourceFile(FileName name, std::string text);
    /// Line `number` (from 1) without its line end; empty when the file has no such line.
    std::string_view line(std::uint32_t number) const;

    FileName name; // its path relative to the model root: what its locations name
    std::string text;
    /// Where every 16th line begins in `text` (lines 1, 17, 33, …): a line is found from the
    /// one kept before it with at most 15 searches for a line end, which only the few lines
    /// that findings quote need, while a table of every line took 2 MB of the peak at 10,000
    /// activities. 32 bits, since no file is read beyond 4 GiB (Limits::file_bytes).
    std::vector<std::uint32_t> line_starts;
    std::size_t lines = 0; // how many lines `text` has
};

/// The kind of an entity type.
template <class T> constexpr EntityKind kind_of() {
    if constexpr (std::is_same_v<T, Organisation>)
        return EntityKind::organisation;
    else if constexpr (std::is_same_v<T, Subject>)
        return EntityKind::subject;
    else if constexpr (std::is_same_v<T, Category>)
        return EntityKind::category;
    else if constexpr (std::is_same_v<T, Purpose>)
        return EntityKind::purpose;
    else if constexpr (std::is_same_v<T, Party>)
        return EntityKind::party;
    else if constexpr (std::is_same_v<T, System>)
        return EntityKind::system;
    else if constexpr (std::is_same_v<T, Measure>)
        return EntityKind::measure;
    else if constexpr (std::is_same_v<T, Activity>)
        return EntityKind::activity;
    else {
        static_assert(std::is_same_v<T, Dpia>, "an entity type");
        return EntityKind::dpia;
    }
}

struct Model {
    std::filesystem::path root;
    std::vector<SourceFile> sources;
    /// False when a file could not be read or parsed: resolve() then skips the checks that need
    /// the whole model (a missing organisation) to avoid false alarms.
    bool complete = true;
    /// When every file was read but some are not valid TOML: those files. resolve() still checks
    /// the references of the files that parsed, except to ids the unparsed files' text names
    /// (they may declare them). Empty when a file could not be read at all.
    std::vector<std::string> unparsed;

    ModelInfo info;
    std::optional<Organisation> organisation;
    std::vector<Subject> subjects;
    std::vector<Category> categories;
    std::vector<Purpose> purposes;
    std::vector<Party> parties;
    std::vector<System> systems;
    std::vector<Measure> measures;
    std::vector<Activity> activities;
    std::vector<Flow> flows;
    std::vector<Dpia> dpias;
    std::vector<Waiver> waivers;
    Checks checks;

    /// Filled by resolve(): every id (NFC-normalised) -> the entities that declare it, at most
    /// one of each kind (an activity, a system and a purpose may share an id).
    std::unordered_map<std::string, std::vector<EntityHandle>> index;

    /// The entity with this id; of several kinds, the first (subject, category, purpose, party,
    /// system, measure, activity, dpia). For a finding's entity, whose kind its rule knows.
    std::optional<EntityHandle> find(std::string_view id) const;
    /// The entity of `kind` with this id.
    std::optional<EntityHandle> find(std::string_view id, EntityKind kind) const;
    /// What a reference names among `kinds`: the entity of the kind it names (`system:crm`), or
    /// the one entity of those kinds with its id (resolve() reports an id several declare).
    std::optional<EntityHandle> find(const Ref&, std::span<const EntityKind> kinds) const;
    /// The handle of an entity of this model.
    std::optional<EntityHandle> handle_of(const Entity&) const;
    const Entity& entity(EntityHandle) const;
    /// The entity `ref` names (Ref::target), or nullptr.
    const Entity* target(const Ref& ref) const {
        auto handle = ref.target();
        return handle ? &entity(*handle) : nullptr;
    }
    /// The entity of type T (`Party`, `System`, ...) `ref` names, or nullptr when it names none
    /// or one of another kind.
    template <class T> const T* target(const Ref& ref) const {
        auto handle = ref.target(kind_of<T>());
        return handle ? &static_cast<const T&>(entity(*handle)) : nullptr;
    }
    const Entity* find_entity(std::string_view id) const;
    /// The text of line `line` (1-based) of `file`, without its line end; empty when unknown.
    std::string_view source_line(FileName file, std::uint32_t line) const;
};

/// The resource limits of one run (docs/security.md). Past one, loading stops with a
/// `model.limit` error (exit 2) that names it and says how to raise it (`--limit NAME=N`).
struct Limits {
    std::uintmax_t file_bytes = 16u << 20;  // `file-bytes`: one file
    std::uintmax_t model_bytes = 64u << 20; // `model-bytes`: all the files together
    std::size_t files = 10000;              // `files`
    std::size_t depth = 32;                 // `depth`: folders below the model's root
    std::size_t entities = 250000;          // `entities`: tables with an id, flows, waivers
    /// `findings-per-entity`: findings shown per rule and entity; the rest are only counted.
    std::size_t findings_per_entity = 20;
    unsigned tool_seconds = 120;           // `tool-seconds`: each run of Pandoc (and WeasyPrint)
    std::uintmax_t pdf_bytes = 256u << 10; // `pdf-bytes`: the Markdown of all PDFs of a report
    /// `reach`: the steps of the lineage graph's category searches, each subcategory counted:
    /// every edge a search follows, every place (activity, system, party, country) a category
    /// reaches and every category an activity processes. A small model with a deep or wide
    /// category tree can need millions.
    std::size_t reach = 50'000'000;
};

/// Applies "NAME=N" (N a whole number; bytes may end in K, M or G) to `limits`; returns what
/// is wrong with it, or an empty string.
std::string set_limit(Limits& limits, std::string_view assignment);

/// A resource limit reached: the error "model.limit.<limit>" with `args` at `where`, and how to
/// raise the limit to `raised` ("model.limit.help").
Diagnostic limit_problem(std::string where, std::string_view limit, Message::Args args,
                         std::uintmax_t raised);

struct LoadOptions {
    Limits limits;
};

struct LoadResult {
    Model model;
    Diagnostics diagnostics;
};

/// Reads one .toml file or every *.toml below a directory (sorted, dot-files skipped) and
/// builds the model. Reports every problem it finds (model.* diagnostics); never throws for
/// bad input.
LoadResult load_model(const std::filesystem::path& path, const LoadOptions& = {});

/// SHA-256 of `bytes`, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);
/// What identifies the model's content: the SHA-256 of the lines `sha256sum` prints for its
/// files in the order they were read (docs/reports.md says how to recompute it).
std::string content_hash(const Model&);

/// Builds the id index and the category tree (with inheritance), and checks references:
/// model.duplicate-id, model.dangling-ref, model.wrong-kind, model.cycle, model.organisation.
Diagnostics resolve(Model&);

/// The rules the model stage reports (model.*), for `privmap explain` and the docs.
const std::vector<RuleInfo>& model_rules();

} // namespace privmap
