#include "rules/report/report.h"

namespace privmap::rules {

std::vector<RuleInfo> report_rules() {
    return {report_rule::tool,   report_rule::write, report_rule::template_,
            report_rule::format, report_rule::lang,  report_rule::diagram};
}

} // namespace privmap::rules
