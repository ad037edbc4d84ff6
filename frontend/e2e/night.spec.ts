import { expect, test } from "@playwright/test";
import { base, expectAccessible } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";

// Issue 14: a session that falls in the viewer's night says so, on the agenda and its page.
test.describe("a viewer in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney" });

  test("sees TCCM marked as their night (23:45), on the agenda and on its page", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?day=2024-12-18&track=online`);
    const card = page.getByRole("article", { name: TCCM });
    await expect(card.getByText("23:45 for you — night")).toBeVisible();
    await expectAccessible(page);
    await card.getByRole("link", { name: TCCM, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TCCM);
    await expect(page.getByText("23:45 for you — night")).toBeVisible();
    // The agenda's track filter links that track's run of show.
    await page.goto(`${base()}/e/igf-2024?track=online`);
    await expect(page.getByRole("link", { name: "Run of show: Online" })).toHaveAttribute("href", /\/e\/igf-2024\/tracks\/online\/run/);
  });
});

test.describe("a viewer in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("sees no night mark on TCCM at 07:45", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024?day=2024-12-18&track=online`);
    const card = page.getByRole("article", { name: TCCM });
    await expect(card.getByText(/07:45/).first()).toBeVisible();
    await expect(card.getByText(/for you — night/)).toHaveCount(0);
  });
});
