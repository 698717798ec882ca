// Derived facts: what the analysis concludes about each activity, computed once in the
// analyzer. The register, the DPIA and compliance reports, CSV/XLSX, `trace` and `diff` read
// these; none of them decides a GDPR question again, so no two outputs can disagree.
#pragma once

#include <optional>
#include <privmap/diagnostic.h>
#include <privmap/lineage.h>
#include <privmap/model.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privmap {

/// A sentence in a form a report can translate: the message `screening.<key>` of the
/// catalogues (`because`) with these named arguments (ids, numbers and vocabulary names, never
/// prose).
struct Reason {
    std::string key;                                       // "highly-personal"
    std::vector<std::pair<std::string, std::string>> args; // {"category", "financial"}
};

/// One WP248 criterion that holds for an activity, and where it came from.
struct CriterionHit {
    Criterion criterion;
    Location where;
    /// Why it holds ("`sick-leave` is a kind of `health`, ..."): said by `because(hit)` in any
    /// language, never kept as English text (one sentence per hit of a large register).
    Reason reason;
};

struct ActivityScreening {
    std::size_t activity = 0; // index into Model::activities
    std::vector<CriterionHit> hits;
    bool art35_3 = false; // an Art. 35(3) case
    bool dpia_required() const { return art35_3 || hits.size() >= 2; }
};

/// The answer the model gives to a yes/no question. It may give none: then an output says
/// "not recorded", never "no".
enum class Answer { no, yes, not_recorded };
/// "no", "yes", "not-recorded"
std::string_view to_string(Answer);

/// A party that receives an activity's personal data (Art. 4(9), 30(1)(d)).
struct RecipientFact {
    std::size_t party = 0; // index into Model::parties
    bool declared = false; // listed in the activity's `recipients`
    /// How the data gets there in the lineage graph: flows under the activity, its systems'
    /// operators, and onward; empty when the party is only declared.
    LineagePath path;
};

/// A Chapter V transfer: the activity's personal data reaches a party outside the EEA, or a
/// system outside the EEA that a party operates. A system the organisation runs itself is no
/// transfer (no other importer; EDPB Guidelines 05/2021). The `transfer.*` rules use the same
/// definition (is_transfer_destination).
struct TransferFact {
    std::string destination;  // the party or system the data reaches
    std::size_t importer = 0; // index into Model::parties: the party, or the system's operator
    std::string country;      // ISO 3166-1 alpha-2, or "unknown"
    LineagePath path;         // from the activity to the destination
    std::optional<Safeguard> safeguard; // the importer's own Art. 46/49 safeguard
    std::string derogation;             // the Art. 49 derogation ("art49-1-a")
    std::string tia;                    // the transfer impact assessment
    std::string adequacy; // the adequacy decision covering this importer; "" when none
    /// The adequacy is the EU-US Data Privacy Framework, which covers only certified importers.
    bool data_privacy_framework = false;
    /// Yes: adequacy, or a safeguard of the importer's own; no: neither; not recorded: the
    /// country is unknown.
    Answer covered = Answer::no;
};

enum class Sensitivity { special, criminal, national_id };
std::string_view to_string(Sensitivity); // "special", "criminal", "national-id"

/// Art. 9, Art. 10 or Art. 87 data an activity processes, listed or flowing in.
struct SensitiveFact {
    Sensitivity kind = Sensitivity::special;
    std::size_t category = 0; // the category whose declaration makes it sensitive
    std::string via;          // the category the model shows (listed, or the one flowing in)
    LineagePath path;         // the way it flows in (crm → hr-absence); empty when listed
};

/// How long one category an activity lists is kept, and where that is decided.
struct RetentionFact {
    std::size_t category = 0;            // index into Model::categories (a listed one)
    const RetentionRule* rule = nullptr; // null: nothing covers it (not recorded)
    std::string owner;                   // the activity or system whose rule it is
};

/// Art. 36: prior consultation.
enum class PriorConsultation { consulted, required, not_required, not_recorded };
std::string_view to_string(PriorConsultation); // "consulted", ..., "not-recorded"

/// CNIL's risk map: a risk is high when its severity and likelihood are both significant or
/// above, low when both are limited or below, medium otherwise; unknown when a level is missing.
enum class RiskLevel { low, medium, high, unknown };
std::string_view to_string(RiskLevel); // "low", "medium", "high", "unknown"
RiskLevel risk_level(std::optional<Level> severity, std::optional<Level> likelihood);

/// The parts a DPIA holds at least: Art. 35(7)(a)-(d) and the DPO's advice (Art. 35(2)).
enum class DpiaPart { description, necessity, risks, measures, dpo_advice };
std::string_view to_string(DpiaPart); // "description", ..., "dpo-advice"

/// A measure a DPIA's risks list, with the risks that list it.
struct DpiaMeasureFact {
    std::size_t measure = 0;        // index into Model::measures
    std::vector<std::size_t> risks; // indices into Dpia::risks, in the model's order
};

/// What a `[[dpia]]` concludes about its risks.
struct DpiaFacts {
    std::size_t dpia = 0; // index into Model::dpias
    /// `status = "approved"` or an approving `decision`, and no rejecting one: what the dpia.*
    /// rules and the activities' DPIA state count as approved.
    bool approved = false;
    /// Yes: a risk stays high after its measures; no: every risk has residual levels and none
    /// is high; not recorded: no risks, or a risk without the levels to judge it (stays_high).
    Answer residual_high = Answer::not_recorded;
    std::vector<std::string> unassessed; // ids of risks stays_high cannot judge
    PriorConsultation art36 = PriorConsultation::not_recorded;
    /// The parts it leaves empty, in the order of Art. 35(7) (dpia.incomplete when approved).
    std::vector<DpiaPart> missing;
    /// Each declared measure its risks list, once, in the order the risks first list them.
    std::vector<DpiaMeasureFact> measures;
    /// The measure `measure` (an index into Model::measures) as its risks list it; null when
    /// no risk lists it.
    const DpiaMeasureFact* find_measure(std::size_t measure) const;
};

/// Where an activity stands with Art. 35.
enum class DpiaState {
    approved,     // a covering DPIA is approved
    draft,        // a covering DPIA is not approved yet
    missing,      // required and no DPIA covers it
    not_required, // a documented screening, and fewer than two criteria
    not_screened, // fewer than two criteria and no documented screening: nothing to conclude
};
std::string_view to_string(DpiaState); // "approved", ..., "not-screened"

struct ActivityFacts {
    std::size_t activity = 0; // index into Model::activities
    /// Declared ones first (in `recipients` order), then those only the graph finds.
    std::vector<RecipientFact> recipients;
    /// Whether the model says who receives the data: `recipients` is written (perhaps empty),
    /// or the graph finds one. When it is not, "no recipients" and "no transfers" are unknown.
    bool recipients_recorded = false;
    std::vector<TransferFact> transfers; // sorted by destination
    std::vector<SensitiveFact> sensitive;
    std::vector<RetentionFact> retention; // one per listed category, in `categories` order
    DpiaState dpia = DpiaState::not_screened;
    std::optional<std::size_t> covering_dpia; // index into Model::dpias
    /// The waiver that accepts the `dpia.required` finding about this activity, if any.
    std::optional<WaiverInfo> dpia_waiver;
    /// The data-subject rights that apply given the lawful basis (Art. 7(3), 15-22), as the
    /// vocabulary's names ("access", "erasure"); empty for a processor (the controller answers)
    /// and when no lawful basis is recorded (then rights_recorded is false).
    std::vector<std::string_view> rights;
    bool rights_recorded = false;
    Answer automated_decision = Answer::not_recorded;

    /// A DPIA is required and missing, and a waiver accepts that (the risk is accepted, not
    /// open): the register and the summaries show such an activity as "accepted".
    bool dpia_accepted() const { return dpia == DpiaState::missing && dpia_waiver.has_value(); }
};

/// What the analysis concludes about the organisation as a whole.
struct OrganisationFacts {
    /// Art. 27: yes when the organisation is outside the EEA, is no public body and processes
    /// data of people in the Union (Art. 3(2)); no when one of these does not hold; not recorded
    /// when the model has no organisation or does not say its country.
    Answer representative_required = Answer::not_recorded;
};

/// Art. 28(3): where a party stands with the agreement a processor works under.
enum class DpaState {
    recorded,       // `dpa` is written (whatever the party's role)
    missing,        // a processor or sub-processor without one (processor.dpa-missing)
    not_applicable, // another role, and none written
};
std::string_view to_string(DpaState); // "recorded", "missing", "not-applicable"
/// Whether a party of this role processes on the organisation's behalf, so that Art. 28(3)
/// requires an agreement with it.
bool needs_dpa(const Party&);

/// What the model says about one party: the register's view per recipient (Art. 30(1)(d)).
struct PartyFacts {
    std::size_t party = 0; // index into Model::parties
    /// The activities whose personal data reaches it (declared or through the lineage graph),
    /// in model order.
    std::vector<std::size_t> activities;
    DpaState dpa = DpaState::not_applicable;
};

/// What the model says about one system: which activities use it and what it holds.
struct SystemFacts {
    std::size_t system = 0; // index into Model::systems
    /// The activities that list it in `systems` or whose data reaches it, in model order.
    std::vector<std::size_t> activities;
    /// The categories it holds as declared on the edges into it (indices into
    /// Model::categories, sorted, unique): its activities' and its flows'.
    std::vector<std::size_t> categories;
};

/// One destination outside the EEA and the activities whose data reaches it.
struct TransferDestination {
    /// The transfer as every activity reaching it has it (it depends only on the destination
    /// and its importer), without a path (each activity has its own).
    TransferFact transfer;
    std::vector<std::size_t> activities; // in model order
};

/// The transfers to one country (Art. 30(1)(e), 44-49), by destination.
struct CountryTransfers {
    std::string country;                           // ISO 3166-1 alpha-2, or "unknown"
    std::vector<TransferDestination> destinations; // sorted by destination
};

/// One line of the retention schedule: one category, the terms that decide how long it is
/// kept and the activities that keep it on those terms. Rules of different activities with the
/// same terms (period, maximum, start, basis, deletion) are one line; a system's rule is a line
/// of its own.
struct RetentionScheduleLine {
    std::size_t category = 0;            // index into Model::categories
    const RetentionRule* rule = nullptr; // the first of the rules; null: not recorded
    std::string system;                  // the system whose rule it is; "" for the activities'
    std::vector<std::size_t> activities; // in model order
};

struct Facts {
    OrganisationFacts organisation;
    std::vector<ActivityFacts> activities; // one per activity, same order
    std::vector<DpiaFacts> dpias;          // one per [[dpia]], same order
    std::vector<PartyFacts> parties;       // one per party, same order
    std::vector<SystemFacts> systems;      // one per system, same order
    /// The activities' transfers grouped by country, sorted by country code.
    std::vector<CountryTransfers> transfers_by_country;
    /// Every listed category of every activity with its deciding rule: sorted by category
    /// index; for one category, the lines in the order of their first activity.
    std::vector<RetentionScheduleLine> retention_schedule;
};

/// The facts of every activity and DPIA, from the model, its lineage graph and its screening
/// (one per activity, same order). analyze() calls this; so can a test with its own screening.
Facts derive_facts(const Model&, const LineageGraph&, const std::vector<ActivityScreening>&);

/// Whether Art. 27 requires the organisation to designate a representative in the Union
/// (OrganisationFacts::representative_required); `organisation.representative-missing` asks the
/// same question.
Answer representative_required(const Model&);

/// Whether personal data reaching something in `country` (ISO 3166-1 alpha-2 or `unknown`)
/// leaves the EEA: the country is outside it, or unknown (then no one can tell). The lineage
/// diagrams mark such countries.
bool is_transfer_country(std::string_view country);
/// Whether personal data reaching `party` is a Chapter V transfer: the party is in a transfer
/// country (is_transfer_country).
bool is_transfer_destination(const Party&);
/// The same for a system: outside the EEA (or `unknown`), operated by a party in another
/// country (a system in its operator's country is the transfer to the operator).
bool is_transfer_destination(const Model&, const System&);

/// Whether a DPIA risk stays high after its measures: its residual likelihood and severity
/// (its initial ones where no residual level is given: nothing shows the measures lower them)
/// are both `significant` or above. Nullopt when a level is missing on both counts.
std::optional<bool> stays_high(const Risk&);

/// A retention rule's period as the model writes it: "P7Y", "as-long-as-necessary (max P2Y)".
/// Every output that names a period in the model's terms uses this.
std::string retention_period(const RetentionRule&);

/// One line of an activity's retention as a register states it: the listed categories one
/// rule decides, together, in `categories` order; the categories no rule covers together too.
struct RetentionLine {
    const RetentionRule* rule = nullptr; // null: not recorded
    std::string owner;                   // the activity or system whose rule it is
    std::vector<std::size_t> categories; // indices into Model::categories
};
std::vector<RetentionLine> retention_lines(const ActivityFacts&);

} // namespace privmap
