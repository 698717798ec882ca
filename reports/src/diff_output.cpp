#include "findings_output_detail.h"
#include "render.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <privmap/diff_output.h>
#include <privmap/safe_text.h>

namespace privmap {
namespace {

/// How a change is shown: ids in code spans, free text escaped for the format.
struct Style {
    std::string (*text)(const std::string&);
    std::string (*message)(const std::string&); // a finding's message: ids in backticks
    std::string (*finding)(Severity, const std::string& rule);
    std::string special_open, special_close; // around "special category: health"
};

// The text format is for a terminal: model text in it must not steer the terminal.
std::string terminal(const std::string& s) {
    return terminal_text(s);
}
std::string markdown_text(const std::string& s) {
    return reports::markdown_escape(s);
}
std::string markdown_message(const std::string& s) {
    return reports::markdown_message(s);
}
// Ids ([a-z0-9._-]) and country codes never hold a backtick: a code span is safe in Markdown.
std::string code(const std::string& id) {
    return "`" + id + "`";
}

std::string text_finding(Severity severity, const std::string& rule) {
    return std::string(to_string(severity)) + "[" + rule + "]";
}
std::string markdown_finding(Severity severity, const std::string& rule) {
    return "**" + std::string(to_string(severity)) + "** " + code(rule);
}

const Style text_style{terminal, terminal, text_finding, "[", "]"};
const Style markdown_style{markdown_text, markdown_message, markdown_finding, "**", "**"};

char sign(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::finding_waived:
    case ChangeKind::transfer_changed:
    case ChangeKind::basis_changed:
    case ChangeKind::retention_changed:
    case ChangeKind::dpia_changed:
        return '~';
    default:
        return removes(kind) ? '-' : '+';
    }
}

std::string_view heading(ChangeKind kind) {
    static constexpr std::string_view headings[] = {"Findings introduced",
                                                    "Findings fixed",
                                                    "Findings waived",
                                                    "Activities added",
                                                    "Activities removed",
                                                    "Data categories added",
                                                    "Data categories removed",
                                                    "Categories an activity now processes",
                                                    "Categories an activity no longer processes",
                                                    "Recipients added",
                                                    "Recipients removed",
                                                    "Transfers outside the EEA added",
                                                    "Transfers outside the EEA removed",
                                                    "Transfers outside the EEA changed",
                                                    "Special, criminal or national-id data reached",
                                                    "Special, criminal or national-id data no "
                                                    "longer reached",
                                                    "Lawful bases changed",
                                                    "Retention changed",
                                                    "DPIA status changed"};
    return headings[static_cast<std::size_t>(kind)];
}

std::string special_mark(const Change& change, const Style& style) {
    if (change.special.empty())
        return "";
    return " " + style.special_open + "special category: " + change.special + style.special_close;
}

std::string finding_sentence(const Change& change, const Model& after, const Style& style) {
    std::string finding = style.finding(change.severity, change.detail);
    if (change.kind == ChangeKind::finding_fixed)
        return "fixed " + finding + ": " + style.message(message_text(change.message));
    if (change.kind == ChangeKind::finding_waived)
        return "waived " + finding + ": " + style.message(message_text(change.message)) + " (" +
               style.text(change.waiver ? findings_output::waiver_text(*change.waiver, "en") : "") +
               ")";
    std::string at = change.where.known()
                         ? " at " + style.text(findings_output::location_text(after, change.where))
                         : "";
    return "new " + finding + at + ": " + style.message(message_text(change.message));
}

/// " (via crm → mailer (US))", or nothing when there is no text.
std::string parenthesised(const std::string& text, const Style& style) {
    return text.empty() ? "" : " (" + style.text(text) + ")";
}

std::string safeguard_words(const std::string& safeguard) {
    if (safeguard == "none")
        return "without adequacy or a safeguard";
    if (safeguard == "not-recorded")
        return "country not recorded";
    return "under " + safeguard;
}

std::string sensitivity_words(const std::string& kind) {
    if (kind == "national-id")
        return "national identification number";
    if (kind == "criminal")
        return "criminal-offence data";
    return "special category: " + kind;
}

/// One line that says the change.
std::string sentence(const Change& change, const Model& after, const Style& style) {
    const std::string& id = change.entity;
    switch (change.kind) {
    case ChangeKind::finding_introduced:
    case ChangeKind::finding_fixed:
    case ChangeKind::finding_waived:
        return finding_sentence(change, after, style);
    case ChangeKind::activity_added:
        return "new activity " + code(id) + " (" + style.text(change.after) + ")" +
               special_mark(change, style);
    case ChangeKind::activity_removed:
        return "activity " + code(id) + " (" + style.text(change.before) + ") removed";
    case ChangeKind::category_added:
        return "new category " + code(id) + " (" + style.text(change.after) + ")" +
               special_mark(change, style);
    case ChangeKind::category_removed:
        return "category " + code(id) + " (" + style.text(change.before) + ") removed" +
               special_mark(change, style);
    case ChangeKind::processing_added:
        return code(id) + " now processes " + code(change.detail) + special_mark(change, style);
    case ChangeKind::processing_removed:
        return code(id) + " no longer processes " + code(change.detail) +
               special_mark(change, style);
    case ChangeKind::recipient_added:
        return code(id) + " now discloses data to " + code(change.detail) +
               parenthesised(change.after, style);
    case ChangeKind::recipient_removed:
        return code(id) + " no longer discloses data to " + code(change.detail) +
               parenthesised(change.before, style);
    case ChangeKind::transfer_added:
        return code(id) + " now transfers data to " + code(change.destination) + " in " +
               code(change.detail) + ", " + safeguard_words(change.safeguard) +
               parenthesised(change.after, style);
    case ChangeKind::transfer_removed:
        return code(id) + " no longer transfers data to " + code(change.destination) + " in " +
               code(change.detail) + parenthesised(change.before, style);
    case ChangeKind::transfer_changed:
        return code(id) + " transfer to " + code(change.destination) + ": " +
               style.text(change.before + ", " + change.safeguard_before) + " \u2192 " +
               style.text(change.detail + ", " + change.safeguard) +
               parenthesised(change.after, style);
    case ChangeKind::sensitive_added:
        return code(id) + " now receives " + code(change.detail) + " " + style.special_open +
               sensitivity_words(change.special) + style.special_close +
               parenthesised(change.after, style);
    case ChangeKind::sensitive_removed:
        return code(id) + " no longer receives " + code(change.detail) + " " + style.special_open +
               sensitivity_words(change.special) + style.special_close;
    case ChangeKind::basis_changed:
        return code(id) + " lawful basis: " + style.text(change.before) + " \u2192 " +
               style.text(change.after);
    case ChangeKind::retention_changed:
        return code(id) + " retention" +
               (change.detail.empty() ? "" : " of " + code(change.detail)) + ": " +
               style.text(change.before) + " \u2192 " + style.text(change.after) +
               (change.trend.empty() ? "" : " (" + change.trend + ")");
    case ChangeKind::dpia_changed:
        return code(id) + " DPIA status: " + style.text(change.before) + " \u2192 " +
               style.text(change.after);
    }
    return {};
}

struct Counts {
    std::size_t introduced = 0, fixed = 0, waived = 0, register_changes = 0;
    std::size_t introduced_by_severity[3] = {}; // indexed by Severity
};

Counts count(const ModelDiff& diff) {
    Counts counts;
    for (const Change& change : diff.changes) {
        if (change.kind == ChangeKind::finding_introduced) {
            ++counts.introduced;
            ++counts.introduced_by_severity[static_cast<std::size_t>(change.severity)];
        } else if (change.kind == ChangeKind::finding_fixed) {
            ++counts.fixed;
        } else if (change.kind == ChangeKind::finding_waived) {
            ++counts.waived;
        } else {
            ++counts.register_changes;
        }
    }
    return counts;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

/// "2 findings introduced (1 error, 1 warning), 1 fixed, 1 waived, 7 changes to the register".
std::string summary(const ModelDiff& diff) {
    Counts counts = count(diff);
    std::string by_severity;
    for (Severity severity : {Severity::error, Severity::warning, Severity::note}) {
        std::size_t n = counts.introduced_by_severity[static_cast<std::size_t>(severity)];
        std::string name(to_string(severity));
        if (n > 0)
            by_severity += (by_severity.empty() ? "" : ", ") + plural(n, name, name + "s");
    }
    return plural(counts.introduced, "finding", "findings") + " introduced" +
           (by_severity.empty() ? "" : " (" + by_severity + ")") + ", " +
           std::to_string(counts.fixed) + " fixed, " + std::to_string(counts.waived) + " waived, " +
           plural(counts.register_changes, "change", "changes") + " to the register";
}

std::string as_text(const ModelDiff& diff, const Model& after) {
    if (diff.changes.empty())
        return "no changes to the register and no findings introduced or fixed\n";
    std::string out;
    for (const Change& change : diff.changes)
        out += std::string(1, sign(change.kind)) + " " + sentence(change, after, text_style) + "\n";
    return out + summary(diff) + "\n";
}

std::string as_markdown(const ModelDiff& diff, const Model& after) {
    std::string out = "## privmap: changes to the processing register\n\n";
    if (diff.changes.empty())
        return out + "No changes to the register, and no findings introduced or fixed.\n";
    out += summary(diff) + ".\n";
    std::optional<ChangeKind> section;
    for (const Change& change : diff.changes) {
        if (change.kind != section) {
            section = change.kind;
            out += "\n### " + std::string(heading(change.kind)) + "\n\n";
        }
        out += "- " + sentence(change, after, markdown_style) + "\n";
    }
    return out;
}

bool is_finding(const Change& change) {
    return change.kind == ChangeKind::finding_introduced ||
           change.kind == ChangeKind::finding_fixed || change.kind == ChangeKind::finding_waived;
}

/// A finding in the words of `privmap check --format json`: rule, severity, message, place.
nlohmann::ordered_json finding_json(const Change& change, const Model& after) {
    nlohmann::ordered_json item{{"kind", to_string(change.kind)},
                                {"entity", change.entity},
                                {"rule", change.detail},
                                {"severity", to_string(change.severity)},
                                {"message", message_text(change.message)}};
    if (change.where.known()) {
        item["file"] = findings_output::display_path(after, change.where.file.path());
        item["line"] = change.where.line;
        item["column"] = change.where.column;
    }
    if (change.waiver)
        item["waiver"] = {{"reason", change.waiver->reason},
                          {"approved_by", change.waiver->approved_by},
                          {"expires", change.waiver->expires.str()}};
    return item;
}

nlohmann::ordered_json change_json(const Change& change) {
    nlohmann::ordered_json item{{"kind", to_string(change.kind)}, {"entity", change.entity}};
    for (auto [key, value] : {std::pair{"detail", &change.detail},
                              {"before", &change.before},
                              {"after", &change.after},
                              {"special", &change.special},
                              {"destination", &change.destination},
                              {"safeguard", &change.safeguard},
                              {"safeguard_before", &change.safeguard_before},
                              {"trend", &change.trend}})
        if (!value->empty())
            item[key] = *value;
    return item;
}

std::string as_json(const ModelDiff& diff, const Model& after) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const Change& change : diff.changes)
        changes.push_back(is_finding(change) ? finding_json(change, after) : change_json(change));
    Counts counts = count(diff);
    nlohmann::ordered_json summary{{"findings_introduced", counts.introduced},
                                   {"findings_fixed", counts.fixed},
                                   {"findings_waived", counts.waived},
                                   {"register_changes", counts.register_changes}};
    return nlohmann::ordered_json{{"changes", changes}, {"summary", summary}}.dump(2) + "\n";
}

} // namespace

std::string format_diff(const ModelDiff& diff, const Model& after, DiffFormat format) {
    switch (format) {
    case DiffFormat::text:
        return as_text(diff, after);
    case DiffFormat::markdown:
        return as_markdown(diff, after);
    case DiffFormat::json:
        return as_json(diff, after);
    }
    return {};
}

} // namespace privmap
