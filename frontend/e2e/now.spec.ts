// The agenda's "now" line and "Jump to now" while the event runs, at the page's clock
// (Playwright's page.clock): the line sits after the sessions that have started and moves
// with the clock; before and after the event there is neither.
import { expect, test } from "@playwright/test";
import { base, expectAccessible } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";

test.use({ timezoneId: "America/New_York" });

test("while IGF runs, the now line and Jump to now find the present", async ({ page }) => {
  // 08:10 in New York (16:10 in Riyadh): TCCM has started, the lightning talks have not.
  await page.clock.install({ time: new Date("2024-12-18T13:10:00Z") });
  await page.goto(`${base()}/e/igf-2024?day=2024-12-19`);
  await expect(page.getByRole("heading", { level: 2, name: /Thursday, 19 December 2024/ })).toBeVisible();
  await expect(page.locator(".now-line")).toHaveCount(0);

  const jump = page.getByRole("button", { name: "Jump to now" });
  await jump.click();
  await expect(page).toHaveURL(/day=2024-12-18/);
  const line = page.locator("#now-line");
  await expect(line).toBeFocused();
  await expect(line).toBeInViewport();
  await expect(line).toHaveText("Now 08:10");
  await expect(line).toHaveAttribute("aria-current", "time");
  // After the slot TCCM is in, before the lightning talks.
  const before = page.locator("#now-line").locator("xpath=preceding-sibling::li[1]");
  const after = page.locator("#now-line").locator("xpath=following-sibling::li[1]");
  await expect(before.getByRole("article", { name: TCCM })).toBeVisible();
  await expect(after).toContainText("Lightning talks: Internet fragmentation");
  await expectAccessible(page);

  // The clock runs: the line follows it past the next start.
  await page.clock.runFor(55 * 60_000);
  await expect(line).toHaveText("Now 09:05");
  await expect(page.locator("#now-line").locator("xpath=preceding-sibling::li[1]")).toContainText("Lightning talks");

  // In a filtered view too, on the matching day.
  await page.getByRole("searchbox", { name: "Search sessions" }).fill("TCCM");
  await expect(page.locator("#now-line")).toHaveCount(1);
  await jump.click();
  await expect(page.locator("#now-line")).toBeFocused();
});

test("before the event and after it, there is no now line", async ({ page }) => {
  await page.clock.install({ time: new Date("2024-12-10T12:00:00Z") });
  await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
  await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
  await expect(page.getByRole("button", { name: "Jump to now" })).toHaveCount(0);
  await expect(page.locator(".now-line")).toHaveCount(0);
  // The last session ends at 18:00 in Riyadh on the 19th (15:00 UTC).
  await page.clock.setFixedTime(new Date("2024-12-19T15:00:00Z"));
  await page.reload();
  await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
  await expect(page.getByRole("button", { name: "Jump to now" })).toHaveCount(0);
});
