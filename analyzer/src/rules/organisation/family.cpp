#include "rules/organisation/organisation.h"

namespace privmap::rules {

std::vector<const Rule*> organisation_rules() {
    using namespace organisation;
    return {&contact_missing,  &dpo_missing,    &representative_missing,
            &rights_procedure, &review_overdue, &due_soon};
}

} // namespace privmap::rules
