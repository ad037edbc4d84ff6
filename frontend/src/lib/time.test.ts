import { describe, expect, it } from "vitest";
import { searchZones } from "../components/ZonePicker";
import {
  addMinutes,
  allZones,
  dateRange,
  formatCountdown,
  formatTime,
  localDate,
  offsetMinutes,
  snap,
  wallDiff,
  wallMinutes,
  wallOf,
  formatDate,
  middayOf,
  offsetSpan,
  zoneOffset,
} from "./time";

describe("zones", () => {
  it("reads offsets from Intl, DST included", () => {
    expect(zoneOffset("Asia/Riyadh", new Date("2024-12-18T12:00:00Z"))).toBe("UTC+03:00");
    expect(zoneOffset("America/New_York", new Date("2024-12-18T12:00:00Z"))).toBe("UTC−05:00");
    expect(zoneOffset("America/New_York", new Date("2025-07-01T12:00:00Z"))).toBe("UTC−04:00");
    expect(offsetMinutes("Asia/Kolkata", new Date("2024-01-01T00:00:00Z"))).toBe(330);
    expect(zoneOffset("UTC", new Date())).toBe("UTC+00:00");
  });
  it("labels each instant with its own offset, across a clock change", () => {
    // New York springs forward on 14 March 2027 at 02:00; Oslo is on summer time in June.
    expect(zoneOffset("America/New_York", new Date("2027-03-14T06:59:00Z"))).toBe("UTC−05:00");
    expect(zoneOffset("America/New_York", new Date("2027-03-14T07:00:00Z"))).toBe("UTC−04:00");
    expect(zoneOffset("Europe/Oslo", middayOf("2025-06-23"))).toBe("UTC+02:00");
    expect(offsetSpan("America/Los_Angeles", middayOf("2025-03-08"), middayOf("2025-03-13"))).toBe(
      "UTC−08:00 → UTC−07:00",
    );
    expect(offsetSpan("Asia/Riyadh", middayOf("2024-12-15"), middayOf("2024-12-19"))).toBe("UTC+03:00");
    expect(formatDate("2025-03-14", "medium", "en-GB")).toMatch(/^Fri,? 14 Mar 2025$/);
  });
  it("lists IANA zones and searches them by name and offset", () => {
    expect(allZones()).toContain("Asia/Riyadh");
    expect(allZones()).toContain("UTC");
    expect(searchZones("new york")).toContain("America/New_York");
    const at = new Date("2024-12-18T12:00:00Z");
    const plus3 = searchZones("+03:00", allZones(), at);
    expect(plus3).toContain("Asia/Riyadh");
    expect(plus3).not.toContain("Europe/London");
  });
});

describe("the reference example", () => {
  const start = "2024-12-18T15:45:00+03:00";
  const end = "2024-12-18T16:45:00+03:00";
  it("is 07:45-08:45 in New York", () => {
    expect(formatTime(start, "America/New_York", "en-GB")).toBe("07:45");
    expect(formatTime(end, "America/New_York", "en-GB")).toBe("08:45");
  });
  it("crosses midnight in Sydney", () => {
    expect(formatTime(start, "Australia/Sydney", "en-GB")).toBe("23:45");
    expect(localDate(start, "Australia/Sydney")).toBe("2024-12-18");
    expect(localDate(end, "Australia/Sydney")).toBe("2024-12-19");
  });
});

describe("wall-clock arithmetic", () => {
  it("moves on the clock face and snaps to five minutes", () => {
    expect(wallOf("2024-12-18T15:45:00+03:00")).toBe("2024-12-18T15:45");
    expect(addMinutes("2024-12-18T23:50", 15)).toBe("2024-12-19T00:05");
    expect(wallMinutes("2024-12-18T15:45")).toBe(945);
    expect(wallDiff("2024-12-18T15:45", "2024-12-18T16:45")).toBe(60);
    expect(snap(62)).toBe(60);
    expect(snap(63)).toBe(65);
    expect(dateRange("2024-12-30", "2025-01-02")).toEqual(["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]);
  });
  it("counts down", () => {
    expect(formatCountdown(15 * 60_000)).toBe("15 min 00 s");
    expect(formatCountdown(3_725_000)).toBe("1 h 02 min");
    expect(formatCountdown(-5)).toBe("0 s");
  });
});
