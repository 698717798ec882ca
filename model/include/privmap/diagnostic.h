// The one diagnostics type every stage produces: the loader's model errors, the analyzer's
// findings and the reports' tool failures are all a Diagnostic.
#pragma once

#include <compare>
#include <initializer_list>
#include <memory>
#include <privmap/types.h>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace privmap {

enum class Severity { note, warning, error };
std::string_view to_string(Severity);
std::optional<Severity> parse_severity(std::string_view);

/// A message key or the name of a message's argument ("retention.missing", "activity"): a
/// word of the catalogues, from a set the program's own text fixes (keys it builds, such as
/// "screening." + a reason, are from that set too). Kept once for the life of the process like
/// a Symbol, and made from any text without ceremony: eight bytes, no heap block, where a
/// `std::string` cost each of the hundreds of thousands of messages of a big register 32
/// bytes and often an allocation (the peak memory of `check`, issue 13).
class MessageName {
public:
    MessageName() = default;
    MessageName(std::string_view text) : text_(text) {}
    MessageName(const std::string& text) : text_(text) {}
    MessageName(const char* text) : text_(written(text)) {}

    const std::string& str() const { return text_.str(); }
    operator const std::string&() const { return text_.str(); }
    operator std::string_view() const { return text_; }
    bool empty() const { return text_.empty(); }

    friend bool operator==(const MessageName& a, const MessageName& b) {
        return a.text_ == b.text_;
    }
    friend bool operator==(const MessageName& a, std::string_view b) { return a.text_ == b; }
    friend bool operator==(const MessageName& a, const char* b) { return a.text_ == b; }
    friend bool operator==(const MessageName& a, const std::string& b) { return a.text_ == b; }
    friend std::strong_ordering operator<=>(const MessageName& a, const MessageName& b) {
        return a.text_ <=> b.text_;
    }
    friend std::string operator+(const MessageName& a, const char* b) { return a.str() + b; }

private:
    /// A name the program writes as a literal, interned: each call site names the same word
    /// for every finding it makes (hundreds of thousands of times in a big register), and a
    /// cache of the addresses last read answers without hashing the text or taking the
    /// interning's lock.
    static Symbol written(const char* text);

    Symbol text_;
};

struct Message;
/// An argument of a message: text (an id, a name, a date, a list of ids), a number (which ICU
/// plurals and number formats need), or sentences of their own (rendered in the same language,
/// joined by "; ").
using MessageValue = std::variant<std::string, long long, std::vector<Message>>;

/// A sentence in a form every output renders in its reader's language: the message `key` of
/// the catalogues templates/i18n/<lang>.json (table "findings", ICU MessageFormat) with named
/// arguments. Arguments are what the model says (ids, names, dates, numbers), never prose: the
/// words are the catalogue's.
struct Message {
    using Args = std::vector<std::pair<MessageName, MessageValue>>;
    /// An argument as a braced list writes it, `{"rule", id}`: its value is moved into the
    /// message, where an initializer_list of pairs, whose elements are const, copied every text
    /// once more (206,000 strings for the findings of a register of 10,000 activities).
    struct Arg {
        MessageName name;
        mutable MessageValue value;
    };

    MessageName key; // "retention.missing", "retention.missing.help"; empty for no sentence
    Args args;

    Message() = default;
    Message(MessageName key_, Args args_) : key(key_), args(std::move(args_)) {}
    Message(MessageName key_, std::initializer_list<Arg> args_) : key(key_) {
        args.reserve(args_.size());
        for (const Arg& arg : args_)
            args.emplace_back(arg.name, std::move(arg.value));
    }
    /// A sentence the catalogues have no words for yet (or never will: a tool's own error
    /// output): key "verbatim", shown as written in every language. Empty text is no sentence.
    Message(std::string text) {
        if (!text.empty())
            *this = Message("verbatim", {{"text", std::move(text)}});
    }
    Message(const char* text) : Message(std::string(text)) {}

    bool empty() const { return key.empty(); }
    friend bool operator==(const Message& a, const Message& b) {
        return a.key == b.key && a.args == b.args;
    }
    friend bool operator<(const Message& a, const Message& b) {
        return a.key != b.key ? a.key < b.key : a.args < b.args;
    }
};

/// A secondary location that helps understand a diagnostic ("the other place of a duplicate").
struct Note {
    Message message;
    Location where; // may be unknown
};

/// An accepted finding: the waiver that covers it, for the auditor.
struct WaiverInfo {
    std::string reason;
    std::string approved_by;
    Date expires;
    Location where;
};

/// The waiver of a finding, if any, behind a pointer its copies share: only a handful of the
/// tens of thousands of findings of a big register are waived, and a `std::optional` would
/// cost each of them the room of a whole WaiverInfo (the peak memory of `check`, issue 13).
class WaiverBox {
public:
    WaiverBox() = default;
    WaiverBox(WaiverInfo info) : info_(std::make_shared<const WaiverInfo>(std::move(info))) {}

    bool has_value() const { return info_ != nullptr; }
    explicit operator bool() const { return has_value(); }
    const WaiverInfo& operator*() const { return *info_; }
    const WaiverInfo* operator->() const { return info_.get(); }

private:
    std::shared_ptr<const WaiverInfo> info_;
};

/// The rule and the entity are interned (a `Symbol`: eight bytes, no heap block). As two
/// `std::string`s they cost each of the 124,000 findings of a register of 50,000 activities 64
/// bytes and two heap blocks, since nearly every rule and entity id is longer than a string's
/// 15 bytes of room (the peak memory of `check`, issue 13). Not a view of the rule's
/// `RuleInfo::id`: a tool or a test names a rule in a string of its own.
struct Diagnostic {
    Symbol rule; // stable id, "family.name": "model.dangling-ref"
    Severity severity = Severity::error;
    Symbol entity;   // id of the entity the diagnostic is about, empty when none
    Location where;  // the offending key or value
    Message message; // one sentence that names the entity and says why
    std::vector<Note> notes;
    Message help;     // the fix, as a DPO would make it; may be empty
    WaiverBox waiver; // set when a valid waiver accepts this finding
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics&);
/// The "did you mean" of every diagnostic: the candidate nearest to `word` by edit distance,
/// when it is near enough to be a likely typo; empty otherwise.
std::string_view likely_meant(std::string_view word, std::span<const std::string_view> candidates);

/// Sorts by file, line, column, rule, message: the order every output uses.
void sort_diagnostics(Diagnostics&);

/// Keeps, in order, the first `limit` diagnostics of each rule about each entity (about each
/// file when they name no entity), and notes on the last one kept how many more there are: an
/// activity with 10,000 unknown categories shows `limit` of them, not 10,000.
void cap_diagnostics(Diagnostics&, std::size_t limit);

/// What a rule says about itself: `privmap explain`, docs/rules/<id>.md and SARIF's rules[]
/// are all generated from these fields.
struct RuleInfo {
    std::string_view id;
    Severity severity;        // default severity
    std::string_view summary; // one line
    std::string_view what;    // what it checks
    std::string_view why;     // why it matters
    std::string_view legal;   // the legal ground: "GDPR Art. 30(1)(d)"
    std::string_view example; // a TOML snippet that triggers it
    std::string_view fix;     // how to fix it
};

/// A diagnostic of `rule` at the rule's default severity.
Diagnostic diagnostic_of(const RuleInfo& rule, Symbol entity, Location where, Message message,
                         Message help = {});

} // namespace privmap
