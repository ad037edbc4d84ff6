// Add one session to a calendar: its .ics invite (the reader's track and zone), Google Calendar,
// Outlook on the web. The web calendars get UTC instants; each shows them in its own zone.
import {
  type CalendarEntry,
  googleCalendarUrl,
  outlookCalendarUrl,
  sessionIcsUrl,
} from "../lib/addToCalendar";

interface Props {
  ics: string;
  track: string | null;
  zone: string;
  entry: CalendarEntry;
  cancelled: boolean;
}

export function SessionAddToCalendar({ ics, track, zone, entry, cancelled }: Props) {
  const file = sessionIcsUrl(ics, track, zone);
  return (
    <section class="session-calendar" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Add to calendar</h2>
      {cancelled ? (
        <p>
          This session is cancelled.{" "}
          <a href={file} download>
            The calendar file (.ics)
          </a>{" "}
          removes it from a calendar that has it.
        </p>
      ) : (
        <>
          <ul class="calendar-links">
            <li>
              <a class="button" href={file} download>
                Calendar file (.ics)
              </a>
              <span class="hint"> Apple Calendar, Outlook, Thunderbird and most calendar apps</span>
            </li>
            <li>
              <a class="button secondary" href={googleCalendarUrl(entry)} target="_blank" rel="noopener noreferrer">
                Google Calendar
              </a>
            </li>
            <li>
              <a class="button secondary" href={outlookCalendarUrl(entry, "personal")} target="_blank" rel="noopener noreferrer">
                Outlook.com
              </a>
            </li>
            <li>
              <a class="button secondary" href={outlookCalendarUrl(entry, "work")} target="_blank" rel="noopener noreferrer">
                Outlook (work or school)
              </a>
            </li>
          </ul>
          <p class="hint">
            Google Calendar and Outlook get a copy of the times as they are now. To follow later changes,
            subscribe to the event's calendar from its agenda.
          </p>
        </>
      )}
    </section>
  );
}
