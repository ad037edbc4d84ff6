// The 1,000-session agenda: render time from the data's arrival to the first painted frame.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { base, root } from "./helpers";

function bigAgenda(n: number) {
  const rooms = ["Plenary Hall", "Workshop Room 1", "Workshop Room 2", "Workshop Room 3", "Studio A"];
  const days: { date: string; sessions: unknown[] }[] = [];
  // All on one local day, five rooms in parallel: the heaviest page this agenda can have.
  const perDay = n;
  for (let d = 0; d < 1; d++) {
    const date = `2024-12-${15 + d}`;
    const sessions = [];
    for (let i = 0; i < perDay; i++) {
      const slot = Math.floor(i / rooms.length);
      const start = new Date(Date.UTC(2024, 11, 15 + d, 5, 0) + slot * 5 * 60_000);
      const iso = (t: Date) => t.toISOString().slice(0, 19) + "+00:00";
      const end = new Date(start.getTime() + 45 * 60_000);
      const mid = new Date(start.getTime() + 25 * 60_000);
      sessions.push({
        id: `00000000-0000-4000-8000-${String(d * 1000 + i).padStart(12, "0")}`,
        title: i % 7 === 0 ? `جلسة حوارية ${i}` : `Session ${d}-${i}: internet governance`,
        description: null,
        room: rooms[i % rooms.length],
        status: "confirmed",
        start: iso(start),
        end: iso(end),
        crosses_midnight: false,
        tracks: ["in-person", "online"],
        people: [{ name: "Speaker", role: "speaker" }],
        sequence: 0,
        segments: [
          { kind: "presentation", title: "Talk", start: iso(start), end: iso(mid), tracks: ["in-person", "online"] },
          { kind: "networking", title: "Networking", start: iso(mid), end: iso(end), tracks: ["in-person"] },
          { kind: "discussion", title: "Discussion", start: iso(mid), end: iso(end), tracks: ["online"] },
        ],
      });
    }
    days.push({ date, sessions });
  }
  return { event: "igf-2024", title: "Internet Governance Forum 2024", timezone: "UTC", event_timezone: "Asia/Riyadh", track: null, version: 1, days };
}

test("a 1,000-session agenda renders fast (paged by time slot)", async ({ page }) => {
  const body = JSON.stringify(bigAgenda(1000));
  await page.route("**/api/v1/events/igf-2024/agenda**", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  const runs: { renderMs: number; totalMs: number; sessions: number }[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${base()}/e/igf-2024?tz=UTC&day=2024-12-15`);
    await page.waitForFunction(() => (window as unknown as { __agendaRender?: unknown }).__agendaRender);
    runs.push(await page.evaluate(() => (window as unknown as { __agendaRender: { renderMs: number; totalMs: number; sessions: number } }).__agendaRender));
  }
  expect(runs[0]!.sessions).toBe(1000);
  // Scrolling on loads the next pages of time slots.
  const before = await page.locator(".session").count();
  await page.getByRole("button", { name: /Show more sessions/ }).click();
  expect(await page.locator(".session").count()).toBeGreaterThan(before);
  const median = runs.map((r) => r.renderMs).sort((a, b) => a - b)[1]!;
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(join(root, "test-results/agenda-1000-render.json"), JSON.stringify({ median, runs }, null, 2));
  console.log(`1,000-session agenda: render ${median.toFixed(1)} ms (median of 3), runs ${JSON.stringify(runs)}`);
  expect(median).toBeLessThan(1000);
});
