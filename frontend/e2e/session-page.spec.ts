// The session page /e/{event}/s/{session}: both clocks with the offsets of the day, midnight,
// the viewer's track, add-to-calendar links, lanes that read whole, bidi, print, not found.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, newToken, root, useToken } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";
const docs = join(root, "docs/screenshots");

let tccmId = "";

async function sessionId(request: APIRequestContext, title: string): Promise<string> {
  const r = await request.get(`${base()}/api/v1/events/igf-2024/agenda`);
  expect(r.ok()).toBe(true);
  const agenda = (await r.json()) as { days: { sessions: { id: string; title: string }[] }[] };
  const s = agenda.days.flatMap((d) => d.sessions).find((x) => x.title === title);
  expect(s, `${title} in the demo agenda`).toBeTruthy();
  return s!.id;
}

test.beforeAll(async ({ request }) => {
  tccmId = await sessionId(request, TCCM);
});

const sessionUrl = (query = "") => `${base()}/e/igf-2024/s/${tccmId}${query}`;

async function docShot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: join(docs, name), fullPage });
}

/** Every segment of the lanes shows its whole text: nothing cut, nothing overflowing. */
async function expectLanesReadable(page: Page, scope = "main"): Promise<number> {
  const segs = page.locator(`${scope} .plan-seg`);
  const n = await segs.count();
  expect(n).toBeGreaterThan(0);
  const cut = await segs.evaluateAll((els) =>
    els
      .map((el) => {
        const e = el as HTMLElement;
        // Text meant for screen readers only is clipped on purpose.
        const inner = [...e.querySelectorAll<HTMLElement>("*")].filter(
          (c) =>
            !c.closest(".visually-hidden") &&
            c.scrollWidth > c.clientWidth + 1 &&
            getComputedStyle(c).overflow !== "visible",
        );
        const over = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
        const ellipsis = getComputedStyle(e).textOverflow === "ellipsis" && e.scrollWidth > e.clientWidth;
        return over || ellipsis || inner.length > 0 ? e.innerText : null;
      })
      .filter(Boolean),
  );
  expect(cut).toEqual([]);
  return n;
}

test.describe("an attendee in New York", () => {
  test.use({ timezoneId: "America/New_York", viewport: { width: 1366, height: 900 } });

  test("sees both clocks with the offsets of that day, and the session's details", async ({ page }) => {
    await page.goto(sessionUrl());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TCCM);
    const mine = page.locator(".clock-row.viewer");
    await expect(mine).toContainText("New York");
    await expect(mine.locator(".clock-range")).toHaveText("07:45–08:45");
    await expect(mine).toContainText("UTC−05:00");
    await expect(mine).toContainText("18 December 2024");
    const theirs = page.locator(".clock-row.event");
    await expect(theirs).toContainText("Riyadh");
    await expect(theirs.locator(".clock-range")).toHaveText("15:45–16:45");
    await expect(theirs).toContainText("UTC+03:00");
    await expect(page.locator(".badge.midnight")).toHaveCount(0);
    // Where, who, what.
    await expect(page.locator(".session-where")).toContainText("Workshop Room 2");
    const people = page.getByRole("region", { name: "People" });
    await expect(people).toContainText("Moderator");
    await expect(people).toContainText("Amina Haddad");
    await expect(people).toContainText("Panellists");
    await expect(page.getByRole("region", { name: "About" })).toContainText("technical community formed a coalition");
    // Back to the agenda, on the session's day in the same settings.
    const back = page.getByRole("link", { name: /Internet Governance Forum 2024: agenda/ });
    await expect(back).toHaveAttribute("href", /^\/e\/igf-2024\?.*day=2024-12-18/);
    // Every track: each segment names who it is for, the same words as with a filter.
    const plan = page.locator(".session-plan");
    await expect(plan.locator(".plan-seg", { hasText: "Presentation on TCCM" })).toContainText("Everyone");
    await expect(plan.locator(".plan-seg", { hasText: "Networking opportunity" })).toContainText("In person only");
    await expect(plan.locator(".plan-seg", { hasText: "Facilitated discussion" })).toContainText("Online only");
    await expect(plan.locator(".plan-seg", { hasText: "Facilitated discussion" })).not.toContainText("Everyone");
    await expectLanesReadable(page, ".session-plan");
    await docShot(page, "session-new-york.png");
    await expectAccessible(page);
  });

  test("the calendar links carry the session's UTC instants; the .ics is a calendar", async ({ page, request }) => {
    await page.goto(sessionUrl("?track=online"));
    const google = new URL((await page.getByRole("link", { name: "Google Calendar" }).getAttribute("href"))!);
    expect(google.host).toBe("calendar.google.com");
    expect(google.searchParams.get("dates")).toBe("20241218T124500Z/20241218T134500Z");
    expect(google.searchParams.get("text")).toBe(TCCM);
    expect(google.searchParams.get("details")).toContain(`/e/igf-2024/s/${tccmId}`);
    expect(google.searchParams.get("details")).toContain("https://meet.example.org/igf-2024");
    for (const name of ["Outlook.com", "Outlook (work or school)"]) {
      const outlook = new URL((await page.getByRole("link", { name }).getAttribute("href"))!);
      expect(outlook.pathname).toBe("/calendar/0/deeplink/compose");
      expect(outlook.searchParams.get("subject")).toBe(TCCM);
      // Outlook reads extended ISO 8601: the same instants as Google's basic form.
      const basic = (v: string | null) => v!.replace(/[-:]/g, "");
      expect(`${basic(outlook.searchParams.get("startdt"))}/${basic(outlook.searchParams.get("enddt"))}`).toBe(
        "20241218T124500Z/20241218T134500Z",
      );
    }
    const ics = (await page.getByRole("link", { name: "Calendar file (.ics)" }).getAttribute("href"))!;
    const icsUrl = new URL(ics, base());
    expect(icsUrl.pathname).toBe(`/events/igf-2024/sessions/${tccmId}.ics`);
    expect(icsUrl.searchParams.get("track")).toBe("online");
    expect(icsUrl.searchParams.get("tz")).toBe("America/New_York");
    const r = await request.get(icsUrl.toString());
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toContain("text/calendar");
    const body = await r.text();
    expect(body.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(body).toContain("DTSTART;TZID=Asia/Riyadh:20241218T154500");
  });

  test("with the online track: the discussion is for online, the networking is not shown", async ({ page }) => {
    await page.goto(sessionUrl("?track=online"));
    await expect(page.getByRole("radio", { name: "Online" })).toBeChecked();
    const plan = page.locator(".session-plan");
    await expect(plan).toContainText("for Online");
    const discussion = plan.locator(".plan-seg", { hasText: "Facilitated discussion" });
    await expect(discussion).toContainText("Online only");
    await expect(discussion).not.toContainText("Everyone");
    await expect(plan).not.toContainText("Networking opportunity");
    await expect(plan.locator(".plan-seg", { hasText: "Question & Answer" })).toContainText("Everyone");
    // Online: the join link, not the room.
    const where = page.locator(".session-where");
    await expect(where).toContainText("Online");
    await expect(where).not.toContainText("Workshop Room 2");
    await expectAccessible(page);
  });

  test("the join link opens 15 minutes before the start and closes at the end", async ({ page }) => {
    // 07:15 in New York: 30 minutes before; the note says when the link will appear.
    await page.clock.install({ time: new Date("2024-12-18T12:15:00Z") });
    await page.goto(sessionUrl("?track=online"));
    const where = page.locator(".session-where");
    await expect(where).toContainText("the join link appears here at 07:30");
    await expect(where.getByRole("link", { name: /Join online/ })).toHaveCount(0);
    // At 07:30 it appears by itself.
    await page.clock.runFor(15 * 60_000 + 1000);
    const join = where.getByRole("link", { name: /Join online/ });
    await expect(join).toHaveAttribute("href", "https://meet.example.org/igf-2024");
    // At the end it is gone.
    await page.clock.runFor(75 * 60_000);
    await expect(join).toHaveCount(0);
    await expect(where).toContainText("the session has ended");
  });

  test("prints cleanly with the zone named", async ({ page }) => {
    await page.goto(sessionUrl());
    await expect(page.locator(".clock-row.viewer .clock-range")).toHaveText("07:45–08:45");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".topbar")).toBeHidden();
    await expect(page.locator(".session-controls")).toBeHidden();
    await expect(page.locator(".print-zone")).toBeVisible();
    await expect(page.locator(".print-zone")).toContainText("New York time (UTC−05:00)");
    await expect(page.locator(".print-zone")).toContainText("Riyadh time (UTC+03:00)");
    const pdf = await page.pdf({ format: "A4", printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
    const dir = join(root, "test-results");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "session-print.pdf");
    writeFileSync(file, pdf);
    mkdirSync(docs, { recursive: true });
    try {
      execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-singlefile", file, join(docs, "session-print")]);
    } catch (e) {
      test.info().annotations.push({ type: "note", description: `pdftoppm unavailable: ${(e as Error).message}` });
    } finally {
      rmSync(file, { force: true });
    }
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });
});

test.describe("an attendee in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney", viewport: { width: 1366, height: 900 } });

  test("is told the session crosses their midnight", async ({ page }) => {
    await page.goto(sessionUrl("?track=online"));
    const mine = page.locator(".clock-row.viewer");
    await expect(mine).toContainText("Sydney");
    await expect(mine.locator(".clock-range")).toHaveText("23:45–00:45");
    await expect(mine).toContainText("UTC+11:00");
    await expect(mine).toContainText("crosses midnight: ends Thu 19 Dec");
    // Riyadh's clock does not cross.
    await expect(page.locator(".clock-row.event .badge.midnight")).toHaveCount(0);
    await docShot(page, "session-sydney.png");
  });
});

test.describe("lanes read whole", () => {
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    test.describe(`at ${width} px`, () => {
      // A 12-hour locale has the longest times: "07:45 AM–08:05 AM" was cut to "07:45 AM–08:0…".
      test.use({ viewport: { width, height }, locale: "en-US", timezoneId: "America/New_York" });

      test("on the session page", async ({ page }) => {
        await page.goto(sessionUrl());
        await expect(page.locator(".session-plan .plan-seg").first()).toBeVisible();
        expect(await expectLanesReadable(page, ".session-plan")).toBe(4);
        await expect(page.locator(".session-plan .plan-seg").first()).toContainText("07:45 AM–08:05 AM");
        if (width === 390) {
          await docShot(page, "session-phone.png");
          const doc = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(doc).toBeLessThanOrEqual(width);
        }
      });

      test("in the agenda's card", async ({ page }) => {
        await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
        const card = page.getByRole("article", { name: TCCM });
        await card.scrollIntoViewIfNeeded();
        await expect(card.locator(".plan-seg").first()).toBeVisible();
        expect(await expectLanesReadable(page, `article[aria-labelledby="s-${tccmId}"]`)).toBe(4);
        await expect(card.locator(".plan-seg", { hasText: "Facilitated discussion" })).toContainText("Online only");
      });
    });
  }
});

test.describe("in an Arabic-locale browser", () => {
  test.use({ locale: "ar-SA", timezoneId: "Asia/Riyadh" });

  test("each time range is isolated, so each zone stays beside its own range", async ({ page }) => {
    await page.goto(sessionUrl("?tz=America/New_York"));
    await expect(page.locator(".clock-row")).toHaveCount(2);
    const expected = await page.evaluate(() => {
      const f = (zone: string) => new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: zone });
      const range = (zone: string) =>
        `${f(zone).format(new Date("2024-12-18T12:45:00Z"))}–${f(zone).format(new Date("2024-12-18T13:45:00Z"))}`;
      return { viewer: range("America/New_York"), event: range("Asia/Riyadh") };
    });
    expect(expected.viewer).not.toBe(expected.event);
    await expect(page.locator(".clock-row.viewer .clock-range > bdi")).toHaveText(expected.viewer);
    await expect(page.locator(".clock-row.event .clock-range > bdi")).toHaveText(expected.event);
    await expect(page.locator(".clock-row.event dt")).toContainText("Riyadh");
    await expect(page.locator(".clock-row.viewer dt")).toContainText("New York");
    // Every range on the page, the lanes' included, sits in its own <bdi>.
    const loose = await page.locator("main time").evaluateAll((els) => els.filter((t) => !t.closest("bdi")).length);
    expect(loose).toBe(0);
    const segs = await page.locator(".session-plan .plan-seg").count();
    await expect(page.locator(".session-plan .seg-time > bdi")).toHaveCount(segs);
    await expectAccessible(page);
  });
});

test.describe("not found", () => {
  test("an unknown session is a page for people, with the way back", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024/s/00000000-0000-4000-8000-000000000000`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such session");
    await expect(page.getByRole("link", { name: "See the agenda" })).toHaveAttribute("href", "/e/igf-2024");
    await expect(page).toHaveTitle(/Not found/);
    await expectAccessible(page);
    await page.goto(`${base()}/e/igf-2024/s/not-a-session`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such session");
  });

  test("an unknown event too", async ({ page }) => {
    await page.goto(`${base()}/e/no-such-event/s/${tccmId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such event");
    await expect(page.getByRole("link", { name: "See all events" })).toBeVisible();
  });
});

test.describe("the run of show", () => {
  test("is linked for the event's organisers, not for attendees", async ({ page, browser }) => {
    await useToken(page, demoToken());
    await page.goto(sessionUrl("?track=online"));
    const run = page.getByRole("link", { name: "Run of show: Online" });
    await expect(run).toHaveAttribute("href", "/e/igf-2024/tracks/online/run");
    await expect(page.getByRole("link", { name: "Run of show: In person" })).toHaveCount(0);

    const anonymous = await browser.newPage();
    await anonymous.goto(sessionUrl("?track=online"));
    await expect(anonymous.locator(".clock-row").first()).toBeVisible();
    await expect(anonymous.getByRole("link", { name: /Run of show/ })).toHaveCount(0);
    await anonymous.close();
  });
});

test.describe("a changed session", () => {
  test("says it moved, then that it is cancelled", async ({ page, request }) => {
    const auth = { authorization: `Bearer ${newToken()}` };
    const slug = `session-page-${Date.now().toString(36)}`;
    const created = await request.post(`${base()}/api/v1/events`, {
      headers: auth,
      data: { slug, title: "Session page check", timezone: "Europe/Oslo", start_date: "2025-06-23", end_date: "2025-06-24" },
    });
    expect(created.status()).toBe(201);
    const s = await request.post(`${base()}/api/v1/events/${slug}/sessions`, {
      headers: auth,
      data: { title: "Opening", start: "2025-06-23T10:00", end: "2025-06-23T11:00", room: "Hall A" },
    });
    expect(s.status()).toBe(201);
    const id = ((await s.json()) as { id: string }).id;
    expect((await request.post(`${base()}/api/v1/events/${slug}/publish`, { headers: auth })).ok()).toBe(true);

    await page.goto(`${base()}/e/${slug}/s/${id}?tz=Europe/Oslo`);
    // Oslo in June is summer time: the offset of that day, not of today.
    await expect(page.locator(".clock-row.event")).toContainText("UTC+02:00");
    await expect(page.locator(".session-status")).toHaveCount(0);

    expect((await request.patch(`${base()}/api/v1/events/${slug}/sessions/${id}`, { headers: auth, data: { start: "2025-06-23T12:00" } })).ok()).toBe(true);
    await page.reload();
    await expect(page.locator(".session-status.changed")).toContainText("has changed");
    await expect(page.locator(".clock-row.event .clock-range")).toHaveText("12:00–13:00");

    expect((await request.patch(`${base()}/api/v1/events/${slug}/sessions/${id}`, { headers: auth, data: { status: "cancelled" } })).ok()).toBe(true);
    await page.reload();
    await expect(page.locator(".session-status.cancelled")).toContainText("Cancelled");
    await expect(page.getByRole("link", { name: "Google Calendar" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
