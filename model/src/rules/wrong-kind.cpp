#include "rules.h"

namespace privmap::model_rule {

const RuleInfo wrong_kind{
    .id = "model.wrong-kind",
    .severity = Severity::error,
    .summary = "a reference to an entity of the wrong kind",
    .what = "That every reference names an entity of the kind its key expects: `purposes` names "
            "purposes, `systems` names systems, a flow goes `to` a system, party or activity, and "
            "so on. The message names both kinds.",
    .why =
        "The key says which kind it names, so a reference to another kind is always a mistake, and "
        "it would put an entity in the wrong place of the register or the lineage graph.",
    .legal = "GDPR Art. 30(1)",
    .example =
        "[[activity]]\nid = \"sales\"\nname = \"Sales\"\nrole = \"controller\"\nsubjects = "
        "[\"customers\"]\ncategories = [\"contact\"]\npurposes = [\"crm\"]   # `crm` is a system",
    .fix =
        "Refer to an entity of the expected kind, or move the id to the key that expects its kind.",
};

} // namespace privmap::model_rule
