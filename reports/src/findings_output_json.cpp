// The JSON format. Its shape is public (CI tools build on it): fields may be added, never
// renamed or removed.
//
// The text is written straight into the output, finding by finding, byte for byte as
// nlohmann::json's dump(2) prints the same document: no DOM of tens of thousands of findings.
#include "findings_output_detail.h"

#include <charconv>
#include <concepts>
#include <nlohmann/json.hpp>
#include <vector>

namespace privmap::findings_output {
namespace {

/// Whether `text` is well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms, no
/// surrogates, nothing beyond U+10FFFF.
bool well_formed_utf8(std::string_view text) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        unsigned char lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (lead < 0xC2 || lead > 0xF4)
            return false;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
        else if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
        if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
            return false;
        for (std::size_t k = 2; k < length; ++k)
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
                return false;
        i += length;
    }
    return true;
}

/// Pretty-printed JSON with two spaces, as every JSON output of privmap prints it.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// The key of the next member of the current object.
    void key(std::string_view name) {
        next_item();
        string(name);
        out_ += ": ";
        after_key_ = true;
    }
    void text(std::string_view value) {
        next_item();
        string(value);
    }
    template <std::integral Number> void number(Number n) {
        next_item();
        char digits[24];
        auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        out_.append(digits, end);
    }
    void boolean(bool flag) {
        next_item();
        out_ += flag ? "true" : "false";
    }

private:
    std::string& out_;
    std::vector<bool> empty_; // per open object or array: whether it has no item yet
    bool after_key_ = false;

    void open(char bracket) {
        next_item();
        out_ += bracket;
        empty_.push_back(true);
    }

    void close(char bracket) {
        bool empty = empty_.back();
        empty_.pop_back();
        if (!empty)
            newline();
        out_ += bracket;
    }

    /// Separates an item from the one before it and indents it; a value after its key
    /// follows on the same line.
    void next_item() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (empty_.empty())
            return;
        if (!empty_.back())
            out_ += ',';
        empty_.back() = false;
        newline();
    }

    void newline() {
        out_ += '\n';
        out_.append(2 * empty_.size(), ' ');
    }

    /// A string as nlohmann::json escapes it (its two-letter escapes, \u00XX for the other
    /// control characters, everything else as it is). A model may hold invalid UTF-8 that
    /// slipped into a message: nlohmann replaces it, never throws on it.
    void string(std::string_view text) {
        if (!well_formed_utf8(text)) {
            out_ +=
                nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
        }
        static constexpr char hex[] = "0123456789abcdef";
        out_ += '"';
        for (char c : text) {
            switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\b':
                out_ += "\\b";
                break;
            case '\f':
                out_ += "\\f";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\r':
                out_ += "\\r";
                break;
            case '\t':
                out_ += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out_ += "\\u00";
                    out_ += hex[c >> 4];
                    out_ += hex[c & 0xF];
                } else {
                    out_ += c;
                }
            }
        }
        out_ += '"';
    }
};

/// file, line and column (0 when unknown) of a place, as the JSON shape names them.
void put_location(JsonWriter& json, const Model& model, const Location& where) {
    json.key("file");
    json.text(display_path(model, where.file.path()));
    json.key("line");
    json.number(where.line);
    json.key("column");
    json.number(where.column);
}

void put_waiver(JsonWriter& json, const Model& model, const WaiverInfo& waiver) {
    json.begin_object();
    json.key("reason");
    json.text(waiver.reason);
    json.key("approved_by");
    json.text(waiver.approved_by);
    json.key("expires");
    json.text(waiver.expires.str());
    put_location(json, model, waiver.where);
    json.end_object();
}

void put_finding(JsonWriter& json, const Diagnostic& d, const Model& model, std::string_view lang) {
    json.begin_object();
    json.key("rule");
    json.text(d.rule);
    json.key("severity");
    json.text(to_string(d.severity));
    json.key("entity");
    json.text(d.entity);
    put_location(json, model, d.where);
    json.key("end_column");
    json.number(d.where.length > 0 ? d.where.column + d.where.length : d.where.column);
    json.key("message");
    json.text(message_text(d.message, lang));
    json.key("waived");
    json.boolean(d.waiver.has_value());
    json.key("notes");
    json.begin_array();
    for (const Note& note : d.notes) {
        json.begin_object();
        json.key("message");
        json.text(message_text(note.message, lang));
        put_location(json, model, note.where);
        json.end_object();
    }
    json.end_array();
    json.key("help");
    json.text(message_text(d.help, lang));
    json.key("fingerprint");
    json.text(finding_fingerprint(d));
    if (d.waiver) {
        json.key("waiver");
        put_waiver(json, model, *d.waiver);
    }
    json.end_object();
}

} // namespace

std::string as_json(const Diagnostics& findings, const Model& model,
                    const FindingsOutputOptions& options) {
    FindingsSummary summary = summarize(findings, options.exit_code);
    std::string text;
    JsonWriter json(text);
    json.begin_object();
    json.key("findings");
    json.begin_array();
    for (const Diagnostic& d : findings)
        put_finding(json, d, model, options.lang);
    json.end_array();
    json.key("summary");
    json.begin_object();
    for (auto [name, count] : {std::pair{"errors", summary.errors},
                               {"warnings", summary.warnings},
                               {"notes", summary.notes},
                               {"waived", summary.waived}}) {
        json.key(name);
        json.number(count);
    }
    json.key("exit_code");
    json.number(summary.exit_code);
    json.end_object();
    json.end_object();
    return text + "\n";
}

} // namespace privmap::findings_output
