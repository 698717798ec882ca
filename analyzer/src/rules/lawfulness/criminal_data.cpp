#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

namespace privmap::rules::lawfulness {
namespace {

void check_criminal_data(const Context& context, Findings& findings) {
    report_unsatisfied(
        context, findings,
        {criminal_data, criminal,
         [](const Activity& activity) { return !activity.basis_reference.empty(); },
         [](const Reach& reach) { return describe_reach("criminal", reach); },
         [](const Activity& activity, const std::string& data) {
             return "activity " + ticked(activity.id) + " processes criminal-offence data (" +
                    data + ") without citing the law that authorises it";
         },
         [](const Activity&) {
             return std::string(
                 "cite the authorising law in `basis_reference` (in NL e.g. `UAVG art. 33` "
                 "or the sector law), or remove the category");
         }});
}

} // namespace

const Rule criminal_data{
    {
        .id = "lawfulness.criminal-data",
        .severity = Severity::error,
        .summary = "criminal-offence data without the authorising law cited",
        .what =
            "Reports a controller activity that processes a category with `special = \"criminal\"` "
            "(listed, inherited through the category tree, or reaching it through the lineage "
            "graph) while `basis_reference` is empty. The law that authorises the processing "
            "belongs in `basis_reference`, next to the Art. 6 reference where there is one (\"UAVG "
            "art. 33 lid 2; LIA-2025-01\").",
        .why =
            "Personal data relating to criminal convictions and offences may be processed only "
            "under the control of official authority or where Union or Member State law authorises "
            "it, with appropriate safeguards. Without the law named, nobody can check that the "
            "authorisation exists and covers this use.",
        .legal = "GDPR Art. 10, Recital 19; UAVG art. 31-33 (NL); BDSG §24 (DE)",
        .example = R"([[category]]
id = "certificate-of-conduct"
name = "VOG"
special = "criminal"

[[activity]]
id = "hiring"
name = "Hiring"
role = "controller"
lawful_basis = "contract"
purposes = ["hiring"]
subjects = ["applicants"]
categories = ["certificate-of-conduct"]
)",
        .fix = "Name the Union or Member State law that authorises the processing in "
               "`basis_reference`, or stop processing the data.",
    },
    check_criminal_data};

} // namespace privmap::rules::lawfulness
