#include "rules.h"

namespace privmap::model_rule {

const RuleInfo limit{
    .id = "model.limit",
    .severity = Severity::error,
    .summary = "a model is larger than privmap reads by default",
    .what = "That a model stays within privmap's resource limits, so that no input can make it "
            "run for minutes or use gigabytes: the bytes of one file (`file-bytes`, 16 MiB) and "
            "of all files together (`model-bytes`, 64 MiB), the number of files (`files`, "
            "10,000), how deep folders nest below the model's root (`depth`, 32), the number of "
            "tables with an id, flows and waivers (`entities`, 250,000) and the steps of the "
            "lineage graph's category searches, each subcategory counted (`reach`, 50,000,000). "
            "The error names the limit; `--limit NAME=N` on `check`, `trace`, `report` and "
            "`diff` raises it.",
    .why = "A register is checked in CI on every change and often generated or merged from many "
           "sources; a runaway input must fail fast with a reason rather than exhaust the "
           "machine. A real register of 10,000 activities is about 15 MB.",
    .legal = "GDPR Art. 30(3): the record shall be in writing, including in electronic form",
    .example = "# a model folder holding 20 files of 16 MiB each\n",
    .fix = "Check that the model holds only what it should (a generated file may have run away); "
           "if it is really that large, raise the limit: `privmap check --limit model-bytes=200M "
           "MODEL`.",
};

} // namespace privmap::model_rule
