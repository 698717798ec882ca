#include "findings_output_detail.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <privmap/agenda_output.h>
#include <privmap/findings_output.h>
#include <privmap/safe_text.h>

namespace privmap {
namespace {

using findings_output::display_path;
using findings_output::location_text;
using json = nlohmann::ordered_json;

std::string when(const Obligation& obligation, std::string_view lang) {
    long long days = obligation.days_left;
    if (days < 0)
        return message_text({"agenda.overdue", {{"days", -days}}}, lang);
    if (days == 0)
        return message_text({"agenda.today", {}}, lang);
    return message_text({"agenda.in", {{"days", days}}}, lang);
}

std::string described(const Obligation& obligation, std::string_view lang) {
    return message_text(obligation.what, lang) +
           (obligation.name.empty() ? "" : " (" + obligation.name + ")");
}

/// The columns `text` takes on a terminal: its code points ("aujourd’hui" is 11, not 13 bytes).
std::size_t columns(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string as_text(const std::vector<Obligation>& agenda, const Model& model,
                    const AgendaOptions& options, std::string_view lang) {
    if (agenda.empty()) {
        Message::Args args{{"today", options.today.str()}};
        if (options.within)
            args.emplace_back("within", options.within->str());
        return message_text({options.within ? "agenda.none.within" : "agenda.none", args}, lang) +
               "\n";
    }
    std::size_t width = 0;
    for (const Obligation& obligation : agenda)
        width = std::max(width, columns(when(obligation, lang)));
    std::string out;
    for (const Obligation& obligation : agenda) {
        std::string status = when(obligation, lang);
        out += obligation.due.str() + "  " + status + std::string(width - columns(status), ' ') +
               "  " + terminal_text(described(obligation, lang)) + "  " +
               terminal_text(location_text(model, obligation.where)) + "\n";
    }
    return out;
}

std::string as_json(const std::vector<Obligation>& agenda, const Model& model,
                    const AgendaOptions& options, std::string_view lang) {
    json out = {{"today", options.today.str()},
                {"within", options.within ? json(options.within->str()) : json(nullptr)},
                {"obligations", json::array()}};
    for (const Obligation& obligation : agenda)
        out["obligations"].push_back({{"date", obligation.due.str()},
                                      {"kind", to_string(obligation.kind)},
                                      {"entity", obligation.entity},
                                      {"name", obligation.name},
                                      {"description", message_text(obligation.what, lang)},
                                      {"days_left", obligation.days_left},
                                      {"overdue", obligation.overdue()},
                                      {"remind_on", obligation.remind_on.str()},
                                      {"file", display_path(model, obligation.where.file.path())},
                                      {"line", obligation.where.line},
                                      {"column", obligation.where.column}});
    return out.dump(2) + "\n";
}

// ---- iCalendar (RFC 5545) ----

/// A TEXT value (3.3.11): backslash, semicolon, comma and line ends escaped; other controls,
/// which a calendar cannot show, dropped. Calendars show plain text, so ids lose their backticks.
std::string ics_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '`' && (static_cast<unsigned char>(c) >= 0x20 || c == '\t') && c != 0x7f)
            out += c;
    }
    return out;
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// A content line folded at 75 octets (3.1), never inside a UTF-8 sequence, ended by CRLF.
std::string ics_line(std::string_view line) {
    std::string out;
    std::size_t limit = 75;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 1 && is_continuation(line[cut]))
            --cut;
        out.append(line.substr(0, cut)).append("\r\n ");
        line.remove_prefix(cut);
        limit = 74; // the leading space of a continuation counts
    }
    return out.append(line).append("\r\n");
}

std::string ics_date(const Date& date) {
    std::string iso = date.str();
    iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
    return iso;
}

std::string ics_event(const Obligation& obligation, const Model& model, const Date& today,
                      std::string_view lang) {
    std::string where = location_text(model, obligation.where);
    std::string summary = ics_text(described(obligation, lang));
    std::string out;
    for (const std::string& line : {
             std::string("BEGIN:VEVENT"),
             "UID:" +
                 ics_text(std::string(to_string(obligation.kind)) + "/" + obligation.entity + "/" +
                          obligation.where.str()) +
                 "@privmap",
             "DTSTAMP:" + ics_date(today) + "T000000Z",
             "DTSTART;VALUE=DATE:" + ics_date(obligation.due),
             "SUMMARY:" + summary,
             "DESCRIPTION:" + summary + "\\nentity: " + ics_text(obligation.entity) + "\\n" +
                 ics_text(where),
             "LOCATION:" + ics_text(where),
             "CATEGORIES:privmap," + std::string(to_string(obligation.kind)),
             std::string("BEGIN:VALARM"),
             std::string("ACTION:DISPLAY"),
             "DESCRIPTION:" + summary,
             "TRIGGER:-P" + std::to_string(days_between(obligation.remind_on, obligation.due)) +
                 "D",
             std::string("END:VALARM"),
             std::string("END:VEVENT"),
         })
        out += ics_line(line);
    return out;
}

std::string as_ics(const std::vector<Obligation>& agenda, const Model& model,
                   const AgendaOptions& options, std::string_view lang) {
    std::string title = model.info.title.empty() ? "privmap agenda" : model.info.title;
    std::string out = ics_line("BEGIN:VCALENDAR") + ics_line("VERSION:2.0") +
                      ics_line("PRODID:-//privmap//privmap agenda//EN") +
                      ics_line("CALSCALE:GREGORIAN") + ics_line("X-WR-CALNAME:" + ics_text(title));
    for (const Obligation& obligation : agenda)
        out += ics_event(obligation, model, options.today, lang);
    return out + ics_line("END:VCALENDAR");
}

} // namespace

std::string format_agenda(const std::vector<Obligation>& agenda, const Model& model,
                          const AgendaOptions& options, AgendaFormat format,
                          std::string_view lang) {
    switch (format) {
    case AgendaFormat::json:
        return as_json(agenda, model, options, lang);
    case AgendaFormat::ics:
        return as_ics(agenda, model, options, lang);
    case AgendaFormat::text:
        break;
    }
    return as_text(agenda, model, options, lang);
}

} // namespace privmap
