import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { base, expectAccessible, icscheck, root, shot } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";

test.describe("an attendee in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("sees TCCM at 07:45–08:45 in their zone, with Riyadh's time beside it", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?track=online`);
    await expect(page.getByRole("combobox", { name: "Show times in" })).toHaveValue("America/New_York");
    const card = page.getByRole("article", { name: TCCM });
    await expect(card).toContainText("07:45–08:45");
    await expect(card).toContainText("15:45–16:45 in Riyadh");
    // The online track: the facilitated discussion, not the in-person networking.
    await expect(card).toContainText("Facilitated discussion");
    await expect(card).not.toContainText("Networking opportunity");
    await card.scrollIntoViewIfNeeded();
    await shot(page, "agenda-new-york-online");
    await expectAccessible(page);
  });

  test("the calendar buttons give valid iCalendar", async ({ page, request }) => {
    await page.goto(`${base()}/e/igf-2024?track=online`);
    const card = page.getByRole("article", { name: TCCM });
    const href = await card.getByRole("link", { name: /Add to calendar/ }).getAttribute("href");
    expect(href).toMatch(/\/events\/igf-2024\/sessions\/[0-9a-f-]+\.ics/);
    const invite = await request.get(new URL(href!, base()).toString());
    expect(invite.status()).toBe(200);
    expect(invite.headers()["content-type"]).toContain("text/calendar");
    const ics = await invite.text();
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics).toContain("TCCM");

    const subscribe = await page.getByRole("link", { name: /Subscribe to online/ }).getAttribute("href");
    expect(subscribe).toMatch(/^webcal:\/\/.*\/events\/igf-2024\/tracks\/online\.ics$/);
    const feed = await request.get(subscribe!.replace(/^webcal:/, "http:"));
    expect((await feed.text()).startsWith("BEGIN:VCALENDAR")).toBe(true);

    for (const [name, body] of [["session", ics], ["track", await feed.text()]] as const) {
      const file = join(root, `test-results/e2e-${name}.ics`);
      writeFileSync(file, body);
      const out = icscheck(file);
      if (out !== null) expect(out).toMatch(/0 failed/);
    }
    expect(readFileSync(join(root, "test-results/e2e-session.ics"), "utf8")).toContain("END:VCALENDAR");
  });
});

test.describe("an attendee in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney" });

  test("sees the session cross their midnight", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?track=online&day=2024-12-18`);
    const card = page.getByRole("article", { name: TCCM });
    await expect(card).toContainText("23:45–00:45");
    await expect(card).toContainText("crosses midnight: ends Thu 19 Dec");
    await card.scrollIntoViewIfNeeded();
    await shot(page, "agenda-sydney-midnight");
  });
});

test("the zone picker searches IANA names with offsets and keeps the state in the URL", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024`);
  const zone = page.getByRole("combobox", { name: "Show times in" });
  await zone.fill("tokyo");
  await expect(page.getByRole("option", { name: /Asia\/Tokyo .*UTC\+09:00/ })).toBeVisible();
  await zone.press("ArrowDown");
  await zone.press("ArrowUp");
  await zone.press("Enter");
  await expect(page).toHaveURL(/tz=Asia%2FTokyo/);
  await page.getByRole("radio", { name: "In person" }).check();
  await expect(page).toHaveURL(/track=in-person/);
  await page.getByRole("link", { name: /Thu 19 Dec/ }).click();
  await expect(page).toHaveURL(/day=2024-12-19/);
  // A shared link shows what the sender saw.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole("combobox", { name: "Show times in" })).toHaveValue("Asia/Tokyo");
  await expect(other.getByRole("radio", { name: "In person" })).toBeChecked();
  await expect(other.getByRole("heading", { level: 2, name: /Friday, 20 December 2024|Thursday, 19 December 2024/ })).toBeVisible();
});

test("works on a phone-sized screen, right to left included", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar", timezoneId: "Asia/Riyadh" });
  const page = await ctx.newPage();
  await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
  await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await shot(page, "agenda-phone-arabic-locale");
  await ctx.close();
});
