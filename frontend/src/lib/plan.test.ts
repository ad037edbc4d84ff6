import { describe, expect, it } from "vitest";
import { laneLayout } from "./lanes";
import { appendSegment, merge, split, toSegmentsIn, wallFor } from "./plan";

const seg = (start: string, end: string, tracks: string[], title = "x") => ({
  kind: "presentation" as const,
  title,
  start: `2024-12-18T${start}:00+03:00`,
  end: `2024-12-18T${end}:00+03:00`,
  tracks,
});

describe("lanes", () => {
  const both = ["online", "in-person"];
  const tccm = [
    seg("15:45", "16:05", both),
    seg("16:05", "16:25", both),
    seg("16:25", "16:45", ["in-person"]),
    seg("16:25", "16:45", ["online"]),
  ];
  it("splits into in-person and online lanes where the plan does", () => {
    const l = laneLayout("2024-12-18T15:45:00+03:00", "2024-12-18T16:45:00+03:00", both, tccm);
    expect(l.split).toBe(true);
    expect(l.lanes).toEqual(["in-person", "online"]);
    expect(l.pieces.map((p) => p.lane)).toEqual(["all", "all", 0, 1]);
    expect(l.pieces[2]!.left).toBeCloseTo(40 / 60);
    expect(l.pieces[2]!.width).toBeCloseTo(20 / 60);
  });
  it("shows one lane for one track", () => {
    const l = laneLayout("2024-12-18T15:45:00+03:00", "2024-12-18T16:45:00+03:00", both, tccm.slice(0, 2), "online");
    expect(l.lanes).toEqual(["online"]);
    expect(l.split).toBe(false);
  });
});

describe("the plan editor", () => {
  it("adds segments back to back up to the session's end, then splits and merges lanes", () => {
    let plan = appendSegment([], "2024-12-18T15:45", "2024-12-18T16:45");
    plan = appendSegment(plan, "2024-12-18T15:45", "2024-12-18T16:45");
    plan = appendSegment(plan, "2024-12-18T15:45", "2024-12-18T16:45");
    expect(plan.map((d) => `${d.start}-${d.end}`)).toEqual(["15:45-16:05", "16:05-16:25", "16:25-16:45"]);
    const key = plan[2]!.key;
    plan = split(plan, key, ["in-person", "online"]);
    expect(plan.map((d) => d.tracks)).toEqual([[], [], ["in-person"], ["online"]]);
    const body = toSegmentsIn("2024-12-18T15:45", plan);
    expect(body[3]).toMatchObject({ start: "2024-12-18T16:25", end: "2024-12-18T16:45", tracks: ["online"] });
    plan = merge(plan, plan[2]!.key);
    expect(plan.map((d) => d.tracks)).toEqual([[], [], []]);
  });
  it("reads a typed time after midnight as the next day", () => {
    expect(wallFor("2024-12-18T23:30", "00:15")).toBe("2024-12-19T00:15");
    expect(wallFor("2024-12-18T23:30", "23:45")).toBe("2024-12-18T23:45");
  });
});
