// Renders a report document through a mustache template, escaping every model string for
// the target markup so that `<script>`, Markdown and LaTeX in the model stay literal text.
#pragma once

#include "template_set.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace privmap::reports {

enum class Markup { html, markdown };

/// Text as HTML or XML character data or attribute value: & < > " ' as entities.
std::string markup_escape(std::string_view text);

/// Escapes text so that Pandoc's Markdown reads it back as exactly that text.
std::string markdown_escape(const std::string& text);

/// A finding's message in Markdown: the ids it names between backticks stay code spans, the
/// text between them is escaped, so a name in the model cannot format the text or mention anyone.
std::string markdown_message(const std::string& message);

/// RFC 3986 percent-encoding: unreserved characters and those in `also_kept` stay, every other
/// byte becomes %XX.
std::string percent_encode(std::string_view text, std::string_view also_kept = "");

/// The anchor of an entity's section in the HTML reports ("activity-hr-absence"), which the
/// diagrams' links point at too.
std::string anchor_of(std::string_view kind, std::string_view id);

struct Rendered {
    std::string text;
    std::string error; // empty on success: a missing template or a mustache syntax error
};

/// Data that many renderings share (the report document), converted for the templates once,
/// on the first rendering, however many documents show it. `data` must outlive it.
class SharedData {
public:
    explicit SharedData(const nlohmann::json& data);
    ~SharedData();
    SharedData(const SharedData&) = delete;
    SharedData& operator=(const SharedData&) = delete;

    const nlohmann::json& json() const { return json_; }

    struct Converted; // the templates' form, known to render.cpp alone
    const Converted& converted() const;

private:
    const nlohmann::json& json_;
    mutable std::unique_ptr<Converted> converted_;
};

/// Renders `<name>.<html|md>.mustache`. The template sees `own`'s keys over those of `shared`,
/// less the `hidden` ones; partials are the `_*.<html|md>.mustache` files.
Rendered render(const TemplateSet&, std::string_view name, const SharedData& shared,
                const nlohmann::json& own, const std::vector<std::string>& hidden, Markup);

} // namespace privmap::reports
