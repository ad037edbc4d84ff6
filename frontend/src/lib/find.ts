// Finding things on the agenda: a search over title, people and description (case- and
// accent-insensitive), and filters by room, segment kind, person and language. The state
// lives in the URL query so a filtered view can be shared: q, room, kind, person, language,
// starred (`language`, as the API's filter; `lang` is the page's own language, PRODUCT.md).

/** What a session offers to be found by (the agenda's sessions have this shape). */
export interface Findable {
  id: string;
  title: string;
  description?: string | null;
  room?: string | null;
  people: readonly { name: string; role?: string }[];
  segments: readonly ({ kind: string; title?: string } & Followable)[];
  /** Spoken languages (BCP 47), when the API carries them. */
  languages?: readonly string[] | null;
  interpretation?: readonly string[] | null;
  sign_language?: readonly string[] | null;
}

/** The languages a session or segment can be followed in (BCP 47 tags). */
interface Followable {
  languages?: readonly string[] | null;
  interpretation?: readonly string[] | null;
  sign_language?: readonly string[] | null;
}

export interface Filters {
  q: string;
  room: string | null;
  kind: string | null;
  person: string | null;
  lang: string | null;
  starred: boolean;
}

export const NO_FILTERS: Filters = { q: "", room: null, kind: null, person: null, lang: null, starred: false };

/** The query parameters the filters are kept in (setQuery removes a null). */
export const FILTER_PARAMS = ["q", "room", "kind", "person", "language", "starred"] as const;

export function filtersFromQuery(params: URLSearchParams): Filters {
  const get = (k: string) => {
    const v = params.get(k);
    return v && v.trim() ? v : null;
  };
  return {
    q: params.get("q") ?? "",
    room: get("room"),
    kind: get("kind"),
    person: get("person"),
    lang: get("language"),
    starred: params.get("starred") === "1",
  };
}

/** The filters as query changes for setQuery (null removes a parameter). */
export function filtersToQuery(f: Filters): Record<string, string | null> {
  return {
    q: f.q.trim() ? f.q : null,
    room: f.room,
    kind: f.kind,
    person: f.person,
    language: f.lang,
    starred: f.starred ? "1" : null,
  };
}

export function isFiltering(f: Filters): boolean {
  return !!(f.q.trim() || f.room || f.kind || f.person || f.lang || f.starred);
}

/**
 * Text folded for matching: compatibility-decomposed, combining marks dropped, lower-cased,
 * whitespace collapsed. "Société" and "SOCIETE" fold alike, as do "Ｔｏｋｙｏ" and "tokyo".
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[ıİ]/g, "i")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The query's words, folded; a session matches when every word is found. */
export function queryWords(q: string): string[] {
  return fold(q).split(" ").filter(Boolean);
}

const folded = new WeakMap<Findable, string>();

/** Everything a search looks in: the title, each person's name, the description (folded once
 * per session object: each keystroke then costs a substring search per session). */
export function haystack(s: Findable): string {
  let text = folded.get(s);
  if (text === undefined) {
    text = fold([s.title, ...s.people.map((p) => p.name), s.description ?? ""].join("\n"));
    folded.set(s, text);
  }
  return text;
}

/** The languages a session can be followed in: spoken, interpreted into or signed, its own
 * and its segments' (a French speaker finds a session with French interpretation). */
export function languagesOf(s: Findable): string[] {
  const out = new Set<string>();
  const add = (f: Followable) => {
    for (const l of f.languages ?? []) out.add(l);
    for (const l of f.interpretation ?? []) out.add(l);
    for (const l of f.sign_language ?? []) out.add(l);
  };
  add(s);
  for (const g of s.segments) add(g);
  return [...out];
}

export function matches(s: Findable, f: Filters, starred?: ReadonlySet<string>): boolean {
  if (f.starred && !(starred?.has(s.id) ?? false)) return false;
  if (f.room && (s.room ?? "") !== f.room) return false;
  if (f.kind && !s.segments.some((g) => g.kind === f.kind)) return false;
  if (f.person && !s.people.some((p) => p.name === f.person)) return false;
  if (f.lang) {
    const want = f.lang.toLowerCase();
    // "fr" finds "fr-CA" too; "fr-CA" finds only itself.
    if (!languagesOf(s).some((l) => l.toLowerCase() === want || l.toLowerCase().startsWith(`${want}-`))) return false;
  }
  const words = queryWords(f.q);
  if (words.length > 0) {
    const hay = haystack(s);
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

export interface Facets {
  rooms: string[];
  kinds: string[];
  people: string[];
  languages: string[];
}

/** The values the filters offer: those the sessions carry, sorted for people to scan. */
export function facets(sessions: readonly Findable[], locale?: string): Facets {
  const rooms = new Set<string>();
  const kinds = new Set<string>();
  const people = new Set<string>();
  const languages = new Set<string>();
  for (const s of sessions) {
    if (s.room) rooms.add(s.room);
    for (const g of s.segments) kinds.add(g.kind);
    for (const p of s.people) people.add(p.name);
    for (const l of languagesOf(s)) languages.add(l);
  }
  const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, locale));
  return { rooms: sort(rooms), kinds: sort(kinds), people: sort(people), languages: sort(languages) };
}
