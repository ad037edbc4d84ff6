// The organiser's workspace, as issue 12 left it: runs of show as separate links, a grid whose
// hours fit the event's sessions (night ones included) or the whole day, and axe clean with
// every rule on (best practices such as "region" and "scrollable-region-focusable" too).
import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { base, demoToken, newToken, shot, useToken } from "./helpers";

/** axe with all its rules, not only the WCAG-tagged ones: nothing at all may be reported. */
async function expectAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

test("runs of show are separate links, one per track, each with its own name", async ({ page }) => {
  await useToken(page, demoToken());
  await page.goto(`${base()}/organise/igf-2024`);
  const runs = page.getByRole("list", { name: "Run of show" });
  await expect(runs.getByRole("listitem")).toHaveCount(2);
  await expect(runs.getByRole("link", { name: "Run of show: In person", exact: true })).toHaveAttribute("href", "/e/igf-2024/tracks/in-person/run");
  await expect(runs.getByRole("link", { name: "Run of show: Online", exact: true })).toHaveAttribute("href", "/e/igf-2024/tracks/online/run");
  await runs.getByRole("link", { name: "Run of show: Online" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Run of show: Online");
});

test("the grid fits its hours to the event's sessions (02:30 is on the grid), or shows the whole day; axe finds nothing", async ({ page, request }) => {
  const slug = `grid-night-${Date.now().toString(36)}`;
  const auth = { authorization: `Bearer ${newToken()}` };
  expect(
    (
      await request.post(`${base()}/api/v1/events`, {
        headers: auth,
        data: { slug, title: "Night and day", timezone: "Asia/Riyadh", start_date: "2024-12-18", end_date: "2024-12-18" },
      })
    ).status(),
  ).toBe(201);
  for (const [title, start, end] of [
    ["Night owl briefing", "2024-12-18T02:30", "2024-12-18T03:15"],
    ["Night shift handover", "2024-12-18T02:45", "2024-12-18T03:30"],
    ["Afternoon panel", "2024-12-18T14:00", "2024-12-18T15:00"],
  ])
    expect(
      (await request.post(`${base()}/api/v1/events/${slug}/sessions`, { headers: auth, data: { title, start, end, room: "Hall" } })).status(),
    ).toBe(201);

  await useToken(page, newToken());
  await page.goto(`${base()}/organise/${slug}?day=2024-12-18`);
  const column = page.getByRole("group", { name: /^Hall,/ });
  const night = page.getByRole("button", { name: /^Night owl briefing, 02:30 to 03:15/ });
  await expect(night).toBeVisible();
  const col = (await column.boundingBox())!;
  const box = (await night.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(col.y);
  expect(box.y + box.height).toBeLessThanOrEqual(col.y + col.height);
  // Two overlapping sessions of one room, side by side.
  const other = page.getByRole("button", { name: /^Night shift handover, 02:45 to 03:30/ });
  await expect(night).toHaveAttribute("data-lane", "1/2");
  await expect(other).toHaveAttribute("data-lane", "2/2");
  const b = (await other.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(box.x + box.width - 1);
  await shot(page, "organise-overlap-side-by-side");
  // An hour before the first session, an hour after the last: 01:00 to 16:00.
  const hours = page.locator(".grid .hours span");
  await expect(hours.first()).toHaveText("01:00");
  await expect(hours.last()).toHaveText("16:00");
  await page.getByRole("checkbox", { name: "Whole day" }).check();
  await expect(hours.first()).toHaveText("00:00");
  await expect(hours.last()).toHaveText("00:00"); // the next midnight closes the day
  await expect(hours).toHaveCount(25);
  // The timeline scrolls: it is focusable and named, so a keyboard can scroll it.
  const scroller = page.getByRole("region", { name: /^Timeline of/ });
  await expect(scroller).toHaveAttribute("tabindex", "0");
  await shot(page, "organise-night-session-on-grid");
  await expectAxeClean(page);

  // With the editor open, segment people and all.
  await night.press("Enter");
  await expect(page.getByRole("heading", { name: "Edit session" })).toBeVisible();
  // The editor links this session's run of show, with it picked, per track.
  const editorRuns = page.getByRole("list", { name: "Run of show for this session" });
  await expect(editorRuns.getByRole("link")).toHaveCount(2);
  const id = (await night.getAttribute("data-session"))!;
  await expect(editorRuns.getByRole("link", { name: "Run of show for this session: Online" })).toHaveAttribute(
    "href",
    `/e/${slug}/tracks/online/run?session=${id}`,
  );
  await page.getByRole("region", { name: "Segment plan" }).getByRole("button", { name: "Add segment" }).click();
  await page.getByRole("button", { name: "Add person to segment 1" }).click();
  await expectAxeClean(page);
  await page.goto(`${base()}/organise`);
  await expect(page.getByRole("heading", { name: "Your events" })).toBeVisible();
  await expectAxeClean(page);
});
