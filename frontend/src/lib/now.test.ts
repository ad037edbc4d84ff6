import { describe, expect, it } from "vitest";
import { eventRunning, nowDay, startedSlots } from "./now";

const at = (iso: string) => new Date(iso).getTime();
const DAY1 = [
  { start: "2024-12-18T09:30:00+03:00", end: "2024-12-18T10:15:00+03:00" },
  { start: "2024-12-18T15:45:00+03:00", end: "2024-12-18T16:45:00+03:00" },
];
const DAY2 = [{ start: "2024-12-19T17:00:00+03:00", end: "2024-12-19T18:00:00+03:00" }];

describe("the now line", () => {
  it("is there from the first start until the last end, half-open", () => {
    const all = [...DAY1, ...DAY2];
    expect(eventRunning(all, at("2024-12-18T09:29:59+03:00"))).toBe(false);
    expect(eventRunning(all, at("2024-12-18T09:30:00+03:00"))).toBe(true);
    expect(eventRunning(all, at("2024-12-19T03:00:00+03:00"))).toBe(true); // overnight, between days
    expect(eventRunning(all, at("2024-12-19T17:59:59+03:00"))).toBe(true);
    expect(eventRunning(all, at("2024-12-19T18:00:00+03:00"))).toBe(false);
    expect(eventRunning([], 0)).toBe(false);
  });
  it("is drawn on today, or on the next day the agenda has", () => {
    expect(nowDay(["2024-12-18", "2024-12-19"], "2024-12-18")).toBe("2024-12-18");
    expect(nowDay(["2024-12-19", "2024-12-17"], "2024-12-18")).toBe("2024-12-19");
    expect(nowDay(["2024-12-17"], "2024-12-18")).toBeNull();
  });
  it("falls after the slots that have started", () => {
    const starts = DAY1.map((s) => s.start);
    expect(startedSlots(starts, at("2024-12-18T08:00:00+03:00"))).toBe(0);
    expect(startedSlots(starts, at("2024-12-18T15:45:00+03:00"))).toBe(2);
    expect(startedSlots(starts, at("2024-12-18T12:00:00+03:00"))).toBe(1);
  });
});
