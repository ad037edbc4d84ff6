import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, shot } from "./helpers";

// Live state for an anonymous attendee, on the agenda and on the session page. The event is
// this spec's own, built around the real clock (the demo's tracks are the run-of-show
// specs', which run alongside): one session ended half an hour ago, one on now, and the
// TCCM session starting in 20 minutes, all in Riyadh, read from New York.

const ZONE = "Asia/Riyadh"; // UTC+3 all year
const VIEWER = "America/New_York";
const MIN = 60_000;

/** "2026-12-06T15:45": the wall time in Riyadh of an instant, to the minute. */
const riyadhWall = (ms: number) => new Date(Math.floor(ms / MIN) * MIN + 3 * 3600_000).toISOString().slice(0, 16);
const hhmm = (ms: number, zone: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(ms));
const offset = (ms: number, zone: string) => {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(ms);
  const name = parts.find((p) => p.type === "timeZoneName")!.value; // "GMT-05:00"
  return name === "GMT" ? "UTC+00:00" : name.replace("GMT", "UTC").replace("-", "−");
};

interface Built {
  slug: string;
  tccm: { id: string; start: number; end: number };
}

async function build(request: APIRequestContext): Promise<Built> {
  const auth = { authorization: `Bearer ${demoToken()}` };
  const now = Math.floor(Date.now() / MIN) * MIN;
  const slug = `live-forum-${now}-${Math.random().toString(36).slice(2, 8)}`;
  const plan = [
    { title: "Opening of the day", from: now - 90 * MIN, to: now - 30 * MIN, room: "Plenary Hall" },
    { title: "Open Forum on digital cooperation", from: now - 10 * MIN, to: now + 50 * MIN, room: "Workshop Room 1" },
    {
      title: "A Technical Community Coalition for Multistakeholderism (TCCM)",
      from: now + 20 * MIN,
      to: now + 80 * MIN,
      room: "Workshop Room 2",
    },
  ];
  const created = await request.post(`${base()}/api/v1/events`, {
    headers: auth,
    data: {
      slug,
      title: "Live forum",
      timezone: ZONE,
      start_date: riyadhWall(plan[0]!.from).slice(0, 10),
      end_date: riyadhWall(plan[2]!.to).slice(0, 10),
      venue: "Riyadh",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  let tccm: Built["tccm"] | null = null;
  for (const p of plan) {
    const r = await request.post(`${base()}/api/v1/events/${slug}/sessions`, {
      headers: auth,
      data: { title: p.title, start: riyadhWall(p.from), end: riyadhWall(p.to), room: p.room },
    });
    expect(r.status(), await r.text()).toBe(201);
    const body = await r.json();
    if (p.title.includes("TCCM")) tccm = { id: body.id, start: p.from, end: p.to };
  }
  expect((await request.post(`${base()}/api/v1/events/${slug}/publish`, { headers: auth })).status()).toBe(200);
  return { slug, tccm: tccm! };
}

const late = (request: APIRequestContext, slug: string, minutes: number) =>
  request.post(`${base()}/api/v1/events/${slug}/tracks/online/live/late`, {
    headers: { authorization: `Bearer ${demoToken()}` },
    data: { minutes },
  });

/** Opens a page and waits until its live stream has said hello (it then reads the state). */
async function openLive(page: Page, path: string): Promise<void> {
  const hello = page.waitForResponse((r) => r.url().includes("/live/state") && r.ok());
  await page.goto(`${base()}${path}`);
  await hello;
}

/** "Running 10 min late — now 07:55–08:55 (UTC−05:00)" for the TCCM session, in New York. */
function lateText(b: Built, minutes: number): string {
  const [s, e] = [b.tccm.start + minutes * MIN, b.tccm.end + minutes * MIN];
  const [os, oe] = [offset(s, VIEWER), offset(e, VIEWER)];
  const range = os === oe ? `${hhmm(s, VIEWER)}–${hhmm(e, VIEWER)} (${os})` : `${hhmm(s, VIEWER)} (${os})–${hhmm(e, VIEWER)} (${oe})`;
  return `Running ${minutes} min late — now ${range}`;
}

test.describe("an online attendee in New York", () => {
  test.use({ timezoneId: VIEWER, viewport: { width: 1366, height: 900 } });

  test("sees on the agenda, within seconds of the organiser's POST, that TCCM runs 10 minutes late", async ({
    page,
    request,
  }) => {
    const b = await build(request);
    await openLive(page, `/e/${b.slug}?track=online`);
    const card = (name: RegExp) => page.getByRole("article", { name });
    const tccm = card(/TCCM/);
    await expect(tccm).toBeVisible();
    await expect(card(/Open Forum/).getByRole("status")).toHaveText("On now");
    await expect(card(/Opening of the day/).getByRole("status")).toHaveText("Ended");
    await expect(tccm.getByRole("status")).toHaveText("");

    const sent = Date.now();
    expect((await late(request, b.slug, 10)).status()).toBe(200);
    const badge = tccm.getByRole("status");
    await expect(badge).toHaveText(lateText(b, 10), { timeout: 5_000 });
    expect(Date.now() - sent).toBeLessThan(5_000);
    await expect(badge).toHaveAttribute("aria-live", "polite");
    // What runs now runs late too; what ended stays ended.
    await expect(card(/Open Forum/).getByRole("status")).toContainText("On now, running 10 min late");
    await expect(card(/Opening of the day/).getByRole("status")).toHaveText("Ended");
    await tccm.scrollIntoViewIfNeeded();
    await shot(page, "agenda-running-late");
    await expectAccessible(page);

    // On time again: the badge goes.
    expect((await late(request, b.slug, 0)).status()).toBe(200);
    await expect(badge).toHaveText("", { timeout: 5_000 });
  });

  test("sees it on the session page, and is told when the plan changes", async ({ page, request }) => {
    const b = await build(request);
    await openLive(page, `/e/${b.slug}/s/${b.tccm.id}?track=online`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("TCCM");
    const badge = page.getByRole("status").filter({ hasText: /late|Plan changed/ });
    expect((await late(request, b.slug, 10)).status()).toBe(200);
    await expect(badge).toHaveText(lateText(b, 10), { timeout: 5_000 });
    await shot(page, "session-running-late");
    await expectAccessible(page);

    // The organiser edits the session: the page says so and offers a reload.
    const auth = { authorization: `Bearer ${demoToken()}` };
    const current = await (await request.get(`${base()}/api/v1/events/${b.slug}/sessions/${b.tccm.id}`, { headers: auth })).json();
    const patched = await request.patch(`${base()}/api/v1/events/${b.slug}/sessions/${b.tccm.id}`, {
      headers: { ...auth, "if-match": `"s${current.version}"` },
      data: { description: "Now with a second panel." },
    });
    expect(patched.status()).toBe(200);
    await expect(badge).toContainText("Plan changed — reload", { timeout: 5_000 });
    await page.getByRole("button", { name: "reload" }).click();
    await expect(page.locator("main")).toContainText("Now with a second panel.");
    await expect(page.getByRole("status").filter({ hasText: "Plan changed" })).toHaveCount(0);
  });
});
