import { expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, newToken, shot, useToken } from "./helpers";

// Issue 14: organisers declare the zones they serve in the workspace, see who bears the
// event's nights, and the open session editor's heat strip follows.
test("the organiser declares the audience in the workspace; the night tally and the heat strip follow", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${newToken()}` };
  const api = `${base()}/api/v1/events/audience-e2e`;
  const created = await request.post(`${base()}/api/v1/events`, {
    headers,
    data: { slug: "audience-e2e", title: "Around the world", timezone: "Europe/Berlin", start_date: "2027-03-22", end_date: "2027-03-22" },
  });
  expect(created.status()).toBe(201);
  const made = await request.post(`${api}/sessions`, {
    headers,
    data: { title: "Night call", start: "2027-03-22T02:00", end: "2027-03-22T03:00", room: "Online" },
  });
  expect(made.status()).toBe(201);
  const id = (await made.json()).id as string;

  await useToken(page, newToken());
  await page.goto(`${base()}/organise/audience-e2e?session=${id}&day=2027-03-22`);
  const strip = page.getByRole("region", { name: /Who this time is hard for/ });
  await expect(page.getByText("Declare the zones this event serves")).toBeVisible();

  await page.getByText("Audience across zones (none declared)").click();
  const form = page.getByRole("form", { name: "Audience zones" });
  const zone = form.getByRole("combobox", { name: "Zone to add" });
  for (const [query, name] of [["Saudi", "Asia/Riyadh"], ["EST", "America/New_York"], ["berlin", "Europe/Berlin"]] as const) {
    await zone.fill(query);
    await expect(page.getByRole("listbox", { name: "Zone to add" }).getByRole("option").first()).toContainText(name.replace("_", " "));
    await zone.press("Enter");
    await form.getByRole("button", { name: `Add ${name}` }).click();
  }
  await expect(form.getByRole("row")).toHaveCount(4); // the header and three zones
  // A weight of 0 is refused beside its field, which takes the focus.
  const riyadh = form.getByRole("spinbutton", { name: "Weight of Asia/Riyadh" });
  await riyadh.fill("0");
  await form.getByRole("button", { name: "Save audience" }).click();
  await expect(riyadh).toHaveAttribute("aria-invalid", "true");
  await expect(riyadh).toBeFocused();
  await riyadh.fill("3");
  await form.getByRole("button", { name: "Save audience" }).click();
  await expect(form.getByRole("status")).toHaveText("Audience saved: 3 zones.");
  const saved = await (await request.get(`${api}/audience`, { headers })).json();
  expect(saved.declared).toEqual(
    expect.arrayContaining([
      { timezone: "Asia/Riyadh", weight: 3 },
      { timezone: "America/New_York", weight: 1 },
      { timezone: "Europe/Berlin", weight: 1 },
    ]),
  );
  // 02:00–03:00 in Berlin is 04:00–05:00 in Riyadh (night), 21:00–22:00 in New York (evening).
  const nights = page.getByRole("table").filter({ hasText: "Night time" });
  await expect(nights.getByRole("row", { name: /Europe\/Berlin/ })).toContainText("1 h");
  await expect(nights.getByRole("row", { name: /Asia\/Riyadh/ })).toContainText("1 h");
  await expect(nights.getByRole("row", { name: /America\/New_York/ })).toContainText("0 min");
  // The open editor's heat strip redraws with the new audience: only New York (weight 1 of 5)
  // is awake, so the score is 1/5.
  await expect(strip.getByText(/score 0\.20/)).toBeVisible();
  await expectAccessible(page);
  await page.getByText("Audience across zones (3 zones)").scrollIntoViewIfNeeded();
  await shot(page, "organise-audience");
});

test("the audience panel fits a phone's width", async ({ browser }) => {
  // Regression: at 390 px the weights table ran past the screen and cut off "Remove".
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar-SA", timezoneId: "Asia/Riyadh" });
  const page = await ctx.newPage();
  await useToken(page, demoToken());
  await page.goto(`${base()}/organise/igf-2024`);
  await page.getByText(/Audience across zones/).click();
  const remove = page.getByRole("button", { name: "Remove Asia/Riyadh" });
  await expect(remove).toBeVisible();
  const box = (await remove.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await ctx.close();
});
