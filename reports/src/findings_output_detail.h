// What the findings formats share; each format lives in its own findings_output_<format>.cpp.
#pragma once

#include <algorithm>
#include <deque>
#include <privmap/findings_output.h>
#include <string>
#include <string_view>
#include <utility>

namespace privmap::findings_output {

/// The path a user reaches `file` by: the model root as given, joined with the model-relative
/// file ("examples/econnect" + "activities.toml").
std::string display_path(const Model&, std::string_view file);

/// "examples/econnect/activities.toml:12:5" (only the path when the line is unknown; "privmap"
/// when there is no file): where a diagnostic points, as every text output writes it.
std::string location_text(const Model&, const Location& where);

/// Something of each file (its shown path, its URI) worked out once: a check prints tens of
/// thousands of locations in a few dozen files, and normalising a path costs more than the rest
/// of a location.
template <class Value> class PerFile {
public:
    /// The value of `file`, made by `make()` the first time it is asked for.
    template <class Make> const Value& operator()(FileName file, Make make) {
        // Findings come sorted by file: nearly every look-up asks for the file asked for last.
        if (last_ && last_->first == file)
            return last_->second;
        auto known = std::find_if(values_.begin(), values_.end(),
                                  [file](const auto& entry) { return entry.first == file; });
        last_ = known != values_.end() ? &*known : &values_.emplace_back(file, make());
        return last_->second;
    }

private:
    std::deque<std::pair<FileName, Value>> values_; // each file's, in the order first asked for
    const std::pair<FileName, Value>* last_ = nullptr;
};

/// location_text, with each file's shown path worked out once.
class LocationTexts {
public:
    explicit LocationTexts(const Model& model) : model_(model) {}

    std::string operator()(const Location& where);
    void append(std::string& out, const Location& where);

private:
    const Model& model_;
    PerFile<std::string> paths_;
};

/// "model.dangling-ref" -> "model".
std::string rule_family(std::string_view rule_id);

/// "reason — approved by X, until 2027-01-01", in `lang`.
std::string waiver_text(const WaiverInfo&, std::string_view lang);

/// "error", "Fehler": a severity as a word of `lang` (the severity[rule] prefix of a finding
/// stays the same in every language, for the tools that read it).
std::string severity_word(Severity, std::string_view lang);

// Each format, written to the stream as it goes.
void write_text(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_json(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_sarif(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);
void write_github(std::ostream&, const Diagnostics&, const Model&, const FindingsOutputOptions&);

} // namespace privmap::findings_output
