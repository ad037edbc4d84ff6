// "Add to calendar" links for one session: its own .ics invite (with the reader's track and
// zone), and Google Calendar and Outlook web links. The web calendars take UTC instants, so
// what they get never depends on the reader's browser zone.

export interface CalendarEntry {
  title: string;
  /** Instants with their offsets, as the API gives them ("2024-12-18T15:45:00+03:00"). */
  start: string;
  end: string;
  details?: string | null;
  location?: string | null;
}

const DETAILS_MAX = 1500;

/** "20241218T124500Z": the UTC form of an instant (RFC 5545 basic format). */
export function utcBasic(instant: string | Date): string {
  return toDate(instant).toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** "2024-12-18T12:45:00Z": the UTC form Outlook's compose link reads. */
export function utcExtended(instant: string | Date): string {
  return toDate(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function toDate(instant: string | Date): Date {
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return d;
}

// Links have practical length limits (browsers, the calendars' servers): a long description
// is shortened, the link back to the page never is.
function clip(text: string): string {
  return text.length > DETAILS_MAX ? `${text.slice(0, DETAILS_MAX - 1)}…` : text;
}

/** Google Calendar's event template: text, dates=START/END in UTC, details, location. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const q = new URLSearchParams({
    action: "TEMPLATE",
    text: entry.title,
    dates: `${utcBasic(entry.start)}/${utcBasic(entry.end)}`,
  });
  if (entry.details) q.set("details", entry.details);
  if (entry.location) q.set("location", entry.location);
  return `https://calendar.google.com/calendar/render?${q}`;
}

/** Outlook on the web: outlook.live.com (personal accounts) or outlook.office.com (work or school). */
export function outlookCalendarUrl(entry: CalendarEntry, account: "personal" | "work" = "personal"): string {
  const host = account === "work" ? "outlook.office.com" : "outlook.live.com";
  const q = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: entry.title,
    startdt: utcExtended(entry.start),
    enddt: utcExtended(entry.end),
  });
  if (entry.details) q.set("body", entry.details);
  if (entry.location) q.set("location", entry.location);
  return `https://${host}/calendar/0/deeplink/compose?${q}`;
}

/** The session's own invite with the reader's track and zone (`?track=&tz=`), keeping its origin. */
export function sessionIcsUrl(ics: string, track?: string | null, tz?: string | null): string {
  const url = new URL(ics, "http://relative.invalid");
  if (track) url.searchParams.set("track", track);
  else url.searchParams.delete("track");
  if (tz) url.searchParams.set("tz", tz);
  else url.searchParams.delete("tz");
  const s = url.search;
  return url.origin === "http://relative.invalid" ? `${url.pathname}${s}` : `${url.origin}${url.pathname}${s}`;
}

/** The description a web calendar gets: the join link first (as our calendars do), then the
 * session's text, then a link back to its page. */
export function entryDetails(parts: { joinUrl?: string | null; description?: string | null; pageUrl: string }): string {
  const lines: string[] = [];
  if (parts.joinUrl) lines.push(`Join online: ${parts.joinUrl}`, "");
  if (parts.description) lines.push(clip(parts.description), "");
  lines.push(`Details: ${parts.pageUrl}`);
  return lines.join("\n");
}
