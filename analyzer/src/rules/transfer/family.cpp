#include "rules/transfer/transfer.h"

namespace privmap::rules {

std::vector<const Rule*> transfer_rules() {
    using namespace transfer;
    return {&no_safeguard, &unknown_destination, &tia_missing, &undeclared_recipient};
}

} // namespace privmap::rules
