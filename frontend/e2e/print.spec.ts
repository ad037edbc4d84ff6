// Printing: the agenda and the session page print in the viewer's zone with no buttons,
// filters or navigation, and every printed page names the zone (the first in its opening
// line, the others in a running header in the top margin). Checked on the page under print
// media and in the PDF Chromium prints, page by page.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { base, expectAccessible, pdfPages, root, squeeze } from "./helpers";

/** docs/screenshots/{name}-{n}.png: the first `count` printed pages, as the README shows them
 * (pdftoppm, where poppler-utils is installed; the checks above do not need it). */
function previewFor(name: string, pdf: Buffer, count: number): void {
  const file = join(root, "test-results", `${name}.pdf`);
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(file, pdf);
  try {
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", String(count), file, join(root, "docs/screenshots", name)]);
  } catch (e) {
    test.info().annotations.push({ type: "note", description: `pdftoppm unavailable: ${(e as Error).message}` });
  } finally {
    rmSync(file, { force: true });
  }
}

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";
const CONTROLS = ["Search sessions", "Show times in", "Get these in my calendar", "Starred only", "Jump to now", "Add to calendar", "Register for"];

test.describe("an attendee in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("prints the agenda in their zone, the zone named on every page, no controls", async ({ page }) => {
    // While IGF runs, so that Jump to now and the now line would be there on screen.
    await page.clock.install({ time: new Date("2024-12-18T13:10:00Z") });
    await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
    await expect(page.getByRole("article", { name: TCCM })).toContainText("07:45–08:45");
    await page.getByRole("button", { name: `Star ${TCCM}` }).click();
    await expect(page.getByRole("button", { name: "Jump to now" })).toBeVisible();
    await expectAccessible(page);

    await page.emulateMedia({ media: "print" });
    const zone = page.locator(".agenda .print-zone");
    await expect(zone).toBeVisible();
    await expect(zone).toContainText("Times in New York time (UTC−05:00)");
    await expect(zone).toContainText("event time: Riyadh (UTC+03:00)");
    for (const hidden of [
      page.locator(".topbar"),
      page.getByRole("searchbox", { name: "Search sessions" }),
      page.getByRole("combobox", { name: "Show times in" }),
      page.getByRole("button", { name: `Star ${TCCM}` }),
      page.getByRole("button", { name: "Jump to now" }),
      page.getByRole("region", { name: "My agenda" }),
      page.getByRole("button", { name: /Register for/ }),
      page.getByRole("navigation", { name: "Days" }),
      page.locator(".now-line"),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
    await expect(page.getByRole("link", { name: /Add to calendar/ }).first()).toBeHidden();

    const pdf = await page.pdf({ format: "A5" });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    previewFor("agenda-print", pdf, 2);
    for (const [i, text] of pages.entries()) {
      expect(squeeze(text), `page ${i + 1}`).toContain(squeeze("Times in New York time (UTC−05:00)"));
      for (const control of CONTROLS) expect(squeeze(text), `page ${i + 1}`).not.toContain(squeeze(control));
    }
    const all = squeeze(pages.join(""));
    expect(all).toContain(squeeze("07:45–08:45"));
    expect(all).toContain(squeeze(TCCM));
  });

  test("prints the session page in their zone, the zone named on every page, no controls", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
    await page.getByRole("link", { name: TCCM, exact: true }).click();
    await expect(page.locator(".clock-row.viewer .clock-range")).toHaveText("07:45–08:45");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".session-page .print-zone")).toBeVisible();
    await expect(page.locator(".topbar")).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Show times in" })).toBeHidden();
    const pages = pdfPages(await page.pdf({ format: "A6" }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, text] of pages.entries()) {
      expect(squeeze(text), `page ${i + 1}`).toContain(squeeze("Times in New York time (UTC−05:00)"));
      expect(squeeze(text), `page ${i + 1}`).not.toContain(squeeze("Show times in"));
    }
  });
});

test.describe("an attendee in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney" });

  test("a printed starred agenda names Sydney's zone at its own dates", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?day=2024-12-18`);
    await page.getByRole("button", { name: `Star ${TCCM}` }).click();
    await page.getByRole("button", { name: "Starred only" }).click();
    await expect(page.locator("article")).toHaveCount(1);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".agenda .print-zone")).toContainText("Times in Sydney time (UTC+11:00)");
    await expect(page.locator(".find-status")).toHaveText("1 of 8 sessions (starred only)");
    const pages = pdfPages(await page.pdf());
    for (const text of pages) expect(squeeze(text)).toContain(squeeze("Times in Sydney time (UTC+11:00)"));
    expect(squeeze(pages.join(""))).toContain(squeeze("23:45–00:45"));
    expect(squeeze(pages.join(""))).not.toContain(squeeze("Open Forum"));
  });
});
