import { describe, expect, it } from "vitest";
import type { SessionOut } from "../api/client";
import { merge, split } from "./plan";
import { type PlanRow, personField, rowsFrom, toSegmentsWithPeople } from "./segmentPeople";

const session = {
  id: "s1",
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  tracks: ["in-person", "online"],
  segments: [
    {
      kind: "presentation",
      title: "Presentation",
      start: "2024-12-18T15:45:00+03:00",
      end: "2024-12-18T16:05:00+03:00",
      tracks: ["in-person", "online"],
      people: [{ name: "Jonas Berg", role: "speaker" }],
    },
    {
      kind: "discussion",
      title: "Discussion",
      start: "2024-12-18T16:05:00+03:00",
      end: "2024-12-18T16:45:00+03:00",
      tracks: ["online"],
      people: [{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }],
    },
  ],
} as unknown as SessionOut;

describe("segment people in the plan editor", () => {
  it("reads and writes them with the plan (a save no longer clears them)", () => {
    const rows = rowsFrom(session);
    expect(rows[1]!.people).toEqual([{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }]);
    const body = toSegmentsWithPeople("2024-12-18T15:45", rows);
    expect(body[0]!.people).toEqual([{ name: "Jonas Berg", role: "speaker" }]);
    expect(body[1]!.people).toEqual([{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }]);
    expect(body[1]!.start).toBe("2024-12-18T16:05");
  });
  it("leaves out blank rows and trims", () => {
    const rows = rowsFrom(session);
    rows[0]!.people = [
      { name: "  Amina Haddad ", role: "moderator", email: " " },
      { name: "", role: "speaker", email: "" },
    ];
    expect(toSegmentsWithPeople("2024-12-18T15:45", rows)[0]!.people).toEqual([{ name: "Amina Haddad", role: "moderator" }]);
  });
  it("split copies a segment's people to each lane; merge keeps them", () => {
    const rows = rowsFrom(session);
    const lanes: PlanRow[] = split(rows, rows[0]!.key, ["in-person", "online"]);
    expect(lanes.slice(0, 2).map((r) => r.people)).toEqual([
      [{ name: "Jonas Berg", role: "speaker", email: "" }],
      [{ name: "Jonas Berg", role: "speaker", email: "" }],
    ]);
    const back: PlanRow[] = merge(lanes, lanes[0]!.key);
    expect(back[0]!.people).toEqual([{ name: "Jonas Berg", role: "speaker", email: "" }]);
  });
  it("a new segment without people is sent with none", () => {
    const rows = [...rowsFrom(session), { key: "k", kind: "other" as const, title: "", start: "16:40", end: "16:45", tracks: [], notes: "" }];
    expect(toSegmentsWithPeople("2024-12-18T15:45", rows)[2]!.people).toEqual([]);
    // Nor with hybrid details it was never given (the API's defaults apply).
    expect("join_url" in toSegmentsWithPeople("2024-12-18T15:45", rows)[2]!).toBe(false);
    // Once given languages alone, a new segment sends them (and no link).
    rows[2] = { ...rows[2]!, interpretation: ["fr"] };
    expect(toSegmentsWithPeople("2024-12-18T15:45", rows)[2]).toMatchObject({ interpretation: ["fr"], join_url: null, join_private: false });
  });
  it("carries a segment's own join link and keeps its languages through a save", () => {
    const withHybrid = {
      ...session,
      segments: [
        { ...session.segments[0], join_url: null, join_private: false, join_private_hours: null, languages: [], interpretation: [], sign_language: [], captions: false },
        {
          ...session.segments[1],
          join_url: "https://meet.example.org/breakout",
          join_private: true,
          join_private_hours: 2,
          languages: ["en"],
          interpretation: ["fr"],
          sign_language: [],
          captions: true,
        },
      ],
    } as unknown as SessionOut;
    const rows = rowsFrom(withHybrid);
    expect(rows[1]).toMatchObject({ join_url: "https://meet.example.org/breakout", join_private: true, join_private_hours: 2 });
    const body = toSegmentsWithPeople("2024-12-18T15:45", rows);
    expect(body[1]).toMatchObject({
      join_url: "https://meet.example.org/breakout",
      join_private: true,
      join_private_hours: 2,
      languages: ["en"],
      interpretation: ["fr"],
      captions: true,
    });
    expect(body[0]).toMatchObject({ join_url: null, join_private: false, languages: [], captions: false });
    // A blank link is none, and then nothing about it is private.
    rows[1]!.join_url = "  ";
    expect(toSegmentsWithPeople("2024-12-18T15:45", rows)[1]).toMatchObject({ join_url: null, join_private: false, join_private_hours: null });
    // A breakout copied to each lane keeps its link.
    const fresh = rowsFrom(withHybrid);
    const lanes: PlanRow[] = split(fresh, fresh[0]!.key, ["in-person", "online"]);
    expect(lanes.map((r) => r.join_url)).toEqual(["", "", "https://meet.example.org/breakout"]);
  });
  it("names the person a refusal is about", () => {
    expect(personField("segments[1].people[0].name")).toEqual({ segment: 1, person: 0, part: "name" });
    expect(personField("segments[2].people[3].email")).toEqual({ segment: 2, person: 3, part: "email" });
    expect(personField("segments[1].start")).toBeNull();
  });
});
