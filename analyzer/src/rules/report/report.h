// The report.* rules: what can go wrong while `privmap report` writes its documents. The reports
// library reports them (privmap::report_rule in analyzer.h); they are documented here, in the one
// table of rules, so that `privmap explain` and docs/rules know every id privmap can print.
#pragma once

#include "rules/rule.h"
