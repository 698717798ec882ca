#include "render.h"

#include <algorithm>
#include <cctype>
#include <kainjow/mustache.hpp>

namespace privmap::reports {
namespace mustache = kainjow::mustache;

namespace {
/// JSON to mustache data. Empty strings and null become false, so `{{#x}}…{{/x}}` shows a
/// section only when the model has a value; numbers become their decimal text.
mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::object: {
        mustache::data object{mustache::data::type::object};
        for (const auto& [key, item] : value.items())
            object.set(key, to_mustache(item));
        return object;
    }
    case nlohmann::json::value_t::array: {
        // Objects in a list learn their place, so templates can put separators between items.
        mustache::data list{mustache::data::type::list};
        for (std::size_t i = 0; i < value.size(); ++i) {
            mustache::data item = to_mustache(value[i]);
            if (item.is_object()) {
                item.set("_first", mustache::data{i == 0});
                item.set("_last", mustache::data{i + 1 == value.size()});
            }
            list.push_back(item);
        }
        return list;
    }
    case nlohmann::json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        return text.empty() ? mustache::data{false} : mustache::data{text};
    }
    case nlohmann::json::value_t::boolean:
        return mustache::data{value.get<bool>()};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        return mustache::data{false};
    default:
        return mustache::data{value.dump()};
    }
}

bool is_standalone_tag(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    std::size_t last = line.find_last_not_of(" \t\r");
    if (first == std::string_view::npos || line.substr(first, 2) != "{{" || line.size() < first + 5)
        return false;
    std::string_view tag = line.substr(first, last + 1 - first);
    return std::string_view("#^/!>").find(tag[2]) != std::string_view::npos &&
           tag.ends_with("}}") && tag.find("{{", 2) == std::string_view::npos;
}

/// The mustache spec drops a line that holds nothing but section tags; kainjow only drops
/// such a line when the section was rendered, and leaves a blank line for a skipped one,
/// which ends a Markdown table. So tags that stand alone are glued to the start of the next
/// line with content (before a blank line they stay on a line of their own, which kainjow
/// drops): templates can put section tags on lines of their own.
std::string glue_standalone_tags(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    std::string pending;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line(text.data() + start, end - start);
        bool has_newline = end < text.size();
        start = end + 1;
        if (is_standalone_tag(line)) {
            pending.append(line.substr(line.find_first_not_of(" \t")));
            while (!pending.empty() && (pending.back() == ' ' || pending.back() == '\r'))
                pending.pop_back();
            continue;
        }
        bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
        if (!pending.empty() && blank)
            pending +=
                '\n'; // a line of tags alone, which kainjow drops, keeps the blank line after it
        out.append(pending).append(line);
        pending.clear();
        if (has_newline)
            out += '\n';
    }
    return out + pending;
}

bool starts_ordered_list_marker(const std::string& text, std::size_t& marker) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits >= text.size() || (text[digits] != '.' && text[digits] != ')'))
        return false;
    marker = digits;
    return true;
}
} // namespace

std::string anchor_of(std::string_view kind, std::string_view id) {
    std::string anchor(kind);
    anchor += '-';
    for (char c : id) {
        bool safe =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        anchor += safe ? c : '-';
    }
    return anchor;
}

std::string percent_encode(std::string_view text, std::string_view also_kept) {
    static constexpr std::string_view hex = "0123456789ABCDEF";
    static constexpr std::string_view unreserved_marks = "-._~";
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || unreserved_marks.find(c) != std::string_view::npos ||
            also_kept.find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

std::string markdown_escape(const std::string& text) {
    // Characters that open Markdown, raw HTML, TeX, math, spans or tables anywhere in a line.
    static constexpr std::string_view anywhere = "\\`*_{}[]<>#|$~^@&\"";
    // Characters that only matter where a block starts (lists, definitions, headings).
    static constexpr std::string_view at_start = "-+:=%!";
    std::size_t ordered_marker = std::string::npos;
    starts_ordered_list_marker(text, ordered_marker);
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r')
            continue;
        if (c == '\n' || c == '\t') { // a line break inside a value would end a table row
            if (!out.empty() && out.back() != ' ')
                out += ' ';
            line_start = true;
            continue;
        }
        if (line_start && c == ' ')
            continue;
        bool escape = anywhere.find(c) != std::string_view::npos ||
                      (i == 0 && at_start.find(c) != std::string_view::npos) || i == ordered_marker;
        if (escape)
            out += '\\';
        out += c;
        line_start = false;
    }
    return out;
}

namespace {
/// Text between two code spans: escaped, its spaces kept (markdown_escape drops them at the
/// start, where a line starts).
std::string markdown_between(const std::string& text) {
    std::size_t start = std::min(text.find_first_not_of(' '), text.size());
    return text.substr(0, start) + markdown_escape(text.substr(start));
}

/// A message keeps its code spans (the ids it names between backticks); the text between them
/// is escaped, so a name in the model cannot format the comment or mention anyone.
} // namespace

std::string markdown_message(const std::string& message) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open; (open = message.find('`', at)) != std::string::npos;) {
        std::size_t close = message.find('`', open + 1);
        if (close == std::string::npos)
            break;
        std::string span = message.substr(open + 1, close - open - 1);
        std::replace(span.begin(), span.end(), '\n', ' ');
        out += markdown_between(message.substr(at, open - at)) + "`" + span + "`";
        at = close + 1;
    }
    return out + markdown_between(message.substr(at));
}

Rendered render(const TemplateSet& templates, std::string_view name, const nlohmann::json& data,
                Markup markup) {
    std::string suffix = markup == Markup::html ? "html.mustache" : "md.mustache";
    std::string file = std::string(name) + "." + suffix;
    auto text = templates.read(file);
    if (!text)
        return {"", "template `" + file + "` not found"};
    mustache::data context = to_mustache(data);
    for (const std::string& partial : templates.partials(suffix)) {
        auto partial_text = templates.read(partial + "." + suffix);
        context.set(partial, mustache::partial([body = glue_standalone_tags(
                                                    partial_text.value_or(""))] { return body; }));
    }
    mustache::mustache tmpl{glue_standalone_tags(*text)};
    if (markup == Markup::markdown)
        tmpl.set_custom_escape(markdown_escape);
    if (!tmpl.is_valid())
        return {"", file + ": " + tmpl.error_message()};
    std::string rendered = tmpl.render(context);
    if (!tmpl.is_valid())
        return {"", file + ": " + tmpl.error_message()};
    return {std::move(rendered), ""};
}

} // namespace privmap::reports
