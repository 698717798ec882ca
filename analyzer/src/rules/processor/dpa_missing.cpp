#include "rules/processor/processor.h"

#include <privmap/facts.h>
#include <privmap/vocabulary.h>

namespace privmap::rules::processor {
namespace {

void check_dpa_missing(const Context& context, Findings& findings) {
    for (const Party& party : context.model.parties) {
        if (!needs_dpa(party) || !party.dpa.empty())
            continue;
        findings.add(dpa_missing.info, party.id, party.at("role"),
                     {"processor.dpa-missing",
                      {{"role", std::string(to_name(party.role))}, {"party", party.id}}},
                     {"processor.dpa-missing.help", {{"party", party.id}}});
    }
}

} // namespace

const Rule dpa_missing{
    {
        .id = "processor.dpa-missing",
        .severity = Severity::error,
        .summary = "a processor or sub-processor has no Art. 28 agreement",
        .what = "Every `[[party]]` with role `processor` or `sub-processor` must carry in `dpa` a "
                "reference to the contract or other legal act that binds it.",
        .why =
            "Processing by a processor must be governed by a contract or legal act that sets out "
            "the subject-matter, duration, nature and purpose of the processing and the Art. "
            "28(3) guarantees (instructions, confidentiality, security, sub-processors, "
            "assistance, deletion, audits). Without it the controller cannot show the processor "
            "is bound.",
        .legal = "GDPR Art. 28(3), 28(4), 28(9)",
        .example = R"([[party]]
id = "mailer"
name = "Mailer Inc."
role = "processor"
country = "IE"
)",
        .fix = "Sign a data processing agreement with the party and record its reference in `dpa`.",
    },
    check_dpa_missing};

} // namespace privmap::rules::processor
