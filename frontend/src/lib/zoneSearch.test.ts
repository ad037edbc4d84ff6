import { describe, expect, it } from "vitest";
import { allZones } from "./time";
import { buildZoneIndex, normalise, searchZones } from "./zoneSearch";

// As GET /api/v1/zones answers (from tzdata's zone.tab), for a few zones.
const facts = [
  { zone: "America/New_York", countries: ["US"], abbreviations: ["EST", "EDT"], principal: true },
  { zone: "America/Detroit", countries: ["US"], abbreviations: ["EST", "EDT"], principal: false },
  { zone: "America/Cancun", countries: ["MX"], abbreviations: ["EST"], principal: false },
  { zone: "America/Jamaica", countries: ["JM"], abbreviations: ["EST"], principal: true },
  { zone: "America/Chicago", countries: ["US"], abbreviations: ["CST", "CDT"], principal: false },
  { zone: "Asia/Riyadh", countries: ["SA"], abbreviations: [] },
  { zone: "Asia/Kolkata", countries: ["IN"], abbreviations: ["IST"] },
  { zone: "Europe/Berlin", countries: ["DE"], abbreviations: ["CET", "CEST"] },
  { zone: "Europe/Bucharest", countries: ["RO"], abbreviations: ["EET", "EEST"] },
  { zone: "America/Sao_Paulo", countries: ["BR"], abbreviations: [] },
];
const zones = allZones();
const at = new Date("2027-03-14T15:00:00Z"); // New York is on EDT, Europe still on winter time

describe("zone search", () => {
  const index = buildZoneIndex(facts, ["en-GB"]);
  it("finds a zone by its abbreviation before zones whose names merely contain it", () => {
    const found = searchZones("EST", zones, at, index);
    // The country with most zones on EST first (its main zone leading), then main zones, then the rest.
    expect(found.slice(0, 4)).toEqual(["America/New_York", "America/Detroit", "America/Jamaica", "America/Cancun"]);
    expect(found).toContain("Europe/Bucharest"); // "bucharEST": still listed, after
  });
  it("finds a zone by its country, in part or whole", () => {
    expect(searchZones("Saudi", zones, at, index)[0]).toBe("Asia/Riyadh");
    expect(searchZones("germany", zones, at, index)[0]).toBe("Europe/Berlin");
    expect(searchZones("India", zones, at, index)).toContain(
      zones.includes("Asia/Kolkata") ? "Asia/Kolkata" : "Asia/Calcutta",
    );
  });
  it("names countries in the viewer's language and matches them there", () => {
    const arabic = buildZoneIndex(facts, ["ar-SA"]);
    expect(arabic.get("Asia/Riyadh")?.countryLabel).toBe("المملكة العربية السعودية");
    expect(searchZones("السعودية", zones, at, arabic)[0]).toBe("Asia/Riyadh");
    // English names still work for an Arabic-locale viewer.
    expect(searchZones("saudi", zones, at, arabic)[0]).toBe("Asia/Riyadh");
  });
  it("ignores accents and underscores", () => {
    expect(normalise("America/São_Paulo")).toBe("america sao paulo");
    expect(searchZones("são paulo", zones, at, index)[0]).toBe("America/Sao_Paulo");
  });
  it("matches offsets at the instant the page is about, not as text", () => {
    const minus4 = searchZones("-4", zones, at, index);
    expect(minus4).toContain("America/New_York"); // EDT on 14 March 2027
    expect(searchZones("-5", zones, new Date("2027-01-10T12:00:00Z"))).toContain("America/New_York");
    expect(searchZones("+0530", zones, at)).toContain(zones.includes("Asia/Kolkata") ? "Asia/Kolkata" : "Asia/Calcutta");
    expect(searchZones("UTC+3", zones, at)).toContain("Asia/Riyadh");
  });
  it("still finds zones by name without the directory", () => {
    expect(searchZones("new york", zones, at)).toEqual(["America/New_York"]);
  });
});
