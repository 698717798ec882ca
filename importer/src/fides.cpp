// `--from fides`: Fides manifests (YAML, fideslang 2; docs/import.md gives the keys privmap
// reads). Every privacy declaration of a system becomes an activity; fideslang keys become
// the standard vocabulary's terms through their fideslang mapping, custom taxonomy entries the
// model's own terms (extending a standard one where their parent maps), and whatever the
// manifests do not say is a GAP comment.
#include "draft.h"

#include <algorithm>
#include <array>
#include <map>
#include <privmap/standard_vocabulary.h>
#include <set>
#include <yaml-cpp/yaml.h>

namespace privmap::importing {
namespace {

using Kind = ImportEntry::Kind;

/// `key` of `node` when `node` is a mapping that has it; a null node otherwise, never an
/// exception (yaml-cpp throws on most questions asked of a missing key's node).
YAML::Node field(const YAML::Node& node, const char* key) {
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node();
    YAML::Node found = node[key];
    return found.IsDefined() ? found : YAML::Node();
}

std::string scalar(const YAML::Node& node) {
    return node.IsDefined() && node.IsScalar() ? node.Scalar() : std::string();
}

std::string text_of(const YAML::Node& node, const char* key) {
    return scalar(field(node, key));
}

/// A list of scalars, or one scalar as a list of one.
std::vector<std::string> scalars(const YAML::Node& node) {
    std::vector<std::string> out;
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            if (std::string text = scalar(item); !text.empty())
                out.push_back(text);
    } else if (std::string text = scalar(node); !text.empty())
        out.push_back(text);
    return out;
}

/// The items of a top-level list (`system:`), however many documents hold it.
std::vector<YAML::Node> items(const std::vector<YAML::Node>& documents, const char* key) {
    std::vector<YAML::Node> out;
    for (const YAML::Node& document : documents)
        if (YAML::Node list = field(document, key); list.IsSequence())
            for (const YAML::Node& item : list)
                if (item.IsMap())
                    out.push_back(item);
    return out;
}

bool is_true(const YAML::Node& node) {
    return scalar(node) == "true" || scalar(node) == "True";
}

/// Fideslang's Art. 9(2) bases (`special_category_legal_basis`), as `special_condition`.
std::string special_condition(std::string_view written) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> bases{{
        {"consent", "explicit-consent"},
        {"employment", "employment"},
        {"vital interests", "vital-interests"},
        {"non-profit organisations", "non-profit"},
        {"public by data subject", "made-public"},
        {"legal claims", "legal-claims"},
        {"substantial public interest", "substantial-public-interest"},
        {"medical", "health-care"},
        {"public health interest", "public-health"},
    }};
    std::string text = lower(std::string(written));
    for (const auto& [basis, condition] : bases)
        if (text == basis)
            return std::string(condition);
    return {};
}

/// A country at the end of the controller's address ("..., Netherlands"), or "".
std::string country_in_address(std::string_view address) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> names{{
        {"netherlands", "NL"},
        {"nederland", "NL"},
        {"belgium", "BE"},
        {"belgie", "BE"},
        {"germany", "DE"},
        {"deutschland", "DE"},
        {"france", "FR"},
        {"ireland", "IE"},
        {"united kingdom", "GB"},
        {"united states", "US"},
        {"usa", "US"},
        {"spain", "ES"},
    }};
    std::string text = lower(std::string(address));
    while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == '\n'))
        text.pop_back();
    for (const auto& [name, code] : names)
        if (text.ends_with(name))
            return std::string(code);
    return {};
}

/// An entry of the manifests' own taxonomy (`data_category:` ...): a key fideslang lacks.
struct TaxonomyEntry {
    std::string name;
    std::string parent_key;
};

class FidesReader {
public:
    FidesReader(Draft& draft, const std::vector<YAML::Node>& documents)
        : draft_(draft), documents_(documents) {
        taxonomy(EntityKind::category, "data_category");
        taxonomy(EntityKind::purpose, "data_use");
        taxonomy(EntityKind::subject, "data_subject");
        for (const YAML::Node& dataset : items(documents, "dataset"))
            datasets_[text_of(dataset, "fides_key")] = dataset;
    }

    void organisation(const std::string& country) {
        std::vector<YAML::Node> organisations = items(documents_, "organization");
        YAML::Node org = organisations.empty() ? YAML::Node() : organisations.front();
        for (std::size_t i = 1; i < organisations.size(); ++i)
            draft_.note(Kind::left_out, "organization[" + std::to_string(i) + "]",
                        "a model describes one organisation; the first is imported");
        const std::string at = "organization[0]";
        for (const auto& entry : org) {
            std::string key = scalar(entry.first);
            if (key == "name")
                draft_.organisation_name = scalar(entry.second);
            else if (key == "controller") {
                draft_.email = text_of(entry.second, "email");
                draft_.phone = text_of(entry.second, "phone");
                draft_.address = text_of(entry.second, "address");
            } else if (key == "data_protection_officer") {
                draft_.dpo_name = text_of(entry.second, "name");
                draft_.dpo_email = text_of(entry.second, "email");
            } else if (key != "fides_key") {
                draft_.left_out(at + "." + key, key);
                continue;
            }
            draft_.note(Kind::imported, at + "." + key, "`" + key + "`");
        }
        draft_.name_organisation(at + ".name");
        draft_.country = country;
        if (country.empty()) {
            draft_.country = country_in_address(draft_.address);
            if (!draft_.country.empty())
                draft_.note(Kind::guessed, at + ".controller.address",
                            "country `" + draft_.country +
                                "` (rule: the country named at the end of the address)");
        }
    }

    void systems() {
        std::vector<YAML::Node> systems = items(documents_, "system");
        if (systems.empty())
            draft_.note(Kind::gap, "system", "no systems, so no processing activities");
        for (std::size_t i = 0; i < systems.size(); ++i)
            system(systems[i], "system[" + std::to_string(i) + "]");
        for (const auto& [key, dataset] : datasets_)
            if (!used_datasets_.count(key))
                draft_.note(Kind::left_out, "dataset `" + key + "`",
                            "no privacy declaration refers to it");
    }

    void left_out_top_level() {
        static const std::set<std::string> read{"organization",  "system",   "dataset",
                                                "data_category", "data_use", "data_subject"};
        for (const YAML::Node& document : documents_)
            for (const auto& entry : document)
                if (std::string key = scalar(entry.first); !read.count(key))
                    draft_.left_out(key, key);
    }

private:
    Draft& draft_;
    const std::vector<YAML::Node>& documents_;
    std::map<std::string, YAML::Node> datasets_;
    std::set<std::string> used_datasets_;
    std::map<std::pair<EntityKind, std::string>, TaxonomyEntry> taxonomy_;

    /// Reports each key of `node` the importer does not `read` as left out.
    void left_out_keys(const YAML::Node& node, const std::set<std::string>& read,
                       const std::string& at) {
        for (const auto& entry : node)
            if (std::string key = scalar(entry.first); !read.count(key))
                draft_.left_out(at + "." + key, key);
    }

    void taxonomy(EntityKind kind, const char* list) {
        for (const YAML::Node& entry : items(documents_, list))
            taxonomy_[{kind, text_of(entry, "fides_key")}] = {text_of(entry, "name"),
                                                              text_of(entry, "parent_key")};
    }

    /// The term a fideslang key names: a standard term by the vocabulary's fideslang
    /// mapping, else a term of the model's own named by the manifests' taxonomy (or the key),
    /// extending the standard category its parent key maps to.
    std::string key_term(const std::string& key, EntityKind kind, const std::string& at) {
        TermMatch exact = match_fideslang_term(key, kind, false);
        if (!exact.id.empty()) {
            draft_.note(Kind::imported, at, "`" + key + "` as `" + exact.id + "`");
            return exact.id;
        }
        auto custom = taxonomy_.find({kind, key});
        bool own_key = custom != taxonomy_.end();
        std::string name = own_key && !custom->second.name.empty() ? custom->second.name : key;
        std::string id = draft_.own_term(name, kind, at);
        DraftTerm& term = *std::find_if(draft_.terms(kind).begin(), draft_.terms(kind).end(),
                                        [&](const DraftTerm& t) { return t.id == id; });
        if (!term.gaps.empty() || !term.parent.empty())
            return id; // seen before
        if (!exact.rule.empty()) {
            term.gaps.push_back(exact.rule + "; refer to the one meant instead of `" + id + "`");
            draft_.note(Kind::gap, at, exact.rule);
        } else if (kind == EntityKind::category)
            extend(term, own_key ? custom->second.parent_key : key, at);
        return id;
    }

    /// The model's own category `term` under the standard category `key` or its nearest
    /// broader key maps to; a GAP when none does, as privmap cannot tell its GDPR flags.
    void extend(DraftTerm& term, const std::string& key, const std::string& at) {
        TermMatch parent = match_fideslang_term(key, EntityKind::category, true);
        if (parent.id.empty()) {
            term.gaps.push_back("`" + key +
                                "` maps to no standard category; say whether it is special "
                                "data (`special`) or set `parent = \"std:...\"`");
            draft_.note(Kind::gap, at, "`" + key + "` maps to no standard category");
            return;
        }
        term.parent = parent.id;
        std::string rule = parent.rule.empty() ? "`" + key + "` is its fideslang key" : parent.rule;
        draft_.note(Kind::guessed, at,
                    "`" + term.name + "` extends `" + parent.id + "` (rule: " + rule + ")");
    }

    void system(const YAML::Node& system, const std::string& at) {
        static const std::set<std::string> read{"fides_key",
                                                "name",
                                                "description",
                                                "privacy_declarations",
                                                "administrating_department",
                                                "responsibility",
                                                "data_responsibility_title",
                                                "dataset_references"};
        left_out_keys(system, read, at);
        YAML::Node declarations = field(system, "privacy_declarations");
        if (!declarations.IsSequence() || declarations.size() == 0)
            draft_.note(Kind::gap, at + ".privacy_declarations",
                        "the system declares no processing");
        else
            for (std::size_t i = 0; i < declarations.size(); ++i)
                declaration(system, declarations[i],
                            at + ".privacy_declarations[" + std::to_string(i) + "]");
    }

    static std::string role(const YAML::Node& system) {
        std::vector<std::string> roles = scalars(field(system, "responsibility"));
        for (const std::string& title : scalars(field(system, "data_responsibility_title")))
            roles.push_back(title);
        for (const std::string& title : roles)
            if (lower(title) == "controller")
                return "controller";
        return roles.empty() ? "controller" : "processor";
    }

    void declaration(const YAML::Node& system, const YAML::Node& declaration,
                     const std::string& at) {
        DraftActivity activity;
        std::string system_name = text_of(system, "name");
        std::string use = text_of(declaration, "data_use");
        activity.name = text_of(declaration, "name");
        if (activity.name.empty())
            activity.name = (system_name.empty() ? "(unnamed system)" : system_name) + ": " +
                            (use.empty() ? "(no data use)" : use);
        activity.id = draft_.new_id(activity.name, "activity");
        activity.reference = text_of(system, "fides_key");
        activity.description = text_of(system, "description");
        activity.role = role(system);
        if (!use.empty())
            activity.purposes.push_back(key_term(use, EntityKind::purpose, at + ".data_use"));
        else
            draft_.gap(activity, at + ".data_use", "the declaration names no data use (purpose)");
        for (const std::string& key : scalars(field(declaration, "data_subjects")))
            activity.subjects.push_back(key_term(key, EntityKind::subject, at + ".data_subjects"));
        categories(activity, scalars(field(declaration, "data_categories")),
                   at + ".data_categories");
        basis(activity, declaration, at);
        special(activity, declaration, at);
        std::vector<std::string> references = scalars(field(declaration, "dataset_references"));
        for (const std::string& key : scalars(field(system, "dataset_references")))
            references.push_back(key);
        retention(activity, text_of(declaration, "retention_period"), references, at);
        for (const std::string& key : references)
            dataset(activity, key, at + ".dataset_references");
        recipients(activity, declaration, at);
        if (activity.subjects.empty())
            draft_.gap(activity, at + ".data_subjects",
                       "the declaration names no data subjects; add them to `subjects`");
        if (activity.categories.empty())
            draft_.gap(activity, at + ".data_categories",
                       "the declaration names no categories of personal data");
        static const std::set<std::string> read{"name",
                                                "data_use",
                                                "data_subjects",
                                                "data_categories",
                                                "legal_basis_for_processing",
                                                "processes_special_category_data",
                                                "special_category_legal_basis",
                                                "retention_period",
                                                "dataset_references",
                                                "data_shared_with_third_parties",
                                                "third_parties"};
        left_out_keys(declaration, read, at);
        draft_.activities.push_back(std::move(activity));
    }

    void categories(DraftActivity& activity, const std::vector<std::string>& keys,
                    const std::string& at) {
        for (const std::string& key : keys) {
            if (key.starts_with("system.") || key == "system") {
                draft_.note(Kind::left_out, at, "`" + key + "` is not personal data");
                continue;
            }
            std::string id = key_term(key, EntityKind::category, at);
            if (std::find(activity.categories.begin(), activity.categories.end(), id) ==
                activity.categories.end())
                activity.categories.push_back(id);
        }
    }

    void basis(DraftActivity& activity, const YAML::Node& declaration, const std::string& at) {
        std::string written = text_of(declaration, "legal_basis_for_processing");
        if (written.empty())
            return draft_.gap(activity, at + ".legal_basis_for_processing",
                              "the declaration names no lawful basis (Art. 6(1))");
        activity.lawful_basis = lawful_basis(written);
        if (activity.lawful_basis.empty())
            return draft_.gap(activity, at + ".legal_basis_for_processing",
                              "the manifest's legal basis `" + written +
                                  "` is none of Art. 6(1)'s; set `lawful_basis`");
        draft_.note(Kind::imported, at + ".legal_basis_for_processing",
                    "`" + written + "` as `" + activity.lawful_basis + "`");
    }

    void special(DraftActivity& activity, const YAML::Node& declaration, const std::string& at) {
        std::string written = text_of(declaration, "special_category_legal_basis");
        if (written.empty())
            return;
        activity.special_condition = special_condition(written);
        if (activity.special_condition.empty())
            return draft_.gap(activity, at + ".special_category_legal_basis",
                              "the manifest's special-category basis `" + written +
                                  "` is none of Art. 9(2)'s; set `special_condition`");
        draft_.note(Kind::imported, at + ".special_category_legal_basis",
                    "`" + written + "` as `" + activity.special_condition + "`");
    }

    /// The declaration's `retention_period`, else the first referenced dataset's `retention`.
    void retention(DraftActivity& activity, std::string written,
                   const std::vector<std::string>& datasets, const std::string& at) {
        std::string where = at + ".retention_period";
        for (auto key = datasets.begin(); written.empty() && key != datasets.end(); ++key)
            if (auto found = datasets_.find(*key); found != datasets_.end()) {
                written = text_of(found->second, "retention");
                where = "dataset `" + *key + "`.retention";
            }
        if (written.empty())
            return draft_.gap(activity, where, "the manifests give no retention period");
        std::string period = retention_period(written);
        bool days = period.empty() && !written.empty() &&
                    written.find_first_not_of("0123456789") == std::string::npos &&
                    written.size() <= 5;
        if (days) {
            period = "P" + written + "D";
            draft_.note(Kind::guessed, where,
                        "`" + written + "` as `" + period +
                            "` (rule: Fides gives a bare retention period in days)");
        } else if (period.empty())
            return draft_.gap(activity, where,
                              "the manifest's retention `" + written +
                                  "` is not a period; set `retention = { period = \"P...\" }`");
        else
            draft_.note(Kind::imported, where, "`" + written + "` as `" + period + "`");
        activity.retention.push_back(DraftRetention{period, "", "", {}, ""});
    }

    /// The personal-data categories of a dataset's collections and fields, for the activity
    /// whose declaration refers to it.
    void dataset(DraftActivity& activity, const std::string& key, const std::string& at) {
        auto found = datasets_.find(key);
        if (found == datasets_.end())
            return draft_.note(Kind::left_out, at,
                               "the dataset `" + key + "` is not in the manifests");
        used_datasets_.insert(key);
        std::vector<std::string> keys;
        collect_categories(found->second, keys, 0);
        categories(activity, keys, "dataset `" + key + "`");
    }

    /// Fields nest (`fields:` of an object field); eight levels are more than any dataset has.
    static void collect_categories(const YAML::Node& node, std::vector<std::string>& keys,
                                   int depth) {
        if (depth > 8)
            return;
        for (const std::string& key : scalars(field(node, "data_categories")))
            keys.push_back(key);
        for (const char* list : {"collections", "fields"})
            if (YAML::Node children = field(node, list); children.IsSequence())
                for (const YAML::Node& child : children)
                    collect_categories(child, keys, depth + 1);
    }

    void recipients(DraftActivity& activity, const YAML::Node& declaration, const std::string& at) {
        std::string third_parties = text_of(declaration, "third_parties");
        if (!is_true(field(declaration, "data_shared_with_third_parties")) || third_parties.empty())
            return;
        DraftParty& party = draft_.party_named(third_parties, at + ".third_parties");
        activity.recipients.push_back(party.id);
    }
};

/// The manifests' documents, or "" with `error` set to where and why they do not parse.
std::vector<YAML::Node> parse(const std::string& source, const std::string& name,
                              std::string& error) {
    try {
        std::vector<YAML::Node> documents = YAML::LoadAll(source);
        for (const YAML::Node& document : documents)
            if (!document.IsMap() && !document.IsNull()) {
                error = name + " is not a Fides manifest: a manifest is a mapping with "
                               "`organization`, `system`, `dataset` ... lists";
                return {};
            }
        return documents;
    } catch (const YAML::Exception& failure) {
        error = name + ":" + std::to_string(failure.mark.line + 1) + ":" +
                std::to_string(failure.mark.column + 1) + ": not YAML: " + failure.msg;
        return {};
    }
}

} // namespace

ImportResult read_fides(const std::vector<ImportFile>& files, const ImportOptions& options) {
    ImportResult result;
    std::vector<YAML::Node> documents;
    for (const ImportFile& file : files) {
        std::vector<YAML::Node> more = parse(file.bytes, file.name, result.error);
        if (!result.error.empty())
            return result;
        documents.insert(documents.end(), more.begin(), more.end());
    }
    const std::string name = files.size() == 1 ? files.front().name : "the manifests";
    Draft draft;
    draft.language = "en";
    try {
        FidesReader reader(draft, documents);
        reader.organisation(options.country);
        if (draft.country.empty()) {
            result.error = "the manifests do not say where the organisation is established; "
                           "give it with --country (e.g. --country NL)";
            return result;
        }
        reader.systems();
        reader.left_out_top_level();
    } catch (const YAML::Exception& failure) {
        result.error = name + ": " + failure.msg;
        return result;
    }
    draft.title = "Register of processing activities " + draft.organisation_name;
    draft.parties_without_country("third_parties");
    result.files = write_model(draft);
    result.entries = std::move(draft.entries);
    return result;
}

} // namespace privmap::importing
