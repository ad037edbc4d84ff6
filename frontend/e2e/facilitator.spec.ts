import { expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, shot, useToken } from "./helpers";

// 16:30 in Riyadh: the last segment of TCCM, where the lanes split.
const AT = encodeURIComponent("2024-12-18T16:30:00+03:00");

test.use({ timezoneId: "America/New_York" });

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
