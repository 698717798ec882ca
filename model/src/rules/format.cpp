#include "rules.h"

namespace privmap::model_rule {

const RuleInfo format{
    .id = "model.format",
    .severity = Severity::error,
    .summary = "the model declares a format privmap does not know",
    .what = "That `[model]` is declared exactly once and its `format` is a version privmap knows. "
            "Format 1 is the only one.",
    .why = "The format version says which language the model is written in; reading a model in a "
           "language privmap does not know could silently misread it.",
    .legal = "GDPR Art. 30(3)",
    .example = "[model]\nformat = 2",
    .fix = "Write `format = 1` in `[model]`, or upgrade privmap if the model was written for a "
           "newer version.",
};

} // namespace privmap::model_rule
