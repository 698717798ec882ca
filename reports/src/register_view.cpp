#include "register_view.h"

namespace privmap::reports {
using nlohmann::json;

namespace {
/// A part the model may not have is `false` in the report document, so that a template's
/// `{{#basis}}` shows nothing.
template <class T> json or_false(const std::optional<T>& value) {
    return value ? json(*value) : json(false);
}
} // namespace

void to_json(json& out, const CountryView& v) {
    out = {{"code", v.code}, {"name", v.name}};
}

void to_json(json& out, const PartyView& v) {
    out = {{"id", v.id},
           {"anchor", v.anchor},
           {"name", v.name},
           {"description", v.description},
           {"role", v.role},
           {"role_text", v.role_text},
           {"address", v.address},
           {"email", v.email},
           {"phone", v.phone},
           {"country", v.country},
           {"dpa", v.dpa},
           {"safeguard", v.safeguard},
           {"dpa_required", v.dpa_required},
           {"transfer_destination", v.transfer_destination},
           {"authorised_by", v.authorised_by},
           {"authorisation", v.authorisation}};
}

void to_json(json& out, const RecipientView& v) {
    out = v.party;
    out["declared"] = v.declared;
    out["path"] = v.path;
}

void to_json(json& out, const PurposeView& v) {
    out = {{"id", v.id}, {"name", v.name}, {"description", v.description}};
}

void to_json(json& out, const SubjectView& v) {
    out = {{"id", v.id},
           {"anchor", v.anchor},
           {"name", v.name},
           {"description", v.description},
           {"vulnerable", v.vulnerable},
           {"children", v.children},
           {"count", v.count}};
}

void to_json(json& out, const CategoryView& v) {
    out = {{"id", v.id},
           {"name", v.name},
           {"description", v.description},
           {"special", v.special},
           {"special_inherited_from", v.special_inherited_from},
           {"national_id", v.national_id},
           {"highly_personal", v.highly_personal}};
}

void to_json(json& out, const SensitiveView& v) {
    out = {
        {"id", v.id}, {"name", v.name}, {"special", v.special}, {"via", v.via}, {"path", v.path}};
}

void to_json(json& out, const SourceView& v) {
    out = {{"name", v.name}, {"article", v.article}, {"anchor", v.anchor}};
}

void to_json(json& out, const BasisView& v) {
    out = {{"code", v.code},
           {"text", v.text},
           {"article", v.article},
           {"reference", v.reference},
           {"reference_label", v.reference_label}};
}

void to_json(json& out, const ConditionView& v) {
    out = {{"code", v.code}, {"text", v.text}, {"article", v.article}};
}

void to_json(json& out, const TransferView& v) {
    out = {{"id", v.id},
           {"name", v.name},
           {"importer", v.importer},
           {"country", v.country},
           {"safeguard", v.safeguard},
           {"covered", v.covered},
           {"tia", v.tia},
           {"path", v.path}};
}

void to_json(json& out, const RetentionView& v) {
    out = {{"categories", v.categories},
           {"period", v.period},
           {"iso_period", v.iso_period},
           {"max", v.max},
           {"from", v.from},
           {"basis", v.basis},
           {"deletion", v.deletion},
           {"owner", v.owner}};
    if (v.unrecorded)
        out["unrecorded"] = true;
}

void to_json(json& out, const MeasureView& v) {
    out = {{"id", v.id},     {"name", v.name},         {"description", v.description},
           {"kind", v.kind}, {"standard", v.standard}, {"via", v.via}};
}

void to_json(json& out, const SystemView& v) {
    out = {{"id", v.id},           {"anchor", v.anchor},
           {"name", v.name},       {"description", v.description},
           {"country", v.country}, {"operated_by", v.operated_by}};
}

void to_json(json& out, const RightView& v) {
    out = {{"key", v.key}, {"text", v.text}};
}

void to_json(json& out, const WaiverView& v) {
    out = {{"reason", v.reason}, {"approved_by", v.approved_by}, {"expires", v.expires}};
}

void to_json(json& out, const FindingView& v) {
    json about = false;
    if (v.about)
        about = {{"name", v.about->name}, {"href", v.about->href}};
    out = {{"rule", v.rule},
           {"severity", v.severity},
           {"severity_text", v.severity_text},
           {"entity", v.entity},
           {"entity_name", v.entity_name},
           {"location", v.location},
           {"summary", v.summary},
           {"text", v.text},
           {"about", about},
           {"notes", v.notes},
           {"help", v.help},
           {"accepted", v.waiver.has_value()},
           {"waiver", or_false(v.waiver)}};
}

void to_json(json& out, const DpiaStatusView& v) {
    out = {{"state", v.state},
           {"text", v.text},
           {"title", v.title},
           {"anchor", v.anchor},
           {"accepted", or_false(v.accepted)}};
    if (v.file)
        out["file"] = *v.file;
}

void to_json(json& out, const RegisterEntry& v) {
    out = {{"id", v.id},
           {"anchor", v.anchor},
           {"name", v.name},
           {"description", v.description},
           {"reference", v.reference},
           {"department", v.department},
           {"owner", v.owner},
           {"updated", v.updated},
           {"review", v.review},
           {"planned", v.planned},
           {"status", v.status},
           {"role", v.role},
           {"role_text", v.role_text},
           {"is_processor", v.is_processor},
           {"joint", v.joint},
           {"basis", or_false(v.basis)},
           {"special_condition", or_false(v.special_condition)},
           {"automated_decision", v.automated_decision},
           {"automated_decision_text", v.automated_decision_text},
           {"parental_consent", v.parental_consent},
           {"diagram", false},
           {"controllers", v.controllers},
           {"sub_processors", v.sub_processors},
           {"purposes", v.purposes},
           {"subjects", v.subjects},
           {"categories", v.categories},
           {"sensitive_reached", v.sensitive_reached},
           {"has_special", v.has_special},
           {"sources", v.sources},
           {"recipients", v.recipients},
           {"recipients_recorded", v.recipients_recorded},
           {"transfers", v.transfers},
           {"retention", v.retention},
           {"measures", v.measures},
           {"systems", v.systems},
           {"rights", v.rights},
           {"rights_unrecorded", v.rights_unrecorded},
           {"screening", v.screening},
           {"dpia", v.dpia},
           {"findings", v.findings},
           {"has_findings", !v.findings.empty()},
           {"findings_count", v.findings_count}};
}

} // namespace privmap::reports
