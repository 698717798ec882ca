#include "render.h"

#include <algorithm>
#include <cctype>
#include <kainjow/mustache.hpp>
#include <map>
#include <optional>
#include <privmap/safe_text.h>
#include <set>
#include <sstream>

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

/// What a template sees: kainjow's context (the innermost section's data first, then the
/// enclosing ones), whose outermost layer is a document's own keys over the shared data, less
/// its hidden keys, as if they were one object, so no document copies the shared data.
class LayeredContext : public mustache::basic_context<std::string> {
public:
    LayeredContext(const mustache::data& own, const mustache::data& shared,
                   const std::vector<std::string>& hidden)
        : own_(own), shared_(shared), hidden_(hidden) {}

    void push(const mustache::data* data) override { sections_.insert(sections_.begin(), data); }
    void pop() override { sections_.erase(sections_.begin()); }

    const mustache::data* get(const std::string& name) const override {
        if (name == ".")
            return sections_.empty() ? &own_ : sections_.front();
        std::vector<std::string_view> names = split_name(name);
        for (const mustache::data* section : sections_)
            if (const mustache::data* found = lookup(section->get(std::string(names[0])), names))
                return found;
        return lookup(outermost(std::string(names[0])), names);
    }

    const mustache::data* get_partial(const std::string& name) const override {
        for (const mustache::data* section : sections_)
            if (const mustache::data* found = section->get(name))
                return found;
        return outermost(name);
    }

private:
    const mustache::data* outermost(const std::string& key) const {
        if (const mustache::data* found = own_.get(key))
            return found;
        if (std::find(hidden_.begin(), hidden_.end(), key) != hidden_.end())
            return nullptr;
        return shared_.get(key);
    }

    /// `x.y.z`: x found, then y in it and z in that (kainjow's dotted names).
    static const mustache::data* lookup(const mustache::data* first,
                                        const std::vector<std::string_view>& names) {
        const mustache::data* found = first;
        for (std::size_t i = 1; found && i < names.size(); ++i)
            found = found->get(std::string(names[i]));
        return found;
    }

    static std::vector<std::string_view> split_name(std::string_view name) {
        std::vector<std::string_view> names;
        for (std::size_t start = 0;;) {
            std::size_t dot = name.find('.', start);
            names.push_back(name.substr(start, dot - start));
            if (dot == std::string_view::npos)
                return names;
            start = dot + 1;
        }
    }

    const mustache::data& own_;
    const mustache::data& shared_;
    const std::vector<std::string>& hidden_;
    std::vector<const mustache::data*> sections_; // innermost first
};

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

std::string_view trimmed(std::string_view text) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

/// The partials `text` includes: the names of its `{{> name}}` tags, read with the
/// delimiters that `{{=<% %>=}}` tags set, as kainjow reads them.
std::vector<std::string> included_partials(std::string_view text) {
    std::string open = "{{";
    std::string close = "}}";
    std::vector<std::string> names;
    for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
        const std::size_t start = at + open.size();
        const std::size_t end = text.find(close, start);
        if (end == std::string_view::npos)
            break;
        const std::string_view tag = trimmed(text.substr(start, end - start));
        at = end + close.size();
        if (tag.starts_with('>'))
            names.emplace_back(trimmed(tag.substr(1)));
        if (tag.size() < 5 || tag.front() != '=' || tag.back() != '=')
            continue;
        const std::string_view delimiters = trimmed(tag.substr(1, tag.size() - 2));
        const std::size_t space = delimiters.find_first_of(" \t");
        if (space == std::string_view::npos || trimmed(delimiters.substr(space)).empty())
            continue;
        open = delimiters.substr(0, space);
        close = trimmed(delimiters.substr(space));
    }
    return names;
}

/// Mustache renders a partial that includes itself, directly or through others, until the
/// stack runs out: the first partial `text` reaches that reaches itself, or nullopt.
std::optional<std::string> recursive_partial(std::string_view text,
                                             const std::map<std::string, std::string>& partials) {
    std::map<std::string, std::vector<std::string>, std::less<>> includes;
    for (const auto& [name, body] : partials)
        includes[name] = included_partials(body);
    auto reached_from = [&](std::vector<std::string> pending) {
        std::set<std::string> reached;
        while (!pending.empty()) {
            std::string name = std::move(pending.back());
            pending.pop_back();
            auto found = includes.find(name);
            if (found != includes.end() && reached.insert(name).second)
                pending.insert(pending.end(), found->second.begin(), found->second.end());
        }
        return reached;
    };
    for (const std::string& name : reached_from(included_partials(text)))
        if (reached_from(includes[name]).count(name))
            return name;
    return std::nullopt;
}

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Where the delimiter of an ordered list marker at the start of `text` is, or npos. Pandoc's
/// fancy lists number with digits, one letter or roman numerals, each followed by `.` or `)`
/// or between parentheses: `1.`, `2)`, `a.`, `(b)`, `iv.`, `(IX)`, `#.`.
std::size_t ordered_list_delimiter(std::string_view text) {
    const bool parenthesised = text.starts_with('(');
    std::size_t end = parenthesised ? 1 : 0;
    const std::size_t start = end;
    auto run = [&](auto accepted) {
        while (end < text.size() && accepted(text[end]))
            ++end;
    };
    if (end < text.size() && text[end] >= '0' && text[end] <= '9')
        run([](char c) { return c >= '0' && c <= '9'; });
    else if (end < text.size() &&
             std::string_view("ivxlcdmIVXLCDM").find(text[end]) != std::string_view::npos)
        run([](char c) {
            return std::string_view("ivxlcdmIVXLCDM").find(c) != std::string_view::npos;
        });
    else if (end < text.size() && (is_ascii_letter(text[end]) || text[end] == '#'))
        ++end;
    if (end == start || end >= text.size())
        return std::string_view::npos;
    const bool delimited = text[end] == ')' || (!parenthesised && text[end] == '.');
    return delimited ? end : std::string_view::npos;
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

std::string markup_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    return out;
}

std::string markdown_escape(const std::string& raw) {
    const std::string sanitised = document_text(raw);
    // Blanks before the value are dropped first, so what could start a block is what it
    // starts with.
    const std::string_view text = std::string_view(sanitised).substr(
        std::min(sanitised.find_first_not_of(" \t\r\n"), sanitised.size()));
    // Characters that open Markdown, raw HTML, TeX, math, spans or tables anywhere in a line.
    static constexpr std::string_view anywhere = "\\`*_{}[]<>#|$~^@&\"";
    // Characters that only matter where a block starts (lists, definitions, headings).
    static constexpr std::string_view at_start = "-+:=%!";
    const std::size_t ordered_marker = ordered_list_delimiter(text);
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

struct SharedData::Converted {
    mustache::data data;
};

SharedData::SharedData(const nlohmann::json& data) : json_(data) {}

SharedData::~SharedData() = default;

const SharedData::Converted& SharedData::converted() const {
    if (!converted_)
        converted_ = std::make_unique<Converted>(Converted{to_mustache(json_)});
    return *converted_;
}

Rendered render(const TemplateSet& templates, std::string_view name, const SharedData& shared,
                const nlohmann::json& own, const std::vector<std::string>& hidden, Markup markup) {
    std::string suffix = markup == Markup::html ? "html.mustache" : "md.mustache";
    std::string file = std::string(name) + "." + suffix;
    auto text = templates.read(file);
    if (!text)
        return {"", "template `" + file + "` not found"};
    std::map<std::string, std::string> partials;
    for (const std::string& partial : templates.partials(suffix))
        partials[partial] =
            glue_standalone_tags(templates.read(partial + "." + suffix).value_or(""));
    const std::string body = glue_standalone_tags(*text);
    if (std::optional<std::string> looping = recursive_partial(body, partials))
        return {"", "template `" + *looping + "." + suffix +
                        "` includes itself, directly or through other partials, which would "
                        "never end"};
    mustache::data own_data = to_mustache(own);
    for (const auto& [partial, partial_body] : partials)
        own_data.set(partial, mustache::partial([text = partial_body] { return text; }));
    mustache::mustache tmpl{body};
    if (markup == Markup::markdown)
        tmpl.set_custom_escape(markdown_escape);
    else
        tmpl.set_custom_escape([](const std::string& raw) {
            return mustache::html_escape<std::string>(document_text(raw));
        });
    if (!tmpl.is_valid())
        return {"", file + ": " + tmpl.error_message()};
    LayeredContext context(own_data, shared.converted().data, hidden);
    // The stream's text is moved out, not copied: a register can be hundreds of megabytes.
    std::ostringstream rendered;
    tmpl.render(context, rendered);
    if (!tmpl.is_valid())
        return {"", file + ": " + tmpl.error_message()};
    return {std::move(rendered).str(), ""};
}

} // namespace privmap::reports
