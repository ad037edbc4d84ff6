// People per segment in the organiser's session editor: shown, edited, saved with the plan
// (saving a plan used to clear them: the editor sent no people).
import { expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, shot, useToken } from "./helpers";

const SLUG = `people-${Date.now().toString(36)}`;

test("an organiser names a segment's people (name and role) and a plan save keeps the others", async ({ page, request }) => {
  const auth = { authorization: `Bearer ${newToken()}` };
  const ev = await request.post(`${base()}/api/v1/events`, {
    headers: auth,
    data: { slug: SLUG, title: "Segment people", timezone: "Asia/Riyadh", start_date: "2024-12-18", end_date: "2024-12-18" },
  });
  expect(ev.status()).toBe(201);
  const created = await request.post(`${base()}/api/v1/events/${SLUG}/sessions`, {
    headers: auth,
    data: { title: "TCCM", start: "2024-12-18T15:45", end: "2024-12-18T16:45", room: "Workshop Room 2" },
  });
  expect(created.status()).toBe(201);
  const s = await created.json();
  const put = await request.put(`${base()}/api/v1/events/${SLUG}/sessions/${s.id}/segments`, {
    headers: { ...auth, "if-match": `"s${s.version}"` },
    data: [
      { kind: "presentation", title: "Presentation on TCCM", start: "2024-12-18T15:45", end: "2024-12-18T16:25" },
      { kind: "networking", title: "Networking", start: "2024-12-18T16:25", end: "2024-12-18T16:45", tracks: ["in-person"] },
      {
        kind: "discussion",
        title: "Facilitated discussion",
        start: "2024-12-18T16:25",
        end: "2024-12-18T16:45",
        tracks: ["online"],
        people: [{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }],
      },
    ],
  });
  expect(put.status()).toBe(200);

  await useToken(page, newToken());
  await page.goto(`${base()}/organise/${SLUG}?day=2024-12-18&session=${s.id}`);
  const plan = page.getByRole("region", { name: "Segment plan" });
  const row = (n: number) => plan.getByRole("listitem", { name: `Segment ${n}` });
  // The people the API holds are in the form (the API lists the in-person lane first).
  const mei = row(3).getByRole("group", { name: "Person 1 of segment 3" });
  await expect(mei.getByLabel("Name")).toHaveValue("Mei Tanaka");
  await expect(mei.getByLabel("Role")).toHaveValue("facilitator");
  await expect(mei.getByLabel(/Email/)).toHaveValue("mei@example.org");
  await expect(row(1).getByRole("group", { name: /People in segment 1/ })).toContainText("Nobody named");

  // Two people for the presentation, by name and role.
  await row(1).getByRole("button", { name: "Add person to segment 1" }).click();
  const first = row(1).getByRole("group", { name: "Person 1 of segment 1" });
  await first.getByLabel("Name").fill("Jonas Berg");
  await first.getByLabel("Role").selectOption("speaker");
  await row(1).getByRole("button", { name: "Add person to segment 1" }).click();
  const second = row(1).getByRole("group", { name: "Person 2 of segment 1" });
  await second.getByLabel("Name").fill("Amina Haddad");
  await second.getByLabel("Role").selectOption("moderator");
  // And someone added to the networking, then removed again.
  await row(2).getByRole("button", { name: "Add person to segment 2" }).click();
  await row(2).getByRole("group", { name: "Person 1 of segment 2" }).getByLabel("Name").fill("Nobody");
  await row(2).getByRole("button", { name: "Remove Nobody from segment 2" }).click();
  await row(1).getByLabel("Title", { exact: true }).fill("Presentation on the coalition");
  await shot(page, "organise-segment-people");
  await expectAccessible(page);
  await plan.getByRole("button", { name: "Save segment plan" }).click();
  await expect(page.getByText("Segment plan saved.")).toBeVisible();

  const saved = await (await request.get(`${base()}/api/v1/events/${SLUG}/sessions/${s.id}`, { headers: auth })).json();
  const byTitle = Object.fromEntries(saved.segments.map((g: { title: string; people?: unknown[] }) => [g.title, g.people]));
  expect(byTitle["Presentation on the coalition"]).toEqual([
    { name: "Jonas Berg", role: "speaker" },
    { name: "Amina Haddad", role: "moderator" },
  ]);
  // Mei Tanaka stays on the discussion: the save carried her, email and all.
  expect(byTitle["Facilitated discussion"]).toEqual([{ name: "Mei Tanaka", role: "facilitator", email: "mei@example.org" }]);
  expect(Object.keys(byTitle)).toContain("Networking");
  expect(byTitle["Networking"] ?? []).toEqual([]); // no people: the API leaves the list out

  // After a reload, the form shows what was saved.
  await page.reload();
  await expect(row(1).getByRole("group", { name: "Person 2 of segment 1" }).getByLabel("Name")).toHaveValue("Amina Haddad");
});
