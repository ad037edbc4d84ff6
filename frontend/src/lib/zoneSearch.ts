// Finding a zone the way people ask for it: by city ("new york"), country in their own
// language ("Saudi", "السعودية"), abbreviation ("EST") or offset ("+03"). Countries and
// abbreviations per zone come from the server's tzdata (GET /api/v1/zones); country names
// from the browser's CLDR data (Intl.DisplayNames), so they follow the viewer's language.
import { offsetMinutes, zoneOffset } from "./time";

export interface ZoneFacts {
  zone: string;
  countries: string[];
  abbreviations: string[];
  /** The first zone tzdata lists for one of its countries (New York for the US). */
  principal?: boolean;
}

/** What a zone can be found by, normalised for matching. */
export interface ZoneTerms {
  countries: string[];
  abbreviations: string[];
  /** The countries as the viewer reads them ("Saudi Arabia"), to show beside the zone. */
  countryLabel: string;
  principal: boolean;
}

export type ZoneIndex = Map<string, ZoneTerms>;

/** Lower case, no accents, spaces for underscores and slashes: "São_Paulo" -> "sao paulo". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The name this browser uses for a zone (e.g. Asia/Kolkata may be Asia/Calcutta here). */
function browserName(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

function regionNamers(locales: readonly string[]): Intl.DisplayNames[] {
  const namers: Intl.DisplayNames[] = [];
  for (const locale of new Set([...locales, "en"])) {
    try {
      namers.push(new Intl.DisplayNames([locale], { type: "region", fallback: "none" }));
    } catch {
      // An unknown locale tag names nothing; the others still do.
    }
  }
  return namers;
}

/** Index the directory under both the server's and this browser's zone names. */
export function buildZoneIndex(facts: ZoneFacts[], locales: readonly string[]): ZoneIndex {
  const namers = regionNamers(locales);
  const named = (code: string) =>
    namers.map((n) => n.of(code)).filter((s): s is string => !!s);
  const index: ZoneIndex = new Map();
  for (const f of facts) {
    const terms: ZoneTerms = {
      countries: [...new Set(f.countries.flatMap((c) => named(c).map(normalise)))],
      abbreviations: f.abbreviations.map((a) => a.toLowerCase()),
      countryLabel: f.countries.map((c) => named(c)[0] ?? c).join(", "),
      principal: !!f.principal,
    };
    index.set(f.zone, terms);
    const local = browserName(f.zone);
    if (local !== f.zone && !index.has(local)) index.set(local, terms);
  }
  return index;
}

function wordStart(haystack: string, needle: string): boolean {
  return haystack.startsWith(needle) || haystack.includes(` ${needle}`);
}

/** How well `zone` answers `q` (normalised); lower is better, null is no match. */
function score(zone: string, q: string, terms: ZoneTerms | undefined): number | null {
  const name = normalise(zone);
  const place = normalise(zone.slice(zone.lastIndexOf("/") + 1));
  if (place === q || terms?.abbreviations.includes(q)) return 0;
  if (terms?.countries.some((c) => c === q)) return 1;
  if (wordStart(place, q) || terms?.countries.some((c) => wordStart(c, q))) return 2;
  if (name.includes(q)) return 3;
  if (q.length >= 3 && terms?.countries.some((c) => c.includes(q))) return 4;
  return null;
}

/**
 * The zones matching `query`, best first (then alphabetically). An offset query ("+03",
 * "UTC-5") matches zones at that offset at `now`, the instant the page is about.
 */
export function searchZones(
  query: string,
  zones: string[],
  now: Date,
  index: ZoneIndex = new Map(),
): string[] {
  const raw = query.trim().toLowerCase();
  if (!raw) return zones;
  if (/^(utc|gmt)?\s*[+\-−]/.test(raw)) {
    const wanted = raw.replace(/^(utc|gmt)\s*/, "").replace("−", "-");
    const hm = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(wanted);
    if (hm) {
      // "+3", "+03", "+0530", "-5:00": the offset itself, not a substring of its label.
      const minutes = (hm[1] === "-" ? -1 : 1) * (Number(hm[2]) * 60 + Number(hm[3] ?? 0));
      return zones.filter((z) => offsetMinutes(z, now) === minutes);
    }
    return zones.filter((z) => zoneOffset(z, now).toLowerCase().replace("−", "-").includes(wanted));
  }
  const q = normalise(query);
  // Ties (the many zones on EST, a country's several zones) go first to the country with the
  // most matching zones (the US for EST), then to a country's main zone, then to zones keeping
  // both a standard and a summer name (EST/EDT over EST all year), then A-Z.
  const matched: [number, string, ZoneTerms | undefined][] = [];
  const perCountry = new Map<string, number>();
  for (const z of zones) {
    const terms = index.get(z);
    const s = score(z, q, terms);
    if (s === null) continue;
    matched.push([s, z, terms]);
    for (const c of terms?.countries.slice(0, 1) ?? []) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
  }
  const ranked = matched.map(([s, z, terms]) => {
    const share = Math.max(0, ...(terms?.countries.slice(0, 1) ?? []).map((c) => perCountry.get(c) ?? 0));
    const tie = (terms?.principal ? 0 : 2) + ((terms?.abbreviations.length ?? 0) > 1 ? 0 : 1);
    return [s, -share, tie, z] as const;
  });
  ranked.sort(
    (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0),
  );
  return ranked.map(([, , , z]) => z);
}

let pending: Promise<ZoneIndex> | null = null;

/** The directory, fetched once per page (the server lets the browser cache it for a day). */
export function loadZoneIndex(locales: readonly string[] = navigator.languages ?? []): Promise<ZoneIndex> {
  pending ??= fetch("/api/v1/zones", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? (r.json() as Promise<{ zones: ZoneFacts[] }>) : { zones: [] }))
    .then((body) => buildZoneIndex(body.zones, locales))
    .catch(() => {
      pending = null; // offline or failed: names and offsets still work; try again next time
      return new Map();
    });
  return pending;
}
