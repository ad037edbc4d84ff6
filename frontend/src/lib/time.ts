// Time helpers. Instants from the API carry their offset; display goes through Intl in the
// browser's locale, in an explicit IANA zone. Wall times ("2024-12-18T15:45") are what
// organisers write in the event's zone; they are handled as naive strings, never as Dates
// in the browser's zone.

export const SNAP_MINUTES = 5;

export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

let zoneCache: string[] | null = null;

/** Every IANA zone this browser knows, UTC included, sorted. */
export function allZones(): string[] {
  if (zoneCache) return zoneCache;
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf(
      "timeZone",
    );
  } catch {
    zones = [];
  }
  const set = new Set(zones);
  set.add("UTC");
  zoneCache = [...set].sort();
  return zoneCache;
}

export function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

/** "UTC+03:00", "UTC−05:00": the zone's offset at the instant `at`. There is no default on
 * purpose: an offset labels an instant, and today's offset is wrong for a date after a clock
 * change (New York in March, Oslo in June). */
export function zoneOffset(zone: string, at: Date): string {
  const minutes = offsetMinutes(zone, at);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The zone's offset from UTC in minutes at the instant `at`. */
export function offsetMinutes(zone: string, at: Date): number {
  // One formatter per zone, kept: the heat strip and zone search ask hundreds of times a render.
  const parts = fmt(
    zone,
    { hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" },
    "en-US",
  ).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string, options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

/** The time of day of an instant in a zone, in the browser's locale: "07:45" or "7:45 AM". */
export function formatTime(instant: string | Date, zone: string, locale?: string): string {
  return fmt(zone, { hour: "2-digit", minute: "2-digit" }, locale).format(new Date(instant));
}

/** "Thu 19 Dec" for an instant in a zone. */
export function formatShortDate(instant: string | Date, zone: string, locale?: string): string {
  return fmt(zone, { weekday: "short", day: "numeric", month: "short" }, locale).format(
    new Date(instant),
  );
}

/** A calendar date ("2024-12-18"), which has no zone: "Wednesday 18 December 2024";
 * "short" is "Wed 18 Dec", "medium" adds the year ("Wed 18 Dec 2024"). */
export function formatDate(
  date: string,
  style: "long" | "medium" | "short" = "long",
  locale?: string,
): string {
  const d = new Date(`${date}T12:00:00Z`);
  return fmt(
    "UTC",
    style === "long"
      ? { weekday: "long", day: "numeric", month: "long", year: "numeric" }
      : style === "medium"
        ? { weekday: "short", day: "numeric", month: "short", year: "numeric" }
        : { weekday: "short", day: "numeric", month: "short" },
    locale,
  ).format(d);
}

/** The offsets a zone has over an interval's ends: "UTC−04:00", or "UTC+01:00 → UTC+02:00"
 * when its clocks change in between. */
export function offsetSpan(zone: string, start: Date, end: Date): string {
  const a = zoneOffset(zone, start);
  const b = zoneOffset(zone, end);
  return a === b ? a : `${a} → ${b}`;
}

/** Noon UTC of a calendar date: an instant inside that date in every zone from UTC−12 to
 * UTC+11, for labelling a dates-only event or a day with its offset. */
export function middayOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The local calendar date ("2024-12-19") of an instant in a zone. */
export function localDate(instant: string | Date, zone: string): string {
  const parts = fmt(zone, { year: "numeric", month: "2-digit", day: "2-digit" }, "en-CA").formatToParts(
    new Date(instant),
  );
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** "in 4 min 05 s", "1 h 02 min": a countdown in a neutral, short form. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${pad(m)} min`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}

// ---- wall-clock strings (organiser side) --------------------------------------------------

/** The wall time an API instant shows: "2024-12-18T15:45:00+03:00" -> "2024-12-18T15:45". */
export function wallOf(instant: string): string {
  return instant.slice(0, 16);
}

export function wallDate(wall: string): string {
  return wall.slice(0, 10);
}

/** Minutes since the wall date's midnight. */
export function wallMinutes(wall: string): number {
  return Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
}

/** A wall time plus minutes (naive arithmetic on the clock face; the API judges gaps). */
export function addMinutes(wall: string, minutes: number): string {
  const d = new Date(`${wall}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + minutes);
  return d.toISOString().slice(0, 16);
}

export function wallAt(date: string, minutes: number): string {
  return addMinutes(`${date}T00:00`, minutes);
}

/** Minutes between two wall times. */
export function wallDiff(a: string, b: string): number {
  return (new Date(`${b}:00Z`).getTime() - new Date(`${a}:00Z`).getTime()) / 60000;
}

export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

/** "15:45" from a wall time (24-hour, as typed by organisers). */
export function wallClock(wall: string): string {
  return wall.slice(11, 16);
}

/** A wall time's clock in the viewer's locale ("15:45", "03:45 PM"): the face read as UTC, so
 * no zone of the browser's shifts it. */
export function formatWallClock(wall: string, locale?: string): string {
  return fmt("UTC", { hour: "2-digit", minute: "2-digit" }, locale).format(new Date(`${wall.slice(0, 16)}:00Z`));
}

/** Every date from start to end, inclusive ("2024-12-15".."2024-12-19"). */
export function dateRange(start: string, end: string): string[] {
  const out: string[] = [];
  let d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (d <= last && out.length < 400) {
    out.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

/** Minutes between two instants. */
export function minutesBetween(a: string, b: string): number {
  return (new Date(b).getTime() - new Date(a).getTime()) / 60000;
}
