#include "rules/rule.h"

namespace privmap::rules {

namespace model_family {
extern const Rule unused;
extern const Rule incomplete;
} // namespace model_family

std::vector<const Rule*> model_rules() {
    return {&model_family::unused, &model_family::incomplete};
}

} // namespace privmap::rules
