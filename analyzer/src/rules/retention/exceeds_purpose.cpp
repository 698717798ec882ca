#include "rules/reached.h"
#include "rules/retention/retention.h"
#include "rules/wording.h"

namespace privmap::rules::retention {
namespace {

/// Which activities using a system declare a category, asked for the categories in rising
/// order: a cursor per activity through its processed categories makes each question a step
/// of a merge. A search of every user's list for each category the system holds was this
/// rule's largest cost at 50,000 activities.
class DeclaringUsers {
public:
    DeclaringUsers(const LineageGraph& graph, std::size_t system)
        : graph_(graph), users_(graph.activities_using(system)), cursors_(users_.size(), 0) {}

    std::size_t size() const { return users_.size(); }
    std::size_t activity(std::size_t user) const { return users_[user]; }

    /// Whether the `user`-th activity declares `category`, no lower than asked before.
    bool declares(std::size_t user, std::size_t category) {
        auto processed = graph_.categories_processed(users_[user]);
        std::size_t& at = cursors_[user];
        while (at < processed.size() && processed[at].category < category)
            ++at;
        return at < processed.size() && processed[at].category == category &&
               processed[at].declared;
    }

    /// Starts again from the lowest category.
    void restart() { std::fill(cursors_.begin(), cursors_.end(), 0); }

private:
    const LineageGraph& graph_;
    std::span<const std::size_t> users_;
    std::vector<std::size_t> cursors_; // per user: where its processed categories are read
};

/// The longest any activity using the system keeps `category`, and which activity that is.
/// Nullopt when no user declares it (that is lineage.shadow-data) or one of them has no
/// bounded rule for it (nothing to compare with).
std::optional<std::pair<Duration, std::size_t>> longest_use(const Context& context,
                                                            Coverage& coverage,
                                                            DeclaringUsers& users,
                                                            std::size_t category) {
    std::optional<std::pair<Duration, std::size_t>> longest;
    for (std::size_t user = 0; user < users.size(); ++user) {
        if (!users.declares(user, category))
            continue;
        std::size_t a = users.activity(user);
        auto bound = coverage.longest(context.model.activities[a].retention, category);
        if (!bound)
            return std::nullopt;
        if (!longest || *bound > longest->first)
            longest = {*bound, a};
        else if (!(*bound <= longest->first)) // the calendar cannot tell: cover both
            longest->first = longer_of(longest->first, *bound);
    }
    return longest;
}

void check_exceeds_purpose(const Context& context, Findings& findings) {
    const Model& model = context.model;
    Coverage coverage(context.graph);
    for (std::size_t s = 0; s < model.systems.size(); ++s) {
        const System& system = model.systems[s];
        DeclaringUsers users(context.graph, s);
        for (const RetentionRule& rule : system.retention) {
            auto kept = bound(rule);
            if (!kept)
                continue;
            users.restart(); // the system's categories, in rising order, once per rule
            CategorySet longer;
            std::optional<std::pair<Duration, std::size_t>> witness;
            for (const Arrival& arrival : context.graph.system_categories(s)) {
                if (!coverage.covers(rule, arrival.category))
                    continue;
                auto use = longest_use(context, coverage, users, arrival.category);
                if (use && *kept > use->first) {
                    longer.push_back(arrival.category);
                    if (!witness)
                        witness = use;
                }
            }
            if (longer.empty())
                continue;
            const Activity& activity = model.activities[witness->second];
            std::string needed = witness->first.str();
            for (const RetentionRule& own : activity.retention)
                if (bound(own) == witness->first)
                    needed = retention_period(own);
            Diagnostic& d =
                findings.add(exceeds_purpose.info, system.id, period_location(rule),
                             {"retention.exceeds-purpose",
                              {{"system", system.id},
                               {"categories", std::vector{summary_of(top_ids(model, longer))}},
                               {"period", retention_period(rule)},
                               {"needed", needed},
                               {"activity", activity.id}}},
                             {"retention.exceeds-purpose.help", {}});
            d.notes.push_back(
                {{"retention.exceeds-purpose.longest", {}}, activity.at("retention")});
        }
    }
}

} // namespace

const Rule exceeds_purpose{
    {
        .id = "retention.exceeds-purpose",
        .severity = Severity::warning,
        .summary = "A system keeps a category longer than every activity using it there needs",
        .what =
            "For each bounded retention rule of a system and each category the system holds "
            "(through "
            "its activities and flows) that the rule covers: the activities that use the system "
            "and "
            "declare the category each keep it for some bounded period; if the system keeps it "
            "longer "
            "than the longest of those, the copy outlives every purpose. Categories no using "
            "activity "
            "declares are `lineage.shadow-data`; where an activity has no bounded rule for it, "
            "nothing "
            "is compared. Periods compare as calendar periods: `P84M` equals `P7Y`, and a period "
            "in "
            "days is longer than one in months only when it is in every calendar (`P32D` > "
            "`P1M`, but `P30D` and `P1M` are not compared).",
        .why = "Storage limitation (Art. 5(1)(e)) applies to every copy: once no purpose needs the "
               "data, "
               "it must be erased, wherever the lineage has put it.",
        .legal = "GDPR Art. 5(1)(e), 17(1)(a), 25(2)",
        .example = "[[system]]\nid = \"crm\"\n# ...\nretention = { period = \"P10Y\", from = "
                   "\"creation\" }\n\n"
                   "[[activity]]\nid = \"sales\"\nsystems = [\"crm\"]\n"
                   "retention = { period = \"P2Y\", from = \"end-of-contract\" }\n",
        .fix =
            "Align the system's retention with its activities: shorten it, or give it per-category "
            "rules that follow the activities' periods.",
    },
    check_exceeds_purpose};

} // namespace privmap::rules::retention
