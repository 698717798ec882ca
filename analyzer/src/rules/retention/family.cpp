#include "rules/retention/retention.h"

namespace privmap::rules {

std::vector<const Rule*> retention_rules() {
    using namespace retention;
    return {&missing, &vague, &unbounded, &exceeds_purpose, &statutory_minimum, &no_trigger};
}

} // namespace privmap::rules
