#include "rules/report/report.h"

namespace privmap::report_rule {

const RuleInfo lang{
    .id = "report.lang",
    .severity = Severity::warning,
    .summary = "No message catalogue for the language asked for; the output is in English",
    .what = "That templates/i18n/<lang>.json exists for the language of `--lang` or of the "
            "model's `[model] language`. Without it privmap writes English and says so.",
    .why = "A register is kept in writing (Art. 30(3)) and made available to the supervisory "
           "authority on request (Art. 30(4)). The organisation chooses its language; an English "
           "document where a Dutch one was expected should not come as a surprise.",
    .legal = "GDPR Art. 30(3), 30(4)",
    .example = "[model]\nlanguage = \"fr\"   # there is no templates/i18n/fr.json",
    .fix = "Use `--lang nl` or `--lang en`, or add a catalogue templates/i18n/<lang>.json with "
           "every key of en.json (docs/contributing.md).",
};

} // namespace privmap::report_rule
