// A semantic diff of two versions of a model: what a reviewer of a merge request needs to
// see, not which lines changed.
#pragma once

#include <optional>
#include <privmap/analyzer.h>
#include <string>
#include <string_view>
#include <vector>

namespace privmap {

// In the order a reviewer reads them: what the change breaks or mends first.
enum class ChangeKind {
    finding_introduced,
    finding_fixed,
    finding_waived, // the old version reported it; a waiver now accepts it (`waiver`)
    activity_added,
    activity_removed,
    category_added, // a new data category in the model
    category_removed,
    processing_added, // an existing activity now processes a category (`detail`)
    processing_removed,
    recipient_added, // an activity's data now reaches a party, declared or found (`detail`)
    recipient_removed,
    transfer_added, // an activity's data now reaches an importer outside the EEA (`detail`:
                    // its country, `destination`: the party or system)
    transfer_removed,
    transfer_changed, // the same importer, another country or safeguard
    sensitive_added,  // special, criminal or national-id data now reaches an activity
    sensitive_removed,
    basis_changed,     // an activity's lawful basis or Art. 9(2) condition
    retention_changed, // how long an activity keeps a category (`detail`), or a system's rules
    dpia_changed,      // an activity's DPIA status
};
/// The stable name of a kind in JSON: "activity-added".
std::string_view to_string(ChangeKind);
/// Whether a change of this kind takes something away (a finding fixed, an activity or
/// recipient removed, …): what it is about is in the old version only.
bool removes(ChangeKind);

struct Change {
    ChangeKind kind = ChangeKind::activity_added;
    std::string entity;      // the activity, category or system concerned (a finding's entity)
    std::string detail;      // the category, recipient, country, or the finding's rule
    std::string before;      // the old value or name ("" when none)
    std::string after;       // the new value or name, or the transfer's path
    Message message;         // the finding's message (finding changes)
    std::string special;     // the Art. 9/10 kinds concerned ("health, criminal"), "" when none
    std::string destination; // of a transfer: the party or system the data reaches
    std::string safeguard;   // of a transfer: "scc", "adequacy", "none", "not-recorded"
    std::string safeguard_before;       // of a changed transfer: its safeguard before (`before` has
                                        // its country then)
    std::string trend;                  // of a retention change: "shortened", "lengthened" or ""
    Severity severity = Severity::note; // of a finding
    Location where;                     // of an introduced finding, in the new model
    std::optional<WaiverInfo> waiver;   // the waiver that now accepts a waived finding
};

struct ModelDiff {
    /// Sorted: by kind, findings by descending severity, then entity, detail and values.
    std::vector<Change> changes;
};

/// Compares two resolved and analysed models. Waived findings do not count: a finding whose
/// waiver expired or was removed is introduced, one a new waiver accepts is waived.
ModelDiff diff_models(const Model& before, const Analysis& before_analysis, const Model& after,
                      const Analysis& after_analysis);

} // namespace privmap
