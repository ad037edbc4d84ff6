import { describe, expect, it } from "vitest";
import type { AgendaSessionOut } from "../api/client";
import {
  cardsAt,
  cueSignature,
  facilitates,
  facilitatesSession,
  parseAt,
  runOf,
  sameClocks,
  selectionFrom,
  selectionQuery,
  selectionValue,
  startedSteps,
  stepsOf,
  wallToInstant,
} from "./run";

const tccm = {
  id: "tccm",
  title: "TCCM",
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  room: "Workshop Room 2",
  tracks: ["in-person", "online"],
  people: [],
  segments: [
    { kind: "presentation", title: "Presentation", start: "2024-12-18T15:45:00+03:00", end: "2024-12-18T16:05:00+03:00", tracks: [] },
    { kind: "qa", title: "Q&A", start: "2024-12-18T16:05:00+03:00", end: "2024-12-18T16:25:00+03:00", tracks: [] },
    { kind: "networking", title: "Networking", start: "2024-12-18T16:25:00+03:00", end: "2024-12-18T16:45:00+03:00", tracks: ["in-person"] },
    { kind: "discussion", title: "Discussion", start: "2024-12-18T16:25:00+03:00", end: "2024-12-18T16:45:00+03:00", tracks: ["online"] },
  ],
} as unknown as AgendaSessionOut;
const forum = {
  id: "forum",
  title: "Open Forum",
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  room: "Workshop Room 3",
  tracks: ["online"],
  people: [],
  segments: [],
} as unknown as AgendaSessionOut;
const hubs = { ...forum, id: "hubs", title: "Hubs", start: "2024-12-19T08:00:00+03:00", end: "2024-12-19T09:00:00+03:00" } as AgendaSessionOut;
const at = (s: string) => new Date(s).getTime();

describe("?at=", () => {
  it("reads a wall time in the event's zone, an instant as itself", () => {
    expect(parseAt("2024-12-18T16:30", "Asia/Riyadh")).toEqual({ instant: new Date("2024-12-18T13:30:00Z"), wall: true });
    expect(parseAt("2024-12-18T16:30:00+03:00", "America/New_York")).toEqual({ instant: new Date("2024-12-18T13:30:00Z"), wall: false });
    expect(parseAt("2024-12-18T13:30:00Z", "Asia/Riyadh")?.wall).toBe(false);
    expect(parseAt("tomorrow", "Asia/Riyadh")).toBeNull();
  });
  it("across clock changes: the offset of that date, the earlier of a repeated hour, the gap pushed on", () => {
    // New York in July is UTC−04:00, in December UTC−05:00.
    expect(wallToInstant("2025-07-01T09:00", "America/New_York")?.toISOString()).toBe("2025-07-01T13:00:00.000Z");
    expect(wallToInstant("2025-12-01T09:00", "America/New_York")?.toISOString()).toBe("2025-12-01T14:00:00.000Z");
    expect(wallToInstant("2025-11-02T01:30", "America/New_York")?.toISOString()).toBe("2025-11-02T05:30:00.000Z");
    expect(wallToInstant("2025-03-09T02:30", "America/New_York")?.toISOString()).toBe("2025-03-09T07:30:00.000Z");
    expect(wallToInstant("2025-06-23T10:00", "Europe/Oslo")?.toISOString()).toBe("2025-06-23T08:00:00.000Z");
  });
});

describe("who facilitates", () => {
  const me = { email: "Mei@Example.org", name: "Mei Tanaka" };
  it("by email when the person has one, else by name; facilitators only", () => {
    expect(facilitates([{ name: "M. T.", role: "facilitator", email: "mei@example.org" }], me)).toBe(true);
    expect(facilitates([{ name: "Mei Tanaka", role: "facilitator", email: "other@example.org" }], me)).toBe(false);
    expect(facilitates([{ name: "mei tanaka", role: "facilitator" }], me)).toBe(true);
    expect(facilitates([{ name: "Mei Tanaka", role: "speaker" }], me)).toBe(false);
    expect(facilitates([{ name: "", role: "facilitator" }], { email: "x@example.org", name: null })).toBe(false);
    expect(facilitates([{ name: "Mei Tanaka", role: "facilitator" }], null)).toBe(false);
  });
  it("a segment's people count", () => {
    expect(facilitatesSession({ people: [], segments: [{ start: "x", people: [{ name: "Mei Tanaka", role: "facilitator" }] }] }, me)).toBe(true);
    expect(facilitatesSession({ people: [], segments: [{ start: "x" }] }, me)).toBe(false);
  });
});

describe("the picker in the URL", () => {
  it("round-trips", () => {
    for (const v of ["session:tccm", "room:Workshop Room 2", "all", "mine"]) {
      const q = new URLSearchParams();
      for (const [k, x] of Object.entries(selectionQuery(v))) if (x) q.set(k, x);
      expect(selectionValue(selectionFrom(q)!)).toBe(v);
    }
    expect(selectionFrom(new URLSearchParams("tz=UTC"))).toBeNull();
  });
});

describe("what runs", () => {
  it("the online lane of TCCM: its current segment and the one after it", () => {
    expect(stepsOf(tccm, "online").map((s) => s.title)).toEqual(["Presentation", "Q&A", "Discussion"]);
    const r = runOf(tccm, "online", at("2024-12-18T16:10:00+03:00"));
    expect([r.phase, r.now?.title, r.next?.title]).toEqual(["on", "Q&A", "Discussion"]);
    const last = runOf(tccm, "online", at("2024-12-18T16:30:00+03:00"));
    expect([last.now?.title, last.next]).toEqual(["Discussion", null]);
    const before = runOf(tccm, "online", at("2024-12-18T15:00:00+03:00"));
    expect([before.phase, before.now, before.next?.title]).toEqual(["upcoming", null, "Presentation"]);
    expect(runOf(tccm, "online", at("2024-12-18T16:45:00+03:00")).phase).toBe("ended");
  });
  it("a session without segments is one step", () => {
    const r = runOf(forum, "online", at("2024-12-18T16:00:00+03:00"));
    expect([r.now?.title, r.now?.segment]).toEqual(["Open Forum", false]);
  });
  it("cards: each running session, then those that start next; one picked is kept when over", () => {
    const c = cardsAt([tccm, forum, hubs], "online", at("2024-12-18T16:30:00+03:00"), false);
    expect(c.now.map((r) => r.session.id)).toEqual(["tccm", "forum"]);
    expect(c.next.map((r) => r.session.id)).toEqual(["hubs"]);
    const late = cardsAt([tccm], "online", at("2024-12-18T17:00:00+03:00"), true);
    expect([late.now.length, late.next.length, late.ended.length]).toEqual([0, 0, 1]);
  });
  it("a cue when a segment starts, not when nothing changed", () => {
    const before = cueSignature(cardsAt([tccm], "online", at("2024-12-18T16:24:59+03:00"), true).now);
    const after = cardsAt([tccm], "online", at("2024-12-18T16:25:00+03:00"), true).now;
    expect(cueSignature(after)).not.toBe(before);
    expect(startedSteps(before, after).map((r) => r.now?.title)).toEqual(["Discussion"]);
    expect(startedSteps(cueSignature(after), after)).toEqual([]);
  });
});

describe("one clock or two", () => {
  it("compares offsets at the instants, not names", () => {
    expect(sameClocks("Asia/Riyadh", "Asia/Riyadh", ["2024-12-18T12:00:00Z"])).toBe(true);
    expect(sameClocks("Asia/Riyadh", "Africa/Nairobi", ["2024-12-18T12:00:00Z"])).toBe(true);
    expect(sameClocks("Europe/London", "UTC", ["2024-12-18T12:00:00Z"])).toBe(true);
    expect(sameClocks("Europe/London", "UTC", ["2024-12-18T12:00:00Z", "2025-06-18T12:00:00Z"])).toBe(false);
  });
});
