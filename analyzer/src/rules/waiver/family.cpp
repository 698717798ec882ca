#include "rules/waiver/waiver.h"

namespace privmap::rules {

std::vector<const Rule*> waiver_rules() {
    return {&waiver::expired, &waiver::unused};
}

} // namespace privmap::rules
