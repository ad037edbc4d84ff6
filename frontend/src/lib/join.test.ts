import { describe, expect, it } from "vitest";
import { breakouts, joinAt, joinChanges, joinLabel, sessionJoin } from "./join";

// The TCCM session in Riyadh (UTC+3): 15:45-16:45, an online-only discussion from 16:25.
const at = (hhmm: string) => new Date(`2024-12-18T${hhmm}:00+03:00`).getTime();
const seg = (title: string, start: string, end: string, tracks: string[] = [], join: object = {}) => ({
  title,
  start: `2024-12-18T${start}:00+03:00`,
  end: `2024-12-18T${end}:00+03:00`,
  tracks,
  ...join,
});
const online = { slug: "online", mode: "online", join_url: "https://meet.example.org/igf-2024" };
const inPerson = { slug: "in-person", mode: "in_person", join_url: null };
const tccm = (own: object = {}, breakout: object = { join_url: "https://meet.example.org/breakout" }) => ({
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  ...own,
  segments: [
    seg("Presentation on TCCM", "15:45", "16:05"),
    seg("Question & Answer session with panellists", "16:05", "16:25"),
    seg("Networking opportunity for in-person attendees", "16:25", "16:45", ["in-person"]),
    seg("Facilitated discussion for online attendees", "16:25", "16:45", ["online"], breakout),
  ],
});

describe("joinAt", () => {
  it("takes the online track's link when neither the session nor the segment has one", () => {
    const j = joinAt(tccm({}, {}), online, at("15:50"));
    expect(j).toMatchObject({ source: "track", url: "https://meet.example.org/igf-2024", private: false });
    expect(joinAt(tccm({}, {}), online, at("16:30"))?.source).toBe("track");
  });

  it("prefers the session's own link to the track's", () => {
    const s = tccm({ join_url: "https://meet.example.org/tccm" }, {});
    expect(joinAt(s, online, at("15:50"))).toMatchObject({ source: "session", url: "https://meet.example.org/tccm" });
  });

  it("gives the breakout's link during its segment, half-open, and the session's otherwise", () => {
    const s = tccm({ join_url: "https://meet.example.org/tccm" });
    expect(joinAt(s, online, at("16:24") + 59_000)?.url).toBe("https://meet.example.org/tccm");
    const during = joinAt(s, online, at("16:25"))!;
    expect(during).toMatchObject({ source: "segment", url: "https://meet.example.org/breakout" });
    expect(joinLabel(during)).toBe("Breakout: Facilitated discussion for online attendees");
    expect(joinAt(s, online, at("16:44"))?.source).toBe("segment");
    // At the segment's end it no longer applies.
    expect(joinAt(s, online, at("16:45"))?.url).toBe("https://meet.example.org/tccm");
    // Before the session (the 15 minutes the link is shown early): the session's.
    expect(joinAt(s, online, at("15:30"))?.source).toBe("session");
  });

  it("falls back to the track's link around a breakout when the session has none", () => {
    const s = tccm();
    expect(joinAt(s, online, at("16:00"))?.url).toBe("https://meet.example.org/igf-2024");
    expect(joinAt(s, online, at("16:30"))?.url).toBe("https://meet.example.org/breakout");
  });

  it("ignores a breakout meant for another track", () => {
    const s = tccm({}, {});
    const other = { ...s, segments: [seg("Room breakout", "16:25", "16:45", ["in-person"], { join_url: "https://x.example/room" })] };
    expect(joinAt(other, online, at("16:30"))?.source).toBe("track");
    // A segment for every track (no tracks named) applies online too.
    const shared = { ...s, segments: [seg("Breakout rooms", "16:25", "16:45", [], { join_url: "https://x.example/all" })] };
    expect(joinAt(shared, online, at("16:30"))?.url).toBe("https://x.example/all");
  });

  it("has no link for an in-person track, even with a session link", () => {
    expect(joinAt(tccm({ join_url: "https://meet.example.org/tccm" }), inPerson, at("16:30"))).toBeNull();
    expect(sessionJoin(tccm({ join_url: "https://meet.example.org/tccm" }), inPerson)).toBeNull();
  });

  it("has no link when nothing carries one", () => {
    expect(joinAt(tccm({}, {}), { slug: "online", mode: "online", join_url: null }, at("16:00"))).toBeNull();
  });

  it("keeps a withheld private link in place: the track's public one does not stand in", () => {
    const s = tccm({ join_url: null, join_private: true }, {});
    expect(joinAt(s, online, at("16:00"))).toMatchObject({ source: "session", url: null, private: true });
    const b = tccm({}, { join_url: null, join_private: true });
    expect(joinAt(b, online, at("16:30"))).toMatchObject({ source: "segment", url: null, private: true });
    // A private link the reader is given is shown, and says it is private.
    const given = tccm({ join_url: "https://meet.example.org/secret", join_private: true }, {});
    expect(joinAt(given, online, at("16:00"))).toMatchObject({ url: "https://meet.example.org/secret", private: true });
  });
});

describe("breakouts and the instants the link changes", () => {
  it("lists a track's breakouts and their bounds", () => {
    expect(breakouts(tccm(), "online").map((g) => g.title)).toEqual(["Facilitated discussion for online attendees"]);
    expect(breakouts(tccm(), "in-person")).toEqual([]);
    expect(joinChanges(tccm(), "online").map((d) => d.toISOString())).toEqual([
      "2024-12-18T13:25:00.000Z",
      "2024-12-18T13:45:00.000Z",
    ]);
  });
});
