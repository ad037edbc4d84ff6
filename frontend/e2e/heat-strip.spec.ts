import { expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, shot, useToken } from "./helpers";

// Issue 14's picture: who a session's time is hard for, and a one-click better time. Late March:
// the US has moved its clocks (New York UTC−4), Europe has not (Berlin UTC+1), Tokyo never does.
test("the session editor's heat strip shows the audience's bands and moves the session to a better time, with undo", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${newToken()}` };
  const api = `${base()}/api/v1/events/heat-e2e`;
  const created = await request.post(`${base()}/api/v1/events`, {
    headers,
    data: { slug: "heat-e2e", title: "Three zones", timezone: "Europe/Berlin", start_date: "2027-03-22", end_date: "2027-03-22" },
  });
  expect(created.status()).toBe(201);
  const audience = await request.put(`${api}/audience`, {
    headers,
    data: { zones: [{ timezone: "America/New_York" }, { timezone: "Europe/Berlin" }, { timezone: "Asia/Tokyo" }] },
  });
  expect(audience.status()).toBe(200);
  const made = await request.post(`${api}/sessions`, {
    headers,
    data: { title: "Standards call", start: "2027-03-22T02:00", end: "2027-03-22T03:00", room: "Online" },
  });
  expect(made.status()).toBe(201);
  const id = (await made.json()).id as string;

  await useToken(page, newToken());
  await page.goto(`${base()}/organise/heat-e2e?session=${id}&day=2027-03-22`);
  const strip = page.getByRole("region", { name: /Who this time is hard for/ });
  await expect(strip).toBeVisible();
  // 02:00 in Berlin is 21:00 in New York (evening) and 10:00 in Tokyo (work): two of three awake.
  await expect(strip.getByText(/score 0\.67/)).toBeVisible();
  const picture = strip.getByRole("img");
  await expect(picture).toHaveAccessibleName(/New York 21:00–22:00 \(evening\).*Berlin 02:00–03:00 \(night\).*Tokyo 10:00–11:00 \(work\)/);
  await strip.getByText("As a table").click();
  const berlin = strip.getByRole("row", { name: /Europe\/Berlin/ });
  await expect(berlin).toContainText("0%");
  await expect(strip.getByRole("row", { name: /America\/New_York/ })).toContainText("(UTC−04:00)");
  await expectAccessible(page);

  // By hand: everyone is awake (07:00–22:00 local) only from 11:00 to 13:00 UTC, 12:00–14:00 in
  // Berlin, so the best hour starts at 12:00 there.
  const best = strip.getByRole("button", { name: /^Move to 12:00–13:00 · score 1\.00/ });
  await expect(best).toBeVisible();
  await expect(strip.getByRole("button", { name: /^Move to/ })).toHaveCount(5);
  await strip.scrollIntoViewIfNeeded();
  await shot(page, "heat-strip");
  await best.click();
  await expect(strip.getByRole("status")).toContainText("Moved to 12:00–13:00.");
  await expect(strip.getByText(/score 1\.00/).first()).toBeVisible();
  // At the best time there is nothing better to suggest (ties are no reason to move).
  await expect(strip.getByText("No start this day scores better than this one.")).toBeVisible();
  await expect(strip.getByRole("button", { name: /^Move to/ })).toHaveCount(0);
  const after = await (await request.get(`${api}/sessions/${id}`, { headers })).json();
  expect(after.start).toBe("2027-03-22T12:00:00+01:00");
  await expect(page.getByRole("textbox", { name: /Starts/ })).toHaveValue(/2027-03-22T12:00/);

  await strip.getByRole("button", { name: "Undo" }).click();
  await expect(strip.getByRole("status")).toContainText("Moved back to 02:00–03:00.");
  const back = await (await request.get(`${api}/sessions/${id}`, { headers })).json();
  expect(back.start).toBe("2027-03-22T02:00:00+01:00");
});
