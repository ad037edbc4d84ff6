// An organiser who opens an unpublished event's agenda (/e/{event}) is told it is a draft;
// nobody else sees it at all, and once published the marker is gone.
import { expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, useToken } from "./helpers";

test("a draft's agenda says Draft to its organiser, is not found for others, and stops saying it once published", async ({
  page,
  browser,
  request,
}) => {
  const slug = `draft-${Date.now()}`;
  const headers = { authorization: `Bearer ${newToken()}` };
  const created = await request.post(`${base()}/api/v1/events`, {
    headers,
    data: { slug, title: "Rehearsal forum", timezone: "Europe/Oslo", start_date: "2027-06-23", end_date: "2027-06-23", venue: "Oslo" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const session = await request.post(`${base()}/api/v1/events/${slug}/sessions`, {
    headers,
    data: { title: "Opening rehearsal", start: "2027-06-23T09:00", end: "2027-06-23T10:00", room: "Hall B" },
  });
  expect(session.status(), await session.text()).toBe(201);

  await useToken(page, newToken());
  await page.goto(`${base()}/e/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rehearsal forum Draft");
  await expect(page.getByRole("note")).toContainText("Draft: not published.");
  await expect(page.getByRole("article", { name: "Opening rehearsal" })).toBeVisible();
  // Nothing to register for yet.
  await expect(page.getByRole("button", { name: /Register for/ })).toHaveCount(0);
  await expectAccessible(page);

  const anonymous = await browser.newPage();
  await anonymous.goto(`${base()}/e/${slug}`);
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText("No such event");
  await anonymous.close();

  expect((await request.post(`${base()}/api/v1/events/${slug}/publish`, { headers })).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("article", { name: "Opening rehearsal" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rehearsal forum");
  await expect(page.getByText("Draft", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Register for/ })).toBeVisible();
});

test("the published demo shows no draft marker", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Internet Governance Forum 2024");
  await expect(page.locator(".draft-marker, .draft-note")).toHaveCount(0);
});
