import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EventOut, SessionOut } from "../api/client";
import { RunLink } from "./RunLink";

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
  people: [{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }],
  segments: [],
} as unknown as SessionOut;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("RunLink", () => {
  it("one link per track, each with its own name", () => {
    const root = document.createElement("div");
    render(<RunLink event={event} />, root);
    const links = [...root.querySelectorAll("a")];
    expect(links.map((a) => a.textContent)).toEqual(["Run of show: In person", "Run of show: Online"]);
    expect(root.querySelectorAll("li")).toHaveLength(2);
  });
  it("on a session page, for its facilitator once signed in", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ email: "mei@example.org", events: [] }), { status: 200, headers: { "content-type": "application/json" } })),
    );
    const root = document.createElement("div");
    await act(async () => {
      render(<RunLink event={event} session={session} track="online" />, root);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    const a = root.querySelector("a");
    expect(a?.textContent).toBe("Run of show for this session: Online");
    expect(a?.getAttribute("href")).toBe("/e/igf-2024/tracks/online/run?session=s1");
  });
  it("nothing for someone who does not run it", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    const root = document.createElement("div");
    await act(async () => {
      render(<RunLink event={event} session={session} />, root);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector("a")).toBeNull();
  });
});
