import { expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, shot, useToken } from "./helpers";

// Two panels sharing a room and 51 speakers: 52 conflicts, more than the workspace's first page.
test("the conflicts list shows the total and a summary by kind, and pages with Show more", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${newToken()}` };
  const api = `${base()}/api/v1/events`;
  const created = await request.post(api, {
    headers,
    data: { slug: "conflicts-e2e", title: "Conflicts, paged", timezone: "Europe/Berlin", start_date: "2025-03-10", end_date: "2025-03-11" },
  });
  expect(created.status()).toBe(201);
  const people = Array.from({ length: 51 }, (_, i) => ({ name: `Speaker ${String(i + 1).padStart(2, "0")}`, role: "speaker" }));
  for (const [title, start, end] of [["Panel A", "10:00", "11:00"], ["Panel B", "10:30", "11:30"]]) {
    const r = await request.post(`${api}/conflicts-e2e/sessions`, {
      headers,
      data: { title, start: `2025-03-10T${start}`, end: `2025-03-10T${end}`, room: "Hall", people },
    });
    expect(r.status()).toBe(201);
  }

  await useToken(page, newToken());
  await page.goto(`${base()}/organise/conflicts-e2e`);
  const section = page.getByRole("region", { name: "Conflicts (52)" });
  await expect(section).toBeVisible();
  await expect(section).toContainText("1 room double booking · 51 person double bookings · showing the first 50");
  await expect(section.getByRole("listitem")).toHaveCount(50);
  await expect(section.getByRole("listitem").first()).toContainText("Mon 10 Mar, 10:30–11:00");
  await expect(section.getByRole("listitem").first()).toContainText("Speaker 01 is in two sessions at once");
  await expect(section.getByText("room double booking", { exact: true })).toHaveCount(0);
  // Both panels are flagged on the timeline.
  await expect(page.getByRole("button", { name: /^Panel A, 10:00 to 11:00, conflict/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Panel B, 10:30 to 11:30, conflict/ })).toBeVisible();

  await section.getByRole("button", { name: "Show more conflicts (2 more)" }).click();
  await expect(section.getByRole("listitem")).toHaveCount(52);
  await expect(section.getByRole("listitem").nth(50)).toBeFocused();
  await expect(section.getByRole("button", { name: /Show more/ })).toHaveCount(0);
  const room = section.getByRole("listitem").filter({ hasText: "room double booking" });
  await expect(room).toContainText("'Hall' is booked twice");
  await room.getByRole("link", { name: "Panel B" }).click();
  await expect(page.getByRole("heading", { name: "Edit session" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Conflicts for this session" }).getByRole("listitem")).toHaveCount(52);
  await room.scrollIntoViewIfNeeded();
  await shot(page, "organise-conflicts");
  await expectAccessible(page);
});
