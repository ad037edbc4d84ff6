import { type Page, expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, newToken, shot, useToken } from "./helpers";

// 16:30 in Riyadh: the last segment of TCCM, where the lanes split.
const AT = encodeURIComponent("2024-12-18T16:30:00+03:00");
const TCCM = /Technical Community Coalition/;

test.use({ timezoneId: "America/New_York" });

async function tccmId(page: Page): Promise<string> {
  const r = await page.request.get(`${base()}/api/v1/events/igf-2024/agenda?track=online`);
  const agenda = await r.json();
  for (const d of agenda.days) for (const s of d.sessions) if (TCCM.test(s.title)) return s.id as string;
  throw new Error("no TCCM in the demo");
}

test("a facilitator sees only the online lane, now and next, notes, in both zones", async ({ page }) => {
  await useToken(page, demoToken());
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?at=${AT}`);
  const now = page.getByRole("article", { name: "Now" });
  await expect(now).toContainText("Facilitated discussion for online attendees");
  await expect(now).toContainText("08:25–08:45");
  await expect(now).toContainText("16:25–16:45 Riyadh");
  await expect(now).toContainText(/ends in 1[45] min/);
  await expect(page.getByRole("article", { name: "Next" })).not.toContainText("Networking");
  await expect(page.locator("main")).not.toContainText("Networking opportunity for in-person attendees");
  await expect(page.getByRole("row", { name: /TCCM/ })).toContainText("07:45–08:45");
  await expect(page.getByRole("row", { name: /TCCM/ })).toContainText("15:45–16:45");
  // One card per session running now, each with its own segment and its notes.
  const card = now.getByRole("region", { name: TCCM });
  await expect(card).toContainText("Facilitated discussion for online attendees");
  await expect(card).toContainText("Open breakout rooms of five; collect one takeaway per room.");
  await expect(card).not.toContainText("Open Forum");
  await expect(now.getByRole("region", { name: /Open Forum/ })).toBeVisible();
  // Next is tomorrow for a New Yorker: it says which day.
  const next = page.getByRole("article", { name: "Next" });
  await expect(next.getByRole("region", { name: /Regional hubs/ })).toContainText("Thu 19 Dec, 00:00–01:00");
  await expect(next).toContainText("(Thu 19 Dec, 08:00–09:00 Riyadh)");
  await shot(page, "run-of-show-online");
  await expectAccessible(page);
});

test("an unmistakable banner when the plan changes", async ({ page, request }) => {
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?at=${AT}&poll=1`);
  await expect(page.getByRole("article", { name: "Now" })).toContainText("Facilitated discussion");
  // An organiser changes the plan elsewhere.
  const auth = { authorization: `Bearer ${demoToken()}` };
  const list = await (await request.get(`${base()}/api/v1/events/igf-2024/sessions?limit=100`, { headers: auth })).json();
  const lightning = list.items.find((s: { title: string }) => s.title.startsWith("Lightning talks"));
  const r = await request.patch(`${base()}/api/v1/events/igf-2024/sessions/${lightning.id}`, {
    headers: { ...auth, "if-match": `"s${lightning.version}"` },
    data: { description: `changed at ${Date.now()}` },
  });
  expect(r.status()).toBe(200);
  await expect(page.getByRole("alert")).toContainText("The plan has changed", { timeout: 10_000 });
  await shot(page, "run-of-show-plan-changed");
});

test("a session or a room picked in the URL: its current segment, the one after it, their notes", async ({ page }) => {
  await useToken(page, demoToken());
  const at = encodeURIComponent("2024-12-18T16:10:00+03:00");
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?at=${at}`);
  const pick = page.getByLabel("Show", { exact: true });
  // The demo organiser facilitates nothing: every session of the track.
  await expect(pick).toHaveValue("all");
  const now = page.getByRole("article", { name: "Now" });
  await expect(now.getByRole("region")).toHaveCount(3); // TCCM, the Open Forum, the Main Session
  await pick.selectOption({ label: (await pick.locator("option", { hasText: TCCM }).textContent())! });
  const id = await tccmId(page);
  await expect(page).toHaveURL(new RegExp(`[?&]session=${id}`));
  await expect(now.getByRole("region")).toHaveCount(1);
  const card = now.getByRole("region", { name: TCCM });
  await expect(card).toContainText("Question & Answer session with panellists");
  await expect(card).toContainText("Alternate questions between the room and the online chat.");
  // The segment after it, in this track's lane, with its note.
  await expect(card).toContainText(/After it\s*Facilitated discussion for online attendees/);
  await expect(card).toContainText("Open breakout rooms of five");
  await expect(card).not.toContainText("Networking");
  await expect(page.getByRole("row")).toHaveCount(2); // the whole run, of this session: head + TCCM
  // Kept in the URL: a reload shows the same.
  await page.reload();
  await expect(page.getByLabel("Show", { exact: true })).toHaveValue(`session:${id}`);
  await expect(page.getByRole("article", { name: "Now" }).getByRole("region")).toHaveCount(1);
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the picked session's card, and what comes after it in the session, come first.
  const top = (await page.getByRole("article", { name: "Now" }).getByRole("region", { name: TCCM }).boundingBox())!;
  expect(top.y).toBeLessThan(450);
  const after = (await page.getByText("After it", { exact: true }).boundingBox())!;
  expect(after.y).toBeLessThan(844 * 1.2);
  await shot(page, "run-of-show-phone-one-session");
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "run-of-show-one-session");

  // A room instead.
  await page.getByLabel("Show", { exact: true }).selectOption("room:Workshop Room 3");
  await expect(page).toHaveURL(/[?&]room=Workshop\+Room\+3/);
  await expect(now.getByRole("region")).toHaveCount(1);
  await expect(now.getByRole("region", { name: /Open Forum/ })).toBeVisible();

  // A picked session that is over says so.
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?session=${id}&at=${encodeURIComponent("2024-12-18T18:00:00+03:00")}`);
  await expect(page.getByRole("article", { name: "Now" })).toContainText("This session ended at 08:45.");
});

test.describe("an event in Oslo in June (UTC+02:00, while today Oslo reads UTC+01:00)", () => {
  const slug = `run-oslo-${Date.now().toString(36)}`;
  const me = "e2e-organiser@example.org";

  test.beforeAll(async ({ request }) => {
    const auth = { authorization: `Bearer ${newToken()}` };
    const ev = await request.post(`${base()}/api/v1/events`, {
      headers: auth,
      data: { slug, title: "Run of show in Oslo", timezone: "Europe/Oslo", start_date: "2025-06-23", end_date: "2025-06-23" },
    });
    expect(ev.status()).toBe(201);
    const make = async (title: string, room: string, people: unknown[]) => {
      const r = await request.post(`${base()}/api/v1/events/${slug}/sessions`, {
        headers: auth,
        data: { title, start: "2025-06-23T10:00", end: "2025-06-23T11:00", room },
      });
      expect(r.status()).toBe(201);
      const s = await r.json();
      const put = await request.put(`${base()}/api/v1/events/${slug}/sessions/${s.id}/segments`, {
        headers: { ...auth, "if-match": `"s${s.version}"` },
        data: [
          { kind: "presentation", title: `${title}: opening`, start: "2025-06-23T10:00", end: "2025-06-23T10:20" },
          { kind: "discussion", title: `${title}: online discussion`, start: "2025-06-23T10:20", end: "2025-06-23T11:00", tracks: ["online"], people, notes: "Breakout rooms of four." },
          { kind: "networking", title: `${title}: coffee`, start: "2025-06-23T10:20", end: "2025-06-23T11:00", tracks: ["in-person"] },
        ],
      });
      expect(put.status()).toBe(200);
    };
    await make("Keynote hall", "Hall A", []);
    await make("Youth breakout", "Room B", [{ name: "E2E Organiser", role: "facilitator", email: me }]);
    expect((await request.post(`${base()}/api/v1/events/${slug}/publish`, { headers: auth })).status()).toBe(200);
  });

  test("by default a facilitator sees the sessions they facilitate; one clock when their zone is the event's", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Europe/Oslo" });
    const page = await context.newPage();
    await useToken(page, newToken());
    await page.goto(`${base()}/e/${slug}/tracks/online/run?at=2025-06-23T10:30`);
    const now = page.getByRole("article", { name: "Now" });
    await expect(now.getByRole("region", { name: "Youth breakout" })).toContainText("Youth breakout: online discussion");
    await expect(now.getByRole("region", { name: "Youth breakout" })).toContainText("Breakout rooms of four.");
    await expect(now.getByRole("region")).toHaveCount(1);
    await expect(page.getByLabel("Show", { exact: true })).toHaveValue("mine");
    await expect(page.getByText("The sessions you facilitate in this track (1).")).toBeVisible();
    // One clock, with the offset of that June day.
    const clock = page.locator(".run-clock .clock");
    await expect(clock).toHaveText("Rehearsal clock: 10:30 (Oslo, UTC+02:00)");
    await expect(now).toContainText("10:20–11:00");
    await expect(now).not.toContainText("Oslo)");
    await expect(page.getByRole("columnheader")).toHaveCount(3);
    await expect(page.getByRole("columnheader").first()).toHaveText("Time (Oslo, UTC+02:00)");
    await expectAccessible(page);
    // Everyone's, on request.
    await page.getByLabel("Show", { exact: true }).selectOption("all");
    await expect(page).toHaveURL(/[?&]show=all/);
    await expect(now.getByRole("region")).toHaveCount(2);
    await context.close();
  });

  test("?at= without an offset is read in the event's zone, and the page says so", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.goto(`${base()}/e/${slug}/tracks/online/run?at=2025-06-23T10:30`);
    const now = page.getByRole("article", { name: "Now" });
    await expect(now.getByRole("region", { name: "Youth breakout" })).toContainText("04:20–05:00 (10:20–11:00 Oslo)");
    await expect(page.getByText(/has no UTC offset, so it is read in the event's zone: 10:30 on Mon 23 Jun in Oslo \(Europe\/Oslo, UTC\+02:00\)/)).toBeVisible();
    // Two clocks, each with its offset at that instant (New York in June: UTC−04:00).
    await expect(page.locator(".run-clock .clock")).toHaveText("Rehearsal clock: 04:30 (New York, UTC−04:00) · 10:30 in Oslo (UTC+02:00)");
    await context.close();
  });
});

test("an unknown track or event is a page that says so, with a way back", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024/tracks/nope/run`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No track “nope” in Internet Governance Forum 2024");
  await expect(page.getByRole("link", { name: "Back to the agenda of Internet Governance Forum 2024" })).toHaveAttribute("href", "/e/igf-2024");
  await expect(page.getByRole("link", { name: "Run of show: Online" })).toHaveAttribute("href", "/e/igf-2024/tracks/online/run");
  await expect(page.getByRole("article", { name: "Now" })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${base()}/e/no-such-event/tracks/online/run`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such event");
  await expect(page.getByRole("link", { name: "See all events" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("browser cues: asked for only when turned on, then a sound and a notification at the segment change", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __cues: { asked: number; shown: { title: string; body?: string }[]; tones: number } };
    w.__cues = { asked: 0, shown: [], tones: 0 };
    class FakeNotification {
      static permission: NotificationPermission = "default";
      static async requestPermission(): Promise<NotificationPermission> {
        w.__cues.asked++;
        FakeNotification.permission = "granted";
        return "granted";
      }
      constructor(title: string, opts?: NotificationOptions) {
        w.__cues.shown.push({ title, body: opts?.body });
      }
    }
    w.Notification = FakeNotification;
    const Real = window.AudioContext;
    w.AudioContext = class extends Real {
      createOscillator(): OscillatorNode {
        const o = super.createOscillator();
        const start = o.start.bind(o);
        o.start = (when?: number) => {
          w.__cues.tones++;
          start(when);
        };
        return o;
      }
    };
  });
  const id = await tccmId(page);
  const at = encodeURIComponent("2024-12-18T16:24:48+03:00");
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?session=${id}&at=${at}`);
  const card = page.getByRole("article", { name: "Now" }).getByRole("region", { name: TCCM });
  await expect(card).toContainText("Question & Answer session with panellists");
  const cues = () => page.evaluate(() => (window as unknown as { __cues: { asked: number; shown: { title: string; body?: string }[]; tones: number } }).__cues);
  expect((await cues()).asked).toBe(0);
  const toggle = page.getByRole("checkbox", { name: "Sound and notification at each segment change" });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByText("Cues on: a sound and a notification at each segment change.")).toBeVisible();
  expect((await cues()).asked).toBe(1);
  expect((await cues()).shown).toEqual([]);
  // 16:25 in Riyadh: the online lane's discussion begins.
  await expect(card).toContainText(/Now\s*Facilitated discussion for online attendees/, { timeout: 20_000 });
  await expect.poll(async () => (await cues()).shown, { timeout: 5_000 }).toEqual([
    { title: "Now: Facilitated discussion for online attendees", body: expect.stringContaining("until 08:45") },
  ]);
  expect((await cues()).tones).toBeGreaterThan(0);
  expect((await cues()).asked).toBe(1);
});

test("in Sydney, TCCM crosses midnight: what comes after it says which day", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Australia/Sydney" });
  const page = await context.newPage();
  // 15:55 in Riyadh is 23:55 on 18 December in Sydney; the Q&A starts at 00:05 on the 19th.
  const id = await tccmId(page);
  await page.goto(`${base()}/e/igf-2024/tracks/online/run?session=${id}&at=${encodeURIComponent("2024-12-18T15:55:00+03:00")}`);
  const card = page.getByRole("article", { name: "Now" }).getByRole("region", { name: TCCM });
  await expect(card).toContainText("until Thu 19 Dec, 00:45");
  await expect(card).toContainText(/Now\s*Presentation on TCCM/);
  await expect(card).toContainText("23:45–00:05 (15:45–16:05 Riyadh)");
  await expect(card).toContainText(/After it\s*Question & Answer session with panellists · Q&AThu 19 Dec, 00:05–00:25 \(16:05–16:25 Riyadh\)/);
  await context.close();
});
