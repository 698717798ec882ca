#include "model_tables.h"

#include <initializer_list>

namespace privmap::reports {
namespace {

/// The non-empty texts of `parts`, joined with ", ".
std::string listed(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts)
        if (!part.empty())
            out += (out.empty() ? "" : ", ") + std::string(part);
    return out;
}

std::string contact_text(const std::optional<Contact>& contact) {
    return contact ? listed({contact->name, contact->address, contact->email, contact->phone}) : "";
}

/// "Reason; approved by J. Jansen": the waiver that accepts a finding (its expiry has a column
/// of its own, a date).
std::string acceptance(const Catalogue& t, const std::optional<WaiverView>& waiver) {
    if (!waiver)
        return "";
    std::string out = waiver->reason;
    if (!waiver->approved_by.empty())
        out += "; " + t.label("approved_by") + " " + waiver->approved_by;
    return out;
}

Cell accepted_until(const std::optional<WaiverView>& waiver) {
    return waiver ? Cell::day(waiver->expires_on, waiver->expires) : Cell();
}

/// The party's processing agreement; "not recorded" where Art. 28(3) asks for one, "not
/// applicable" where it does not, as the register's appendix says.
std::string party_agreement(const Catalogue& t, const PartyView& party) {
    if (!party.dpa.empty())
        return party.dpa;
    return t.label(party.dpa_required ? "not_recorded" : "does_not_apply");
}

/// The safeguard of a transfer to the party; "not applicable" when data reaching it stays in
/// the EEA.
std::string party_safeguard(const Catalogue& t, const PartyView& party) {
    if (!party.transfer_destination)
        return t.label("does_not_apply");
    return party.safeguard.empty() ? t.label("no_safeguard") : party.safeguard;
}

} // namespace

std::vector<std::string> column_labels(const Catalogue& t,
                                       std::initializer_list<const char*> keys) {
    std::vector<std::string> out;
    for (const char* key : keys)
        out.push_back(t.label(key));
    return out;
}

Table organisation_table(const Builder& b) {
    const Catalogue& t = b.t;
    Table table{t.label("organisation"), column_labels(t, {"field", "value"}), {}};
    if (!b.model.organisation)
        return table;
    const Organisation& organisation = *b.model.organisation;
    std::string name = organisation.name;
    if (!organisation.registration.empty())
        name += " (" + organisation.registration + ")";
    const Contact& contact = organisation.contact;
    table.rows = {
        {t.label("controller"), name},
        {t.label("address"),
         listed({organisation.address, b.country_view(organisation.country).name})},
        {t.label("contact"), listed({contact.name, contact.address, contact.email, contact.phone})},
        {t.label("dpo"), contact_text(organisation.dpo)},
        {t.label("representative"), contact_text(organisation.representative)},
        {t.label("supervisory_authority"), organisation.supervisory_authority},
        {t.label("rights_procedure"), organisation.rights_procedure}};
    return table;
}

Table parties_table(const Builder& b) {
    Table table{b.t.label("parties"),
                column_labels(b.t, {"col_name", "role", "country", "col_email", "col_phone",
                                    "address", "dpa", "col_safeguard", "col_authorised_by"}),
                {}};
    std::vector<PartyView> parties;
    for (const Party& party : b.model.parties)
        parties.push_back(b.party_view(party));
    b.sort_by_name(parties);
    for (const PartyView& p : parties)
        table.rows.push_back({p.name, p.role_text, p.country.name, p.email, p.phone, p.address,
                              party_agreement(b.t, p), party_safeguard(b.t, p), p.authorised_by});
    return table;
}

Table findings_table(const Builder& b) {
    const Catalogue& t = b.t;
    Table table{t.label("findings"),
                column_labels(t, {"kind", "col_about", "severity", "rule", "col_finding", "help",
                                  "col_accepted", "col_accepted_until"}),
                {}};
    auto add = [&](const FindingGroupView& group, const FindingView& finding) {
        table.rows.push_back({group.kind, group.name, finding.severity_text, finding.rule,
                              finding.text, finding.help, acceptance(t, finding.waiver),
                              accepted_until(finding.waiver)});
    };
    for (const FindingGroupView& group : compliance_view(b).groups) {
        for (const SeverityFindingsView& severity : group.severities)
            for (const FindingView& finding : severity.findings)
                add(group, finding);
        for (const FindingView& finding : group.accepted)
            add(group, finding);
    }
    return table;
}

} // namespace privmap::reports
