// The draft as TOML files. Every value is written as a TOML basic string with escapes, so no
// text of the source can break out of its value; every gap is a `# GAP:` comment above the key
// it is about, so that the DPO finds it next to the finding `privmap check` reports.
#include "draft.h"

#include <array>
#include <cstdio>

namespace privmap::importing {
namespace {

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out.append("\\").push_back(c);
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (byte < 0x20 || byte == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            out += escaped;
        } else
            out.push_back(c);
    }
    return out + "\"";
}

std::string toml_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (const std::string& item : items)
        out += (out.size() > 1 ? ", " : "") + toml_string(item);
    return out + "]";
}

/// A comment of one line per gap; line ends inside a gap stay inside the comment.
std::string gap_comments(const std::vector<std::string>& gaps) {
    std::string out;
    for (const std::string& gap : gaps) {
        out += "# GAP: ";
        for (char c : gap)
            out += c == '\n' || c == '\r' ? std::string(" ") : std::string(1, c);
        out += "\n";
    }
    return out;
}

std::string line(std::string_view key, const std::string& value) {
    return value.empty() ? "" : std::string(key) + " = " + toml_string(value) + "\n";
}

const std::string header = "#:schema ./privmap.schema.json\n"
                           "# Written by `privmap import`. Check the `# GAP:` comments: each marks "
                           "what the source\n# did not say, and `privmap check` reports it.\n";

std::string model_file(const Draft& draft) {
    std::string out = header + "\n[model]\nformat = 1\n" + line("title", draft.title) +
                      line("language", draft.language) + "\n" +
                      gap_comments(draft.organisation_gaps) + "[organisation]\n" +
                      line("id", draft.organisation_id) + line("name", draft.organisation_name) +
                      line("country", draft.country);
    out += "contact = { ";
    std::string contact;
    const std::array<std::pair<std::string_view, const std::string*>, 3> fields{
        {{"email", &draft.email}, {"phone", &draft.phone}, {"address", &draft.address}}};
    for (const auto& [key, value] : fields)
        if (!value->empty())
            contact +=
                (contact.empty() ? "" : ", ") + std::string(key) + " = " + toml_string(*value);
    out += contact + (contact.empty() ? "}\n" : " }\n");
    if (!draft.dpo_name.empty() || !draft.dpo_email.empty())
        out += "dpo = { name = " + toml_string(draft.dpo_name) +
               ", email = " + toml_string(draft.dpo_email) + " }\n";
    return out;
}

std::string terms_file(std::string_view table, const std::vector<DraftTerm>& terms) {
    std::string out = header;
    for (const DraftTerm& term : terms)
        out += "\n" + gap_comments(term.gaps) + "[[" + std::string(table) + "]]\n" +
               line("id", term.id) + line("name", term.name) + line("parent", term.parent) +
               line("special", term.special);
    return out;
}

std::string parties_file(const std::vector<DraftParty>& parties) {
    std::string out = header;
    for (const DraftParty& party : parties)
        out +=
            "\n" + gap_comments(party.gaps) + "[[party]]\n" + line("id", party.id) +
            line("name", party.name) + line("role", party.role) + line("country", party.country) +
            line("safeguard", party.safeguard) + line("dpa", party.dpa) +
            line("address", party.address) +
            (party.email.empty() ? "" : "contact = { email = " + toml_string(party.email) + " }\n");
    return out;
}

std::string retention_rule(const DraftRetention& rule) {
    std::string out = "{ ";
    if (!rule.categories.empty())
        out += "categories = " + toml_list(rule.categories) + ", ";
    out += "period = " + toml_string(rule.period);
    if (!rule.from.empty())
        out += ", from = " + toml_string(rule.from);
    if (!rule.basis.empty())
        out += ", basis = " + toml_string(rule.basis);
    if (!rule.deletion.empty())
        out += ", deletion = " + toml_string(rule.deletion);
    return out + " }";
}

/// One rule as a table, several as an array of them.
std::string retention_line(const std::vector<DraftRetention>& rules) {
    if (rules.empty())
        return "";
    if (rules.size() == 1)
        return "retention = " + retention_rule(rules.front()) + "\n";
    std::string out = "retention = [\n";
    for (const DraftRetention& rule : rules)
        out += "  " + retention_rule(rule) + ",\n";
    return out + "]\n";
}

std::string places_file(std::string_view table, const std::vector<DraftPlace>& places) {
    std::string out = header;
    for (const DraftPlace& place : places)
        out += "\n" + gap_comments(place.gaps) + "[[" + std::string(table) + "]]\n" +
               line("id", place.id) + line("name", place.name) + line("country", place.country);
    return out;
}

std::string activity_text(const DraftActivity& activity) {
    std::string out = "\n" + gap_comments(activity.gaps) + "[[activity]]\n" +
                      line("id", activity.id) + line("name", activity.name) +
                      line("reference", activity.reference) +
                      line("description", activity.description) +
                      line("department", activity.department) + line("owner", activity.owner) +
                      line("status", activity.status) + line("role", activity.role);
    auto list = [&](std::string_view key, const std::vector<std::string>& ids) {
        if (!ids.empty() || key == "subjects" || key == "categories")
            out += std::string(key) + " = " + toml_list(ids) + "\n";
    };
    list("controllers", activity.controllers);
    list("purposes", activity.purposes);
    out += line("lawful_basis", activity.lawful_basis) +
           line("basis_reference", activity.basis_reference) +
           line("special_condition", activity.special_condition);
    list("subjects", activity.subjects);
    list("categories", activity.categories);
    list("source", activity.source);
    list("recipients", activity.recipients);
    list("systems", activity.systems);
    list("measures", activity.measures);
    out += retention_line(activity.retention);
    out += line("dpia", activity.dpia);
    for (const auto& [key, date] :
         {std::pair{"updated", &activity.updated}, std::pair{"review", &activity.review}})
        if (!date->empty())
            out += std::string(key) + " = " + *date + "\n"; // a TOML date, checked by the reader
    return out;
}

std::string dpias_file(const std::vector<DraftDpia>& dpias) {
    std::string out = header;
    for (const DraftDpia& dpia : dpias) {
        out += "\n" + gap_comments(dpia.gaps) + "[[dpia]]\n" + line("id", dpia.id) +
               line("title", dpia.title) + "activities = " + toml_list({dpia.activity}) + "\n";
        if (!dpia.approved.empty())
            out += "status = \"approved\"\napproved = " + dpia.approved + "\n";
    }
    return out;
}

} // namespace

std::map<std::string, std::string> write_model(const Draft& draft) {
    std::map<std::string, std::string> files{{"model.toml", model_file(draft)}};
    if (!draft.subjects.empty())
        files["subjects.toml"] = terms_file("subject", draft.subjects);
    if (!draft.categories.empty())
        files["categories.toml"] = terms_file("category", draft.categories);
    if (!draft.purposes.empty())
        files["purposes.toml"] = terms_file("purpose", draft.purposes);
    if (!draft.parties.empty())
        files["parties.toml"] = parties_file(draft.parties);
    if (!draft.measures.empty())
        files["measures.toml"] = places_file("measure", draft.measures);
    if (!draft.systems.empty())
        files["systems.toml"] = places_file("system", draft.systems);
    std::string activities = header;
    for (const DraftActivity& activity : draft.activities)
        activities += activity_text(activity);
    files["activities.toml"] = activities;
    if (!draft.dpias.empty())
        files["dpias.toml"] = dpias_file(draft.dpias);
    return files;
}

} // namespace privmap::importing
