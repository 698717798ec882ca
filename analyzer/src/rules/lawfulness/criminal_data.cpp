#include "rules/lawfulness/lawfulness.h"
#include "rules/wording.h"

namespace privmap::rules::lawfulness {
namespace {

/// Art. 10: under the control of official authority (a public body performing its task), or
/// authorised by a law, which `criminal_data_law` names (or, in older models, `basis_reference`).
bool authorised(const Context& context, const Activity& activity) {
    bool official_authority = context.model.organisation &&
                              context.model.organisation->public_body &&
                              activity.lawful_basis == LawfulBasis::public_task;
    return official_authority || !activity.criminal_data_law.empty() ||
           cites_law(activity.basis_reference);
}

void check_criminal_data(const Context& context, Findings& findings) {
    report_unsatisfied(
        context, findings,
        {criminal_data, criminal,
         [&](const Activity& activity) { return authorised(context, activity); },
         [](const Reach& reach) { return describe_reach("criminal", reach); },
         [](const Activity& activity, Message data) {
             Message::Args args{{"activity", activity.id}, {"data", std::vector{std::move(data)}}};
             if (activity.basis_reference.empty())
                 return Message{"lawfulness.criminal-data", std::move(args)};
             args.emplace_back("reference", activity.basis_reference);
             return Message{"lawfulness.criminal-data.no-law", std::move(args)};
         },
         [](const Activity&) {
             return Message{"lawfulness.criminal-data.help", {}};
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
            "graph) unless a law authorises it: `criminal_data_law` names the Union or Member "
            "State law (e.g. \"UAVG art. 33 lid 4 sub c\"). An internal document such as a "
            "legitimate-interests assessment in `basis_reference` is not such a law; a "
            "`basis_reference` that cites an article of a law is still accepted, as models "
            "written before `criminal_data_law` did. A public body performing its public task "
            "processes the data under the control of official authority and needs no further "
            "law here.",
        .why =
            "Personal data relating to criminal convictions and offences may be processed only "
            "under the control of official authority or where Union or Member State law authorises "
            "it, with appropriate safeguards. Without the law named, nobody can check that the "
            "authorisation exists and covers this use.",
        .legal = "GDPR Art. 10; UAVG art. 31-33 (NL)",
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
               "`criminal_data_law` (the Art. 6 basis stays in `basis_reference`), or stop "
               "processing the data.",
    },
    check_criminal_data};

} // namespace privmap::rules::lawfulness
