// Sensitive data reaching an activity, and how: listed in its `categories` (perhaps as a
// narrower or broader category than the one that is sensitive) or brought in by the lineage
// graph. Shared by the rules that care where special, criminal or national-id data goes.
#pragma once

#include "rules/rule.h"

#include <functional>

namespace privmap::rules {

/// A property a category declares itself or inherits from its ancestors (MODEL.md).
struct CategoryProperty {
    bool (*declares)(const Category&); // the category's own declaration sets the property
    bool (*holds)(const Category&);    // the category has it, own or inherited
};

/// Art. 9(1) special categories (criminal data, Art. 10, is not one of them).
extern const CategoryProperty art9_special;
/// Criminal convictions and offences (Art. 10).
extern const CategoryProperty criminal;
/// Art. 9(1) or Art. 10 data.
extern const CategoryProperty special_or_criminal;
/// National identification numbers (Art. 87).
extern const CategoryProperty national_identifier;

/// One category with the property that reaches an activity.
struct Reach {
    std::size_t origin = 0;       // the category whose own declaration gives the property
    std::size_t via_category = 0; // the category the model shows: listed, or flowing in
    std::string via;              // its id
    std::string path;             // "crm → hr-absence" when the data flows in, empty when listed
    Location where;          // the `categories` value, or the key that declared the incoming edge
    std::vector<Note> notes; // how `via` relates to `origin`: `sick-leave` is a kind of `health`
};

/// The categories with `property` that `activity` processes, one per origin category,
/// listed ones first (in `categories` order), then those only flowing in.
std::vector<Reach> reaching(const Context&, std::size_t activity, const CategoryProperty&);

/// The message `reach` ("`health`, via `sick-leave` along crm → hr-absence"): the property's
/// name (`label`) and, when they add something, the category and the path.
Message describe_reach(std::string_view label, const Reach&);

/// Adds to `finding` the notes of the first reach (the finding's own location), then a note at
/// each further reach (`reach.also`, described by `describe`) followed by its notes.
void add_reach_notes(Diagnostic& finding, const std::vector<Reach>&,
                     const std::function<Message(const Reach&)>& describe);

} // namespace privmap::rules
