import { describe, expect, it } from "vitest";
import { NO_FILTERS, facets, filtersFromQuery, filtersToQuery, fold, isFiltering, matches, queryWords } from "./find";

const TCCM = {
  id: "t",
  title: "A Technical Community Coalition for Multistakeholderism (TCCM)",
  description: "Why the Internet technical community matters.",
  room: "Workshop Room 2",
  people: [
    { name: "Amina Haddad", role: "moderator" },
    { name: "Lucas Moreau", role: "speaker" },
  ],
  segments: [
    { kind: "presentation", title: "Presentation on TCCM" },
    { kind: "qa", title: "Q&A" },
  ],
};
const FORUM = {
  id: "f",
  title: "Société numérique : débat",
  description: null,
  room: "Plenary Hall",
  people: [{ name: "Zoë Ørsted", role: "speaker" }],
  segments: [{ kind: "panel", languages: ["fr-CA"] }],
  languages: ["en"],
};
const f = (over: Partial<typeof NO_FILTERS>) => ({ ...NO_FILTERS, ...over });

describe("fold", () => {
  it("ignores case, accents and width", () => {
    expect(fold("Société")).toBe("societe");
    expect(fold("SOCIETE")).toBe("societe");
    expect(fold("Zoë Ørsted")).toBe("zoe orsted");
    expect(fold("Ｔｏｋｙｏ")).toBe("tokyo");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("  two\n words ")).toBe("two words");
  });
  it("splits a query into words", () => {
    expect(queryWords("  Technical   COMMUNITY ")).toEqual(["technical", "community"]);
    expect(queryWords("   ")).toEqual([]);
  });
});

describe("matches", () => {
  it("searches title, people and description, every word", () => {
    expect(matches(TCCM, f({ q: "coalition" }))).toBe(true);
    expect(matches(TCCM, f({ q: "moreau" }))).toBe(true);
    expect(matches(TCCM, f({ q: "internet matters" }))).toBe(true);
    expect(matches(TCCM, f({ q: "internet cybersecurity" }))).toBe(false);
    expect(matches(FORUM, f({ q: "societe numerique" }))).toBe(true);
    expect(matches(FORUM, f({ q: "ZOE" }))).toBe(true);
    expect(matches(FORUM, f({ q: "orsted" }))).toBe(true);
  });
  it("does not search the room", () => {
    expect(matches(TCCM, f({ q: "workshop" }))).toBe(false);
  });
  it("filters by room, segment kind, person and language", () => {
    expect(matches(TCCM, f({ room: "Workshop Room 2" }))).toBe(true);
    expect(matches(TCCM, f({ room: "Plenary Hall" }))).toBe(false);
    expect(matches(TCCM, f({ kind: "qa" }))).toBe(true);
    expect(matches(TCCM, f({ kind: "panel" }))).toBe(false);
    expect(matches(TCCM, f({ person: "Amina Haddad" }))).toBe(true);
    expect(matches(TCCM, f({ person: "Amina" }))).toBe(false);
    expect(matches(FORUM, f({ lang: "fr" }))).toBe(true);
    expect(matches(FORUM, f({ lang: "fr-CA" }))).toBe(true);
    expect(matches(FORUM, f({ lang: "en" }))).toBe(true);
    expect(matches(FORUM, f({ lang: "es" }))).toBe(false);
    expect(matches(TCCM, f({ lang: "en" }))).toBe(false);
  });

  it("finds a session by the languages it can be followed in: interpretation and sign language too", () => {
    const hybrid = { ...TCCM, languages: ["en"], interpretation: ["ar", "fr"], sign_language: ["ase"] };
    expect(matches(hybrid, f({ lang: "fr" }))).toBe(true);
    expect(matches(hybrid, f({ lang: "ar" }))).toBe(true);
    expect(matches(hybrid, f({ lang: "ase" }))).toBe(true);
    expect(matches(hybrid, f({ lang: "es" }))).toBe(false);
    const bySegment = { ...TCCM, segments: [{ kind: "discussion", interpretation: ["es"] }] };
    expect(matches(bySegment, f({ lang: "es" }))).toBe(true);
    expect(facets([hybrid, bySegment]).languages).toEqual(["ar", "ase", "en", "es", "fr"]);
  });
  it("combines filters, starred included", () => {
    expect(matches(TCCM, f({ q: "tccm", kind: "qa", room: "Workshop Room 2" }))).toBe(true);
    expect(matches(TCCM, f({ q: "tccm", kind: "panel" }))).toBe(false);
    expect(matches(TCCM, f({ starred: true }), new Set(["t"]))).toBe(true);
    expect(matches(FORUM, f({ starred: true }), new Set(["t"]))).toBe(false);
  });
});

describe("the URL keeps the filters", () => {
  it("round-trips", () => {
    const filters = f({ q: "débat", room: "Plenary Hall", kind: "panel", person: "Zoë Ørsted", lang: "fr", starred: true });
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filtersToQuery(filters))) if (v) q.set(k, v);
    expect(filtersFromQuery(new URLSearchParams(q.toString()))).toEqual(filters);
    expect(isFiltering(filtersFromQuery(new URLSearchParams("tz=UTC&track=online")))).toBe(false);
    expect(filtersToQuery(NO_FILTERS)).toEqual({ q: null, room: null, kind: null, person: null, language: null, starred: null });
  });
});

describe("facets", () => {
  it("offers what the sessions carry", () => {
    expect(facets([TCCM, FORUM], "en")).toEqual({
      rooms: ["Plenary Hall", "Workshop Room 2"],
      kinds: ["panel", "presentation", "qa"],
      people: ["Amina Haddad", "Lucas Moreau", "Zoë Ørsted"],
      languages: ["en", "fr-CA"],
    });
    expect(facets([TCCM]).languages).toEqual([]);
  });
});
