// `--limit NAME=N`: the names of the resource limits, how their values are written, and the
// error that says one was reached.
#include "problems.h"
#include "rules/rules.h"

#include <array>
#include <charconv>
#include <privmap/model.h>

namespace privmap {
namespace {

struct LimitField {
    std::string_view name;
    bool bytes; // takes a K, M or G suffix
    void (*set)(Limits&, std::uintmax_t);
    std::uintmax_t most = UINTMAX_MAX;
};

constexpr std::array<LimitField, 9> limit_fields{{
    // A file's lines are found by 32-bit offsets (SourceFile::line_starts), as toml++ counts
    // its lines and columns in 32 bits.
    {"file-bytes", true, [](Limits& l, std::uintmax_t n) { l.file_bytes = n; }, UINT32_MAX},
    {"model-bytes", true, [](Limits& l, std::uintmax_t n) { l.model_bytes = n; }},
    {"files", false, [](Limits& l, std::uintmax_t n) { l.files = n; }},
    {"depth", false, [](Limits& l, std::uintmax_t n) { l.depth = n; }},
    {"entities", false, [](Limits& l, std::uintmax_t n) { l.entities = n; }},
    {"findings-per-entity", false, [](Limits& l, std::uintmax_t n) { l.findings_per_entity = n; }},
    {"tool-seconds", false,
     [](Limits& l, std::uintmax_t n) { l.tool_seconds = static_cast<unsigned>(n); }, 86400},
    {"pdf-bytes", true, [](Limits& l, std::uintmax_t n) { l.pdf_bytes = n; }},
    {"reach", false, [](Limits& l, std::uintmax_t n) { l.reach = n; }},
}};

std::string names() {
    std::string out;
    for (const LimitField& field : limit_fields)
        out += (out.empty() ? "" : ", ") + std::string(field.name);
    return out;
}

std::optional<std::uintmax_t> parse_amount(std::string_view text, bool bytes) {
    std::uintmax_t shift = 0;
    if (bytes && !text.empty()) {
        constexpr std::string_view suffixes = "KMG";
        if (auto at = suffixes.find(text.back()); at != std::string_view::npos) {
            shift = 10 * (at + 1);
            text.remove_suffix(1);
        }
    }
    std::uintmax_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        value > (UINTMAX_MAX >> shift))
        return std::nullopt;
    return value << shift;
}

} // namespace

Diagnostic limit_problem(std::string where, std::string_view limit, Message::Args args,
                         std::uintmax_t raised) {
    return problem(
        model_rule::limit, "", Location{std::move(where)},
        {"model.limit." + std::string(limit), std::move(args)},
        {"model.limit.help", {{"limit", std::string(limit)}, {"raised", std::to_string(raised)}}});
}

std::string set_limit(Limits& limits, std::string_view assignment) {
    auto equals = assignment.find('=');
    std::string_view name = assignment.substr(0, equals);
    for (const LimitField& field : limit_fields) {
        if (field.name != name)
            continue;
        auto value = equals == std::string_view::npos
                         ? std::nullopt
                         : parse_amount(assignment.substr(equals + 1), field.bytes);
        if (!value || *value > field.most)
            return "--limit " + std::string(name) + " takes a whole number" +
                   (field.bytes ? " of bytes (or with K, M or G: 200M)" : "") +
                   (field.most < UINTMAX_MAX ? " up to " + std::to_string(field.most) : "") + ": " +
                   std::string(assignment);
        field.set(limits, *value);
        return {};
    }
    return "no limit is called `" + std::string(name) + "`; the limits are " + names();
}

} // namespace privmap
