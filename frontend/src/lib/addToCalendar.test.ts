import { describe, expect, it } from "vitest";
import {
  entryDetails,
  googleCalendarUrl,
  outlookCalendarUrl,
  sessionIcsUrl,
  utcBasic,
  utcExtended,
} from "./addToCalendar";

// The TCCM session: 15:45–16:45 in Riyadh (UTC+3) is 12:45–13:45 UTC.
const tccm = {
  title: "A Technical Community Coalition for Multistakeholderism (TCCM)",
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  details: "Join online: https://meet.example.org/igf-2024\n\nDetails: https://x.example/e/igf-2024/s/1",
  location: "Workshop Room 2",
};

describe("UTC instants", () => {
  it("writes an instant with any offset as the same UTC moment", () => {
    expect(utcBasic("2024-12-18T15:45:00+03:00")).toBe("20241218T124500Z");
    expect(utcBasic("2024-12-18T07:45:00-05:00")).toBe("20241218T124500Z");
    expect(utcBasic("2024-12-18T23:45:00+11:00")).toBe("20241218T124500Z");
    expect(utcExtended("2024-12-18T16:45:00+03:00")).toBe("2024-12-18T13:45:00Z");
  });
  it("follows a clock change: 10:15 in New York on 14 March 2027 is EDT (UTC−4)", () => {
    expect(utcBasic("2027-03-14T10:15:00-04:00")).toBe("20270314T141500Z");
  });
  it("refuses what is not an instant", () => {
    expect(() => utcBasic("not a time")).toThrow(RangeError);
  });
});

describe("Google Calendar", () => {
  it("carries the title, the UTC start/end, the details and the place", () => {
    const url = new URL(googleCalendarUrl(tccm));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe(tccm.title);
    expect(url.searchParams.get("dates")).toBe("20241218T124500Z/20241218T134500Z");
    expect(url.searchParams.get("details")).toBe(tccm.details);
    expect(url.searchParams.get("location")).toBe("Workshop Room 2");
  });
  it("leaves out what is not known", () => {
    const url = new URL(googleCalendarUrl({ ...tccm, details: null, location: null }));
    expect(url.searchParams.has("details")).toBe(false);
    expect(url.searchParams.has("location")).toBe(false);
  });
});

describe("Outlook on the web", () => {
  it("opens the compose form with UTC start and end", () => {
    const url = new URL(outlookCalendarUrl(tccm));
    expect(url.host).toBe("outlook.live.com");
    expect(url.pathname).toBe("/calendar/0/deeplink/compose");
    expect(url.searchParams.get("rru")).toBe("addevent");
    expect(url.searchParams.get("subject")).toBe(tccm.title);
    expect(url.searchParams.get("startdt")).toBe("2024-12-18T12:45:00Z");
    expect(url.searchParams.get("enddt")).toBe("2024-12-18T13:45:00Z");
    expect(url.searchParams.get("body")).toBe(tccm.details);
    expect(url.searchParams.get("location")).toBe("Workshop Room 2");
  });
  it("has a work-or-school variant", () => {
    expect(new URL(outlookCalendarUrl(tccm, "work")).host).toBe("outlook.office.com");
  });
});

describe("the session's .ics", () => {
  it("adds the reader's track and zone, keeping the origin", () => {
    const url = sessionIcsUrl("http://127.0.0.1:9000/events/igf-2024/sessions/abc.ics", "online", "America/New_York");
    expect(url).toBe("http://127.0.0.1:9000/events/igf-2024/sessions/abc.ics?track=online&tz=America%2FNew_York");
  });
  it("works on a relative path and without a track", () => {
    expect(sessionIcsUrl("/events/e/sessions/abc.ics", null, "UTC")).toBe("/events/e/sessions/abc.ics?tz=UTC");
  });
});

describe("the details text", () => {
  it("puts the join link first and the page last", () => {
    const text = entryDetails({ joinUrl: "https://meet/x", description: "About it.", pageUrl: "https://p/e/s" });
    expect(text.split("\n")).toEqual(["Join online: https://meet/x", "", "About it.", "", "Details: https://p/e/s"]);
  });
  it("shortens a long description but never the page link", () => {
    const text = entryDetails({ description: "x".repeat(5000), pageUrl: "https://p/e/s" });
    expect(text.length).toBeLessThan(1600);
    expect(text.endsWith("Details: https://p/e/s")).toBe(true);
  });
});
