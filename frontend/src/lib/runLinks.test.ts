import { describe, expect, it } from "vitest";
import type { EventOut, Me, SessionOut } from "../api/client";
import { runHref, sessionRunLinks, trackRunLinks } from "./runLinks";

const event = {
  slug: "igf-2024",
  tracks: [
    { slug: "in-person", name: "In person" },
    { slug: "online", name: "Online" },
  ],
} as unknown as EventOut;
const session = {
  id: "s1",
  tracks: ["in-person", "online"],
  people: [{ name: "Amina Haddad", role: "moderator" }],
  segments: [{ start: "2024-12-18T16:25:00+03:00", people: [{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }] }],
} as unknown as SessionOut;
const me = (email: string, events: Me["events"] = []): Me => ({ email, events });

describe("run of show links", () => {
  it("a track's run, with the reader's zone", () => {
    expect(runHref("igf-2024", "online", { tz: "America/New_York" })).toBe("/e/igf-2024/tracks/online/run?tz=America%2FNew_York");
    expect(trackRunLinks(event, "online").map((l) => l.href)).toEqual(["/e/igf-2024/tracks/online/run"]);
    expect(trackRunLinks(event, null).map((l) => l.name)).toEqual(["In person", "Online"]);
  });
  it("a session's run for the person who facilitates it, with the session picked", () => {
    const links = sessionRunLinks(event, session, me("Mei@example.org"));
    expect(links.map((l) => l.href)).toEqual([
      "/e/igf-2024/tracks/in-person/run?session=s1",
      "/e/igf-2024/tracks/online/run?session=s1",
    ]);
    expect(sessionRunLinks(event, session, me("mei@example.org"), { track: "online", tz: "UTC" }).map((l) => l.href)).toEqual([
      "/e/igf-2024/tracks/online/run?session=s1&tz=UTC",
    ]);
  });
  it("the event's team; a track's facilitator for their track; nobody else", () => {
    expect(sessionRunLinks(event, session, me("o@example.org", [{ slug: "igf-2024", role: "owner", tracks: [] }]))).toHaveLength(2);
    expect(
      sessionRunLinks(event, session, me("f@example.org", [{ slug: "igf-2024", role: "facilitator", tracks: ["online"] }])).map((l) => l.track),
    ).toEqual(["online"]);
    expect(sessionRunLinks(event, session, me("x@example.org", [{ slug: "other", role: "owner", tracks: [] }]))).toEqual([]);
    expect(sessionRunLinks(event, session, null)).toEqual([]);
  });
});
