import { describe, expect, it } from "vitest";
import { audienceOf, laneLayout } from "./lanes";

const seg = (start: string, end: string, tracks: string[], title = "x") => ({
  kind: "presentation" as const,
  title,
  start: `2024-12-18T${start}:00+03:00`,
  end: `2024-12-18T${end}:00+03:00`,
  tracks,
});
const both = ["in-person", "online"];
const S = "2024-12-18T15:45:00+03:00";
const E = "2024-12-18T16:45:00+03:00";
const tccm = [
  seg("15:45", "16:05", both, "Presentation"),
  seg("16:05", "16:25", both, "Q&A"),
  seg("16:25", "16:45", ["in-person"], "Networking"),
  seg("16:25", "16:45", ["online"], "Discussion"),
];

describe("who a segment is for", () => {
  it("is judged against the session's tracks, not the filter", () => {
    expect(audienceOf(tccm[0]!, both)).toBe("everyone");
    expect(audienceOf(tccm[3]!, both)).toEqual(["online"]);
    expect(audienceOf(seg("15:45", "16:05", []), both)).toBe("everyone");
  });
  it("gives an online-only segment the same audience with and without a track filter", () => {
    const all = laneLayout(S, E, both, tccm);
    const online = laneLayout(S, E, both, tccm, "online");
    const inAll = all.pieces.find((p) => p.segment.title === "Discussion")!;
    const inOnline = online.pieces.find((p) => p.segment.title === "Discussion")!;
    expect(inAll.audience).toEqual(["online"]);
    expect(inOnline.audience).toEqual(["online"]);
  });
});

describe("a track filter", () => {
  it("leaves out what the track does not take part in", () => {
    const l = laneLayout(S, E, both, tccm, "online");
    expect(l.pieces.map((p) => p.segment.title)).toEqual(["Presentation", "Q&A", "Discussion"]);
    expect(l.lanes).toEqual(["online"]);
  });
});

describe("the grid", () => {
  it("has a column per interval between the plan's times, and places each piece on it", () => {
    const l = laneLayout(S, E, both, tccm);
    expect(l.columns).toEqual([20, 20, 20]);
    expect(l.pieces.map((p) => [p.from, p.to, p.lane])).toEqual([
      [0, 1, "all"],
      [1, 2, "all"],
      [2, 3, 0],
      [2, 3, 1],
    ]);
  });
  it("keeps a gap as an empty column", () => {
    const l = laneLayout(S, E, both, [seg("15:45", "16:00", []), seg("16:10", "16:45", [])]);
    expect(l.columns).toEqual([15, 10, 35]);
    expect(l.pieces.map((p) => [p.from, p.to])).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
