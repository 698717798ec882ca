// The agenda (privmap agenda) as text for people, JSON for scripts and iCalendar (RFC 5545)
// for the DPO's calendar.
#pragma once

#include <privmap/agenda.h>
#include <string>
#include <vector>

namespace privmap {

enum class AgendaFormat { text, json, ics };

/// `options` says what the agenda was made for (its today and horizon); paths are shown as the
/// user reaches them, as in findings; the words are those of the catalogue `lang`.
std::string format_agenda(const std::vector<Obligation>&, const Model&, const AgendaOptions&,
                          AgendaFormat, std::string_view lang = "en");

} // namespace privmap
