"""Prints the events of an iCalendar file as a real calendar library reads them, one per line:
DTSTART|SUMMARY|DESCRIPTION|LOCATION|TRIGGER. Used by agenda_test.cpp to check `--format ics`."""
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
print("calendar|" + str(calendar["PRODID"]) + "|" + str(calendar["X-WR-CALNAME"]))
for event in calendar.walk("VEVENT"):
    alarm = event.walk("VALARM")[0]
    fields = [
        event.decoded("DTSTART").isoformat(),
        str(event["SUMMARY"]),
        str(event["DESCRIPTION"]).replace("\n", "\\n"),
        str(event["LOCATION"]),
        str(alarm.decoded("TRIGGER")),
        str(event["UID"]),
    ]
    print("|".join(fields))
