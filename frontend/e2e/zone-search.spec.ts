import { expect, test } from "@playwright/test";
import { base, expectAccessible } from "./helpers";

// People ask for a zone by country or abbreviation as often as by city (issue 11).
test.describe("a New York viewer searching zones", () => {
  test.use({ timezoneId: "America/New_York" });

  test("finds Riyadh by 'Saudi' and New York by 'EST', countries shown beside zones", async ({ page }) => {
    await page.goto(`${base()}/e/igf-2024`);
    const zone = page.getByRole("combobox", { name: "Show times in" });
    await zone.fill("Saudi");
    const first = page.getByRole("option").first();
    await expect(first).toHaveText(/Asia\/Riyadh\s*Saudi Arabia\s*UTC\+03:00/);
    await expectAccessible(page);
    await zone.press("Enter");
    await expect(page).toHaveURL(/tz=Asia%2FRiyadh/);
    await expect(zone).toHaveValue("Asia/Riyadh");

    await zone.fill("EST");
    await expect(page.getByRole("option").first()).toHaveText(/America\/New York\s*United States/);
    await zone.fill("germany");
    await expect(page.getByRole("option").first()).toHaveText(/Europe\/Berlin\s*Germany/);
  });
});

test("an Arabic-locale viewer finds Riyadh by its country's Arabic name", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "ar-SA", timezoneId: "Asia/Riyadh" });
  const page = await ctx.newPage();
  await page.goto(`${base()}/e/igf-2024`);
  const zone = page.getByRole("combobox", { name: "Show times in" });
  await zone.fill("السعودية");
  await expect(page.getByRole("option").first()).toContainText("Asia/Riyadh");
  await expect(page.getByRole("option").first()).toContainText("المملكة العربية السعودية");
  await ctx.close();
});
