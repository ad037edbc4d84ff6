// Every offset a page shows is the offset at the instant it labels, never today's: an event in
// New York on 14 March 2027 is after the US clock change (UTC−04:00), and Oslo in June is on
// summer time (UTC+02:00), whatever the date the page is opened on and whatever the viewer's zone.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { base, expectAccessible, newToken } from "./helpers";

const SLUG = "offsets-new-york-2027";
const TITLE = "After the clocks change";

async function newYorkEvent(request: APIRequestContext): Promise<string> {
  const headers = { authorization: `Bearer ${newToken()}` };
  const existing = await request.get(`${base()}/api/v1/events/${SLUG}/sessions`, { headers });
  if (existing.ok()) return (await existing.json()).items[0].id;
  const created = await request.post(`${base()}/api/v1/events`, {
    headers,
    data: {
      slug: SLUG,
      title: "Spring forward summit",
      timezone: "America/New_York",
      start_date: "2027-03-14",
      end_date: "2027-03-15",
      venue: "New York",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const session = await request.post(`${base()}/api/v1/events/${SLUG}/sessions`, {
    headers,
    data: { title: TITLE, start: "2027-03-14T10:15", end: "2027-03-14T11:00", room: "Hall A" },
  });
  expect(session.status(), await session.text()).toBe(201);
  expect((await request.post(`${base()}/api/v1/events/${SLUG}/publish`, { headers })).status()).toBe(200);
  return (await session.json()).id;
}

for (const [zone, own] of [
  ["America/New_York", "UTC−04:00"],
  ["Asia/Riyadh", "UTC+03:00"],
  ["Australia/Sydney", "UTC+11:00"],
] as const) {
  test.describe(`a viewer in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test("sees New York's offset after the March clock change, on the agenda and the session page", async ({
      page,
      request,
    }) => {
      const id = await newYorkEvent(request);
      await page.goto(`${base()}/e/${SLUG}`);
      const head = page.locator(".event-head .meta");
      await expect(head).toContainText("(UTC−04:00)");
      await expect(page.locator("#day-title")).toContainText(`(${own})`);
      await expect(page.locator(".zone-offset").first()).toHaveText(own);
      await expect(page.locator("main")).not.toContainText("UTC−05:00");
      await expectAccessible(page);

      await page.getByRole("link", { name: TITLE, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/e/${SLUG}/s/${id}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
      await expect(page.locator("main")).toContainText("UTC−04:00");
      await expect(page.locator("main")).not.toContainText("UTC−05:00");
    });

    test("sees Oslo on summer time for IGF 2025 in June", async ({ page }) => {
      await page.goto(`${base()}/e/igf-2025`);
      await expect(page.locator(".event-head .meta")).toContainText("(UTC+02:00)");
      await expect(page.locator(".event-head .meta")).not.toContainText("UTC+01:00");
    });
  });
}

test("the home page lists upcoming events first, past ones apart, with years; deadlines as dates", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2025-03-01T12:00:00Z"));
  await page.goto(`${base()}/`);
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const past = page.getByRole("region", { name: "Past events" });
  await expect(past.getByRole("link", { name: "Internet Governance Forum 2024" })).toBeVisible();
  await expect(upcoming.getByRole("link", { name: "Internet Governance Forum 2025" })).toBeVisible();
  await expect(past).toContainText("2024");
  await expect(upcoming).toContainText("2025");
  // A deadline is one date, not a range and not a meeting to register for.
  const deadline = upcoming.getByRole("listitem").filter({ hasText: /Deadline/ }).first();
  await expect(deadline).toBeVisible();
  await expect(deadline).not.toContainText("–");
  await deadline.getByRole("link").click();
  await expect(page.locator("main")).toContainText("Deadline:");
  await expect(page.locator("main")).not.toContainText("No sessions yet");
  await expect(page.getByRole("button", { name: /Register/ })).toHaveCount(0);
  await expectAccessible(page);
});
