import { describe, expect, it } from "vitest";
import { bandAt, bandOfMinutes, dayCells, fallsInNight, instantOfWall, nightMinutes } from "./bands";
import { allZones } from "./time";

// An independent reading of a zone's wall clock: Intl's own hour and minute at the instant.
function wallHM(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return get("hour") * 60 + get("minute");
}

describe("bands", () => {
  it("are half-open at their edges", () => {
    expect(bandOfMinutes(6 * 60 + 59)).toBe("night");
    expect(bandOfMinutes(7 * 60)).toBe("early");
    expect(bandOfMinutes(9 * 60)).toBe("work");
    expect(bandOfMinutes(18 * 60)).toBe("evening");
    expect(bandOfMinutes(22 * 60)).toBe("night");
  });

  it("place the reference example in each zone's own wall time", () => {
    const start = new Date("2024-12-18T15:45:00+03:00");
    expect(bandAt("Asia/Riyadh", start)).toBe("work");
    expect(bandAt("America/New_York", start)).toBe("early"); // 07:45
    expect(bandAt("Australia/Sydney", start)).toBe("night"); // 23:45
    expect(fallsInNight("Australia/Sydney", start, new Date("2024-12-18T16:45:00+03:00"))).toBe(true);
    expect(fallsInNight("America/New_York", start, new Date("2024-12-18T16:45:00+03:00"))).toBe(false);
  });

  it("follow each zone's clock change: late March, the US has changed and Europe has not", () => {
    const at = new Date("2027-03-20T11:30:00Z");
    expect(bandAt("America/New_York", at)).toBe("early"); // 07:30 EDT (06:30 had it been EST)
    expect(bandAt("Europe/Berlin", at)).toBe("work"); // 12:30 CET
    expect(bandAt("Asia/Tokyo", at)).toBe("evening"); // 20:30 JST
  });

  it("agree with the platform's wall clock for every zone across a year", () => {
    const zones = allZones();
    for (let i = 0; i < 4000; i++) {
      const zone = zones[(i * 7919) % zones.length]!;
      const at = new Date(Date.UTC(2026, 0, 1) + ((i * 2_654_435_761) % (366 * 86_400)) * 1000);
      expect(bandAt(zone, at), `${zone} at ${at.toISOString()}`).toBe(bandOfMinutes(wallHM(zone, at)));
    }
  });

  it("cut a day with a clock change into its real quarter hours", () => {
    expect(dayCells("2027-03-14", "America/New_York")).toHaveLength(92);
    expect(dayCells("2027-11-07", "America/New_York")).toHaveLength(100);
    const riyadh = dayCells("2024-12-18", "Asia/Riyadh");
    expect(riyadh).toHaveLength(96);
    expect(riyadh[0]!.start.toISOString()).toBe("2024-12-17T21:00:00.000Z");
    expect(instantOfWall("2027-03-14", 12 * 60, "America/New_York").toISOString()).toBe("2027-03-14T16:00:00.000Z");
  });

  it("count night minutes as a minute-by-minute reading of the wall clock does", () => {
    const start = new Date("2024-12-18T10:00:00Z"); // Sydney 21:00
    const end = new Date("2024-12-18T13:00:00Z"); // Sydney 00:00
    expect(nightMinutes("Australia/Sydney", start, end)).toBe(120);
  });
});
