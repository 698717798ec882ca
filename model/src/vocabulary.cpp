#include <array>
#include <privmap/vocabulary.h>

namespace privmap {
namespace {
using namespace std::string_view_literals;
// Keep each list in the order of its enum in model.h.
constexpr std::array entity_kinds{"organisation"sv, "subject"sv,  "category"sv,
                                  "purpose"sv,      "party"sv,    "system"sv,
                                  "measure"sv,      "activity"sv, "dpia"sv};
constexpr std::array specials{"racial-ethnic-origin"sv,
                              "political-opinions"sv,
                              "religious-beliefs"sv,
                              "trade-union"sv,
                              "genetic"sv,
                              "biometric"sv,
                              "health"sv,
                              "sex-life"sv,
                              "criminal"sv};
constexpr std::array party_roles{"controller"sv,    "joint-controller"sv, "processor"sv,
                                 "sub-processor"sv, "recipient"sv,        "authority"sv,
                                 "public"sv};
constexpr std::array safeguards{"adequacy"sv, "scc"sv, "bcr"sv, "derogation"sv};
constexpr std::array adequacy_scopes{"pipeda"sv, "appi"sv, "dpf"sv, "dpf-hr"sv, "outside"sv};
constexpr std::array transfer_patterns{"occasional"sv, "systematic"sv};
constexpr std::array automated_exceptions{"contract"sv, "law"sv, "explicit-consent"sv};
constexpr std::array research_kinds{"archiving"sv, "scientific"sv, "historical"sv, "statistical"sv};
constexpr std::array activity_roles{"controller"sv, "joint-controller"sv, "processor"sv};
constexpr std::array lawful_bases{"consent"sv,         "contract"sv,    "legal-obligation"sv,
                                  "vital-interests"sv, "public-task"sv, "legitimate-interests"sv};
constexpr std::array special_conditions{"explicit-consent"sv,
                                        "employment"sv,
                                        "vital-interests"sv,
                                        "non-profit"sv,
                                        "made-public"sv,
                                        "legal-claims"sv,
                                        "substantial-public-interest"sv,
                                        "health-care"sv,
                                        "public-health"sv,
                                        "archiving-research"sv};
constexpr std::array measure_kinds{"technical"sv, "organisational"sv, "physical"sv};
constexpr std::array period_kinds{"duration"sv,
                                  "controller-defined"sv,
                                  "until-withdrawn"sv,
                                  "as-long-as-necessary"sv,
                                  "until-erasure-request"sv,
                                  "indefinite"sv};
constexpr std::array deletions{"automatic"sv, "manual"sv};
constexpr std::array criteria{
    "evaluation-scoring"sv,  "automated-decision"sv,    "systematic-monitoring"sv,
    "sensitive-data"sv,      "large-scale"sv,           "matching-datasets"sv,
    "vulnerable-subjects"sv, "innovative-technology"sv, "prevents-rights"sv};
constexpr std::array screening_outcomes{"required"sv, "not-required"sv};
constexpr std::array activity_statuses{"live"sv, "planned"sv};
constexpr std::array transforms{"none"sv, "pseudonymised"sv, "anonymised"sv};
constexpr std::array dpia_statuses{"draft"sv, "approved"sv};
constexpr std::array dpia_outcomes{"approved"sv, "rejected"sv, "approved-with-conditions"sv};
constexpr std::array risk_events{
    "illegitimate-access"sv, "unwanted-modification"sv, "disappearance"sv,       "discrimination"sv,
    "exclusion"sv,           "loss-of-control"sv,       "chilling-effect"sv,     "function-creep"sv,
    "profiling-errors"sv,    "financial-loss"sv,        "reputational-damage"sv, "other"sv};
constexpr std::array levels{"negligible"sv, "limited"sv, "significant"sv, "maximum"sv};
constexpr std::array action_states{"planned"sv, "implemented"sv};
} // namespace

template <> std::span<const std::string_view> names_of<EntityKind>() {
    return entity_kinds;
}
template <> std::span<const std::string_view> names_of<Special>() {
    return specials;
}
template <> std::span<const std::string_view> names_of<PartyRole>() {
    return party_roles;
}
template <> std::span<const std::string_view> names_of<Safeguard>() {
    return safeguards;
}
template <> std::span<const std::string_view> names_of<AdequacyScope>() {
    return adequacy_scopes;
}
template <> std::span<const std::string_view> names_of<TransferPattern>() {
    return transfer_patterns;
}
template <> std::span<const std::string_view> names_of<AutomatedException>() {
    return automated_exceptions;
}
template <> std::span<const std::string_view> names_of<ResearchKind>() {
    return research_kinds;
}
template <> std::span<const std::string_view> names_of<ActivityRole>() {
    return activity_roles;
}
template <> std::span<const std::string_view> names_of<LawfulBasis>() {
    return lawful_bases;
}
template <> std::span<const std::string_view> names_of<SpecialCondition>() {
    return special_conditions;
}
template <> std::span<const std::string_view> names_of<MeasureKind>() {
    return measure_kinds;
}
template <> std::span<const std::string_view> names_of<PeriodKind>() {
    return period_kinds;
}
template <> std::span<const std::string_view> names_of<Deletion>() {
    return deletions;
}
template <> std::span<const std::string_view> names_of<Criterion>() {
    return criteria;
}
template <> std::span<const std::string_view> names_of<ScreeningOutcome>() {
    return screening_outcomes;
}
template <> std::span<const std::string_view> names_of<ActivityStatus>() {
    return activity_statuses;
}
template <> std::span<const std::string_view> names_of<Transform>() {
    return transforms;
}
template <> std::span<const std::string_view> names_of<DpiaStatus>() {
    return dpia_statuses;
}
template <> std::span<const std::string_view> names_of<DpiaOutcome>() {
    return dpia_outcomes;
}
template <> std::span<const std::string_view> names_of<RiskEvent>() {
    return risk_events;
}
template <> std::span<const std::string_view> names_of<Level>() {
    return levels;
}
template <> std::span<const std::string_view> names_of<ActionState>() {
    return action_states;
}

} // namespace privmap
