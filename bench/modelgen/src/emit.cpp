// Writes the plan as the TOML of a multi-file model directory (MODEL.md, format 1).
#include "plan.h"

#include <algorithm>
#include <string_view>

namespace privmap::modelgen {
namespace {

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

template <class Entity>
std::string id_list(const std::vector<Entity>& entities, const std::vector<int>& indices) {
    std::string out = "[";
    for (std::size_t k = 0; k < indices.size(); ++k)
        out += (k ? ", " : "") + toml_string(entities[static_cast<std::size_t>(indices[k])].id);
    return out + "]";
}

std::string string_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t k = 0; k < items.size(); ++k)
        out += (k ? ", " : "") + toml_string(items[k]);
    return out + "]";
}

/// Appends `key = value` lines; empty values are left out, as a DPO leaves out what does not apply.
class Toml {
public:
    void header(std::string_view array) { open("[[" + std::string(array) + "]]"); }
    void table(std::string_view name) { open("[" + std::string(name) + "]"); }
    void text(std::string_view key, std::string_view value) {
        if (!value.empty())
            line(key, toml_string(value));
    }
    void flag(std::string_view key, bool value) {
        if (value)
            line(key, "true");
    }
    void number(std::string_view key, long long value) { line(key, std::to_string(value)); }
    /// A TOML value written as is (a date, an array, an inline table); empty: left out.
    void raw(std::string_view key, std::string_view value) {
        if (!value.empty() && value != "[]")
            line(key, value);
    }
    std::string take() { return std::move(out_); }

private:
    void open(const std::string& header) {
        if (!out_.empty())
            out_ += '\n';
        out_ += header + '\n';
    }
    void line(std::string_view key, std::string_view value) {
        out_.append(key).append(" = ").append(value) += '\n';
    }

    std::string out_;
};

class InlineTable {
public:
    InlineTable& text(std::string_view key, std::string_view value) {
        if (!value.empty())
            raw(key, toml_string(value));
        return *this;
    }
    InlineTable& raw(std::string_view key, std::string_view value) {
        out_.append(out_.empty() ? "{ " : ", ").append(key).append(" = ").append(value);
        return *this;
    }
    std::string str() const { return out_ + " }"; }

private:
    std::string out_;
};

std::string retention(const Plan& plan, const std::vector<RetentionPlan>& rules) {
    std::vector<std::string> tables;
    for (const RetentionPlan& rule : rules) {
        InlineTable table;
        if (!rule.categories.empty())
            table.raw("categories", id_list(plan.categories, rule.categories));
        table.text("period", rule.period).text("max", rule.max).text("from", rule.from);
        table.text("basis", rule.basis).text("deletion", rule.deletion);
        tables.push_back(table.str());
    }
    if (tables.size() == 1)
        return tables.front();
    std::string out;
    for (const std::string& table : tables)
        out += (out.empty() ? "[\n  " : ",\n  ") + table;
    return out.empty() ? out : out + ",\n]";
}

std::string model_file(const Options& options) {
    Toml toml;
    toml.table("model");
    toml.number("format", 1);
    toml.text("title", "Synthetic register, seed " + std::to_string(options.seed) + ", " +
                           std::to_string(options.activities) + " activities");
    toml.text("language", "en");
    toml.table("organisation");
    toml.text("id", "synthetic-org");
    toml.text("name", "Synthetic Organisation N.V.");
    toml.text("address", "Stationsplein 1, 1012 AB Amsterdam");
    toml.text("country", "NL");
    toml.text("registration", "KvK 12345678");
    toml.raw("contact", InlineTable()
                            .text("email", "privacy@synthetic.example")
                            .text("phone", "+31 20 123 4567")
                            .str());
    toml.raw(
        "dpo",
        InlineTable().text("name", "A. de Vries").text("email", "dpo@synthetic.example").str());
    toml.text("supervisory_authority", "AP");
    toml.text("rights_procedure",
              "Requests via privacy@synthetic.example, answered within one month");
    return toml.take();
}

std::string subjects_file(const Plan& plan) {
    Toml toml;
    for (const SubjectPlan& subject : plan.subjects) {
        toml.header("subject");
        toml.text("id", subject.id);
        toml.text("name", subject.name);
        toml.flag("vulnerable", subject.vulnerable);
        toml.flag("children", subject.children);
        if (subject.min_age > 0)
            toml.number("min_age", subject.min_age);
        toml.number("count", subject.count);
    }
    return toml.take();
}

std::string categories_file(const Plan& plan) {
    Toml toml;
    for (const CategoryPlan& category : plan.categories) {
        toml.header("category");
        toml.text("id", category.id);
        toml.text("name", category.name);
        if (category.parent >= 0)
            toml.text("parent", plan.categories[static_cast<std::size_t>(category.parent)].id);
        toml.text("special", category.special);
        toml.flag("national_id", category.national_id);
        toml.flag("highly_personal", category.highly_personal);
        if (!category.statutory_period.empty())
            toml.raw("statutory_retention", InlineTable()
                                                .text("period", category.statutory_period)
                                                .text("basis", "AWR art. 52 lid 4")
                                                .str());
    }
    return toml.take();
}

std::string purposes_file(const Plan& plan) {
    Toml toml;
    for (const PurposePlan& purpose : plan.purposes) {
        toml.header("purpose");
        toml.text("id", purpose.id);
        toml.text("name", purpose.name);
        toml.raw("compatible_with", id_list(plan.purposes, purpose.compatible_with));
        if (!purpose.compatible_with.empty())
            toml.text("assessment", "Art. 6(4) assessment for " + purpose.id);
    }
    return toml.take();
}

std::string parties_file(const Plan& plan) {
    Toml toml;
    for (const PartyPlan& party : plan.parties) {
        toml.header("party");
        toml.text("id", party.id);
        toml.text("name", party.name);
        toml.text("role", party.role);
        toml.text("country", party.country);
        if (party.dpa)
            toml.text("dpa", "DPA " + party.id);
        toml.text("safeguard", party.safeguard);
        toml.text("derogation", party.derogation);
        if (party.tia)
            toml.text("tia", "TIA " + party.id);
        toml.flag("dpf_certified", party.dpf_certified);
        toml.raw("authorised_by", id_list(plan.parties, party.authorised_by));
    }
    return toml.take();
}

std::string measures_file(const Plan& plan) {
    Toml toml;
    for (const MeasurePlan& measure : plan.measures) {
        toml.header("measure");
        toml.text("id", measure.id);
        toml.text("name", measure.name);
        toml.text("kind", measure.kind);
        toml.text("standard", measure.standard);
    }
    return toml.take();
}

std::string systems_file(const Plan& plan) {
    Toml toml;
    for (const SystemPlan& system : plan.systems) {
        toml.header("system");
        toml.text("id", system.id);
        toml.text("name", system.name);
        toml.text("country", system.country);
        if (system.operated_by >= 0)
            toml.text("operated_by", plan.parties[static_cast<std::size_t>(system.operated_by)].id);
        toml.raw("measures", id_list(plan.measures, system.measures));
        toml.raw("retention", retention(plan, system.retention));
    }
    return toml.take();
}

void write_activity(Toml& toml, const Plan& plan, const ActivityPlan& activity, std::size_t index) {
    toml.header("activity");
    toml.text("id", activity.id);
    toml.text("name", activity.name);
    toml.text("role", activity.role);
    toml.raw("controllers", id_list(plan.parties, activity.controllers));
    toml.raw("purposes", id_list(plan.purposes, activity.purposes));
    toml.text("lawful_basis", activity.lawful_basis);
    toml.text("basis_reference", activity.basis_reference);
    toml.text("special_condition", activity.special_condition);
    toml.raw("subjects", id_list(plan.subjects, activity.subjects));
    toml.raw("categories", id_list(plan.categories, activity.categories));
    std::vector<std::string> source;
    if (activity.from_subject)
        source.push_back("subject");
    for (int party : activity.source_parties)
        source.push_back(plan.parties[static_cast<std::size_t>(party)].id);
    toml.raw("source", string_list(source));
    toml.raw("systems", id_list(plan.systems, activity.systems));
    toml.raw("recipients", id_list(plan.parties, activity.recipients));
    toml.raw("measures", id_list(plan.measures, activity.measures));
    toml.raw("retention", retention(plan, activity.retention));
    toml.raw("criteria", string_list(activity.criteria));
    if (!activity.screening_reason.empty())
        toml.raw("screening", InlineTable()
                                  .raw("date", "2025-06-01")
                                  .text("outcome", "not-required")
                                  .text("reason", activity.screening_reason)
                                  .str());
    toml.text("reference", "R" + std::to_string(index + 1));
    toml.text("department", plan.departments[static_cast<std::size_t>(activity.department)].name);
    toml.text("owner",
              "Head of " + plan.departments[static_cast<std::size_t>(activity.department)].name);
    toml.raw("updated", activity.updated);
    toml.raw("review", activity.review);
    if (activity.dpia >= 0)
        toml.text("dpia", plan.dpias[static_cast<std::size_t>(activity.dpia)].id);
    toml.flag("automated_decision", activity.automated_decision);
    toml.text("parental_consent", activity.parental_consent);
    if (activity.planned)
        toml.text("status", "planned");
}

void write_flow(Toml& toml, const Plan& plan, const FlowPlan& flow) {
    toml.header("flow");
    toml.text("from", flow.from);
    toml.text("to", flow.to);
    toml.raw("categories", id_list(plan.categories, flow.categories));
    if (flow.activity >= 0)
        toml.text("activity", plan.activities[static_cast<std::size_t>(flow.activity)].id);
    toml.text("transform", flow.transform);
}

std::string dpias_file(const Plan& plan) {
    Toml toml;
    for (const DpiaPlan& dpia : plan.dpias) {
        toml.header("dpia");
        toml.text("id", dpia.id);
        toml.text("title", dpia.title);
        toml.raw("activities", id_list(plan.activities, dpia.activities));
        toml.text("status", dpia.approved ? "approved" : "draft");
        if (dpia.approved)
            toml.raw("approved", "2025-02-01");
        toml.raw("review", dpia.review);
        toml.text("dpo_advice", "Proceed with the measures listed");
        toml.text("necessity", "No less intrusive means achieve the purpose");
        if (dpia.prior_consultation)
            toml.text("prior_consultation", "AP consultation " + dpia.id);
        for (const RiskPlan& risk : dpia.risks) {
            toml.header("dpia.risk");
            toml.text("id", risk.id);
            toml.text("event", risk.event);
            toml.text("likelihood", risk.likelihood);
            toml.text("severity", risk.severity);
            toml.raw("measures", id_list(plan.measures, risk.measures));
            toml.text("residual_likelihood", risk.residual_likelihood);
            toml.text("residual_severity", risk.residual_severity);
        }
    }
    return toml.take();
}

std::string waivers_file(const Plan& plan) {
    Toml toml;
    for (const WaiverPlan& waiver : plan.waivers) {
        toml.header("waiver");
        toml.text("rule", waiver.rule);
        toml.text("target", waiver.target);
        toml.text("reason", waiver.reason);
        toml.text("approved_by", "DPO");
        toml.raw("expires", waiver.expires);
    }
    return toml.take();
}

std::string chunk_name(std::string_view stem, std::size_t chunk, std::size_t chunks) {
    std::string number = std::to_string(chunk + 1);
    std::size_t width = std::max<std::size_t>(3, std::to_string(chunks).size());
    return std::string(stem) + "-" + std::string(width - number.size(), '0') + number + ".toml";
}

void add_chunks(std::vector<File>& files, const Plan& plan, const Options& options) {
    std::size_t per_file = std::max<std::size_t>(1, options.activities_per_file);
    std::size_t chunks = (plan.activities.size() + per_file - 1) / per_file;
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
        Toml activities, flows;
        std::size_t end = std::min(plan.activities.size(), (chunk + 1) * per_file);
        for (std::size_t index = chunk * per_file; index < end; ++index) {
            write_activity(activities, plan, plan.activities[index], index);
            for (const FlowPlan& flow : plan.flows[index])
                write_flow(flows, plan, flow);
        }
        files.push_back({chunk_name("activities", chunk, chunks), activities.take()});
        files.push_back({chunk_name("flows", chunk, chunks), flows.take()});
    }
}

} // namespace

std::vector<File> emit(const Plan& plan, const Options& options) {
    std::vector<File> files{
        {"model.toml", model_file(options)},        {"subjects.toml", subjects_file(plan)},
        {"categories.toml", categories_file(plan)}, {"purposes.toml", purposes_file(plan)},
        {"parties.toml", parties_file(plan)},       {"measures.toml", measures_file(plan)},
        {"systems.toml", systems_file(plan)},       {"dpias.toml", dpias_file(plan)},
        {"waivers.toml", waivers_file(plan)},
    };
    add_chunks(files, plan, options);
    std::sort(files.begin(), files.end(),
              [](const File& a, const File& b) { return a.path < b.path; });
    return files;
}

} // namespace privmap::modelgen
