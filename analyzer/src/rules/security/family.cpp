#include "rules/security/security.h"

namespace privmap::rules {

std::vector<const Rule*> security_rules() {
    return {&security::none, &security::special_data};
}

} // namespace privmap::rules
