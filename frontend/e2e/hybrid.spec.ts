// Hybrid details (issue 15): the organiser gives a session its own join link, languages,
// interpretation, captions, materials and a breakout link on the online discussion, through
// the editor; the published session page shows them, and an online reader gets the breakout
// link during the discussion and the session's link otherwise (session page and run of show).
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, shot, useToken } from "./helpers";

const SLUG = `hybrid-${Date.now().toString(36)}`;
// Every link on meet.example.org: the suite shares one server, and links.spec checks that
// what /calendar.ics carries (every published event, this one too) is ours or that host.
const SESSION_LINK = "https://meet.example.org/tccm-own";
const TRACK_LINK = "https://meet.example.org/hybrid-track";
const BREAKOUT_LINK = "https://meet.example.org/tccm-breakout";
const SLIDES = "https://meet.example.org/files/tccm-slides.pdf";
const DISCUSSION = "Facilitated discussion for online attendees";

const en = new Intl.DisplayNames(["en-GB"], { type: "language" });
const list = (tags: string[]) => new Intl.ListFormat(["en-GB"], { type: "conjunction" }).format(tags.map((t) => en.of(t)!));

let tccmId = "";
let otherId = "";

async function build(request: APIRequestContext): Promise<void> {
  const auth = { authorization: `Bearer ${newToken()}` };
  const ev = await request.post(`${base()}/api/v1/events`, {
    headers: auth,
    data: { slug: SLUG, title: "Hybrid forum", timezone: "Asia/Riyadh", start_date: "2024-12-18", end_date: "2024-12-18", venue: "Riyadh" },
  });
  expect(ev.status(), await ev.text()).toBe(201);
  const track = await request.patch(`${base()}/api/v1/events/${SLUG}/tracks/online`, { headers: auth, data: { join_url: TRACK_LINK } });
  expect(track.status(), await track.text()).toBe(200);
  const created = await request.post(`${base()}/api/v1/events/${SLUG}/sessions`, {
    headers: auth,
    data: { title: "TCCM", start: "2024-12-18T15:45", end: "2024-12-18T16:45", room: "Workshop Room 2" },
  });
  expect(created.status()).toBe(201);
  const s = await created.json();
  tccmId = s.id;
  const put = await request.put(`${base()}/api/v1/events/${SLUG}/sessions/${s.id}/segments`, {
    headers: { ...auth, "if-match": `"s${s.version}"` },
    data: [
      { kind: "presentation", title: "Presentation on TCCM", start: "2024-12-18T15:45", end: "2024-12-18T16:05" },
      { kind: "qa", title: "Questions and answers", start: "2024-12-18T16:05", end: "2024-12-18T16:25" },
      { kind: "networking", title: "Networking", start: "2024-12-18T16:25", end: "2024-12-18T16:45", tracks: ["in-person"] },
      { kind: "discussion", title: DISCUSSION, start: "2024-12-18T16:25", end: "2024-12-18T16:45", tracks: ["online"] },
    ],
  });
  expect(put.status(), await put.text()).toBe(200);
  const other = await request.post(`${base()}/api/v1/events/${SLUG}/sessions`, {
    headers: auth,
    data: { title: "Open forum", start: "2024-12-18T17:00", end: "2024-12-18T18:00", room: "Plenary" },
  });
  expect(other.status()).toBe(201);
  otherId = (await other.json()).id;
}

/** The plan row whose title is `title`. */
async function planRow(page: Page, title: string) {
  const rows = page.getByRole("region", { name: "Segment plan" }).locator("li.segment-row");
  const n = await rows.count();
  for (let i = 0; i < n; i++) if ((await rows.nth(i).getByLabel("Title", { exact: true }).inputValue()) === title) return rows.nth(i);
  throw new Error(`no plan row “${title}”`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  await build(request);
});

test("the organiser edits the join link, languages, materials and a breakout link, and saves", async ({ page, request }) => {
  await useToken(page, newToken());
  await page.goto(`${base()}/organise/${SLUG}?day=2024-12-18&session=${tccmId}`);
  const editor = page.getByRole("region", { name: "Edit session" });
  await expect(editor.getByLabel("Title", { exact: true }).first()).toHaveValue("TCCM");

  // A refusal lands beside its field: a tag that is not BCP 47 and a link that is not http(s).
  // The session's own fields (each plan row has its own languages too).
  const form = editor.locator("form.grid-form");
  await form.getByLabel("Spoken languages").fill("en, not_a_tag");
  await editor.getByRole("button", { name: "Add material" }).click();
  const mat1 = editor.getByRole("group", { name: "Material 1" });
  await mat1.getByLabel("Title").fill("TCCM deck");
  await mat1.getByLabel("Link").fill("ftp://example.org/deck.pdf");
  await editor.getByRole("button", { name: "Save session" }).click();
  const langs = form.getByLabel("Spoken languages");
  await expect(langs).toHaveAttribute("aria-invalid", "true");
  await expect(langs).toBeFocused();
  await expect(editor.locator("#se-langs-err")).toHaveText(/“not_a_tag” is not a language tag/);
  await expect(editor.getByRole("alert").first()).toContainText("Not saved");
  // Put right; then the material's link is refused, beside it.
  await langs.fill("en");
  await editor.getByRole("button", { name: "Save session" }).click();
  await expect(langs).not.toHaveAttribute("aria-invalid", "true");
  await expect(mat1.getByLabel("Link")).toHaveAttribute("aria-invalid", "true");
  await expect(mat1.getByLabel("Link")).toBeFocused();
  await expect(mat1).toContainText("http(s)");

  // Put right, with everything else.
  await expect(editor.locator("#se-langs-names")).toHaveText(en.of("en")!);
  await form.getByLabel("Interpretation into").fill("ar, fr");
  await expect(editor.locator("#se-interp-names")).toHaveText(list(["ar", "fr"]));
  await form.getByLabel("Captions").check();
  await editor.getByLabel("This session's own join link").fill(SESSION_LINK);
  await mat1.getByLabel("Link").fill(SLIDES);
  await editor.getByRole("button", { name: "Add material" }).click();
  const mat2 = editor.getByRole("group", { name: "Material 2" });
  await mat2.getByLabel("Kind").selectOption("recording");
  await mat2.getByLabel("Title").fill("Throwaway");
  await mat2.getByLabel("Link").fill("https://video.example.org/nothing");
  await mat2.getByRole("button", { name: /Remove material 2/ }).click();
  await expect(editor.getByRole("group", { name: "Material 2" })).toHaveCount(0);
  await editor.getByRole("button", { name: "Add material" }).click();
  await mat2.getByLabel("Kind").selectOption("livestream");
  await mat2.getByLabel("Title").fill("Livestream on UN Web TV");
  await mat2.getByLabel("Link").fill("https://meet.example.org/live/tccm");
  await editor.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Session saved.")).toBeVisible();
  await expect(langs).not.toHaveAttribute("aria-invalid", "true");

  // The breakout: the online discussion's own link, in its plan row.
  const row = await planRow(page, DISCUSSION);
  await row.getByLabel("Own join link (a breakout)").fill(BREAKOUT_LINK);
  // Its own languages: English, and Spanish for the online discussion.
  await row.locator("summary", { hasText: /Languages of segment/ }).click();
  await row.getByLabel("Spoken languages").fill("en, es");
  await row.getByLabel("Spoken languages").press("Tab");
  await expect(row.locator("summary")).toContainText("(en, es)");
  await shot(page, "organise-hybrid");
  await expectAccessible(page);
  await page.getByRole("region", { name: "Segment plan" }).getByRole("button", { name: "Save segment plan" }).click();
  await expect(page.getByText("Segment plan saved.")).toBeVisible();

  const auth = { authorization: `Bearer ${newToken()}` };
  const saved = await (await request.get(`${base()}/api/v1/events/${SLUG}/sessions/${tccmId}`, { headers: auth })).json();
  expect(saved).toMatchObject({
    join_url: SESSION_LINK,
    join_private: false,
    languages: ["en"],
    interpretation: ["ar", "fr"],
    captions: true,
    materials: [
      { kind: "slides", title: "TCCM deck", url: SLIDES },
      { kind: "livestream", title: "Livestream on UN Web TV", url: "https://meet.example.org/live/tccm" },
    ],
  });
  const byTitle = Object.fromEntries(saved.segments.map((g: { title: string; join_url: string | null }) => [g.title, g.join_url]));
  expect(byTitle[DISCUSSION]).toBe(BREAKOUT_LINK);
  expect(saved.segments.find((g: { title: string }) => g.title === DISCUSSION).languages).toEqual(["en", "es"]);
  expect(byTitle["Presentation on TCCM"] ?? null).toBeNull();

  // A reload shows what was saved.
  await page.reload();
  await expect(editor.locator("form.grid-form").getByLabel("Interpretation into")).toHaveValue("ar, fr");
  await expect(editor.getByRole("group", { name: "Material 1" }).getByLabel("Link")).toHaveValue(SLIDES);
  await expect((await planRow(page, DISCUSSION)).getByLabel("Own join link (a breakout)")).toHaveValue(BREAKOUT_LINK);

  expect((await request.post(`${base()}/api/v1/events/${SLUG}/publish`, { headers: auth })).status()).toBe(200);
});

test.describe("an online reader in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("sees the materials and languages on the session page", async ({ page }) => {
    await page.goto(`${base()}/e/${SLUG}/s/${tccmId}?track=online`);
    const materials = page.getByRole("region", { name: "Materials" });
    await expect(materials.getByRole("link", { name: "TCCM deck" })).toHaveAttribute("href", SLIDES);
    await expect(materials).toContainText("Slides: TCCM deck");
    await expect(materials).toContainText("Livestream: Livestream on UN Web TV");
    const languages = page.getByRole("region", { name: "Languages" });
    await expect(languages.getByRole("list", { name: "Languages of the session" }).getByRole("listitem")).toHaveText([
      `In ${en.of("en")}`,
      `Interpretation: ${list(["ar", "fr"])}`,
      "Captions",
    ]);
    // The discussion's own languages, at its time in the reader's zone.
    const during = languages.getByRole("listitem").filter({ hasText: `During “${DISCUSSION}”` });
    await expect(during).toContainText("08:25–08:45");
    await expect(during.getByRole("list", { name: `Languages of ${DISCUSSION}` })).toHaveText(`In ${list(["en", "es"])}`);
    await expectAccessible(page);
  });

  test("gets the session's link, then by itself the breakout's when the discussion starts", async ({ page }) => {
    // 07:55 in New York (15:55 in Riyadh): the presentation, the session's own link.
    await page.clock.install({ time: new Date("2024-12-18T12:55:00Z") });
    await page.goto(`${base()}/e/${SLUG}/s/${tccmId}?track=online`);
    const where = page.locator(".session-where");
    const join = where.getByRole("link", { name: "Join online now" });
    await expect(join).toHaveAttribute("href", SESSION_LINK);
    // The breakout is announced, at its time in the reader's zone.
    await expect(where).toContainText(`From 08:25 to 08:45, the breakout “${DISCUSSION}” has its own link`);
    await expect(where.getByRole("link", { name: /breakout/i })).toHaveCount(0);
    // 08:25: the discussion starts, and its link replaces the session's by itself.
    await page.clock.runFor(30 * 60_000 + 1000);
    const breakout = where.getByRole("link", { name: "Join the breakout now" });
    await expect(breakout).toHaveAttribute("href", BREAKOUT_LINK);
    await expect(where).toContainText(`Breakout: ${DISCUSSION}`);
    await expect(where.getByRole("link", { name: "Join online now" })).toHaveCount(0);
    await page.screenshot({ path: "../test-results/screenshots/session-hybrid.png", fullPage: true });
    await expectAccessible(page);
    // An in-person reader has no link at all.
    await page.goto(`${base()}/e/${SLUG}/s/${tccmId}?track=in-person`);
    await expect(page.locator(".session-where")).toContainText("Workshop Room 2");
    await expect(page.locator(".session-where").getByRole("link")).toHaveCount(0);
  });

  test("the run of show's Now card has the link that applies, and the materials", async ({ page }) => {
    await page.goto(`${base()}/e/${SLUG}/tracks/online/run?at=2024-12-18T16:30&session=${tccmId}`);
    const now = page.getByRole("region", { name: "TCCM" }).first();
    await expect(now).toContainText(DISCUSSION);
    await expect(now).toContainText(`Breakout: ${DISCUSSION}`);
    await expect(now.getByRole("link", { name: BREAKOUT_LINK })).toHaveAttribute("href", BREAKOUT_LINK);
    await expect(now.getByRole("link", { name: "TCCM deck" })).toHaveAttribute("href", SLIDES);
    await shot(page, "run-hybrid");
    await expectAccessible(page);
    // Before the discussion (16:10, the Q&A), the session's own link.
    await page.goto(`${base()}/e/${SLUG}/tracks/online/run?at=2024-12-18T16:10&session=${tccmId}`);
    const earlier = page.getByRole("region", { name: "TCCM" }).first();
    await expect(earlier).toContainText("Questions and answers");
    await expect(earlier.getByRole("link", { name: SESSION_LINK })).toHaveAttribute("href", SESSION_LINK);
    await expect(earlier).not.toContainText("Breakout:");
    // The discussion comes next: its link is announced with its start.
    await expect(earlier).toContainText(`Then, from 08:25, breakout: ${DISCUSSION}`);
    await expect(earlier.getByRole("link", { name: BREAKOUT_LINK })).toHaveAttribute("href", BREAKOUT_LINK);
  });

  test("the agenda shows language badges and filters by language, interpretation included", async ({ page }) => {
    await page.goto(`${base()}/e/${SLUG}?tz=Asia/Riyadh`);
    const card = page.getByRole("article", { name: "TCCM" });
    await expect(card.getByRole("list", { name: "Languages of TCCM" })).toContainText(`Interpretation: ${list(["ar", "fr"])}`);
    await expect(page.getByRole("article", { name: "Open forum" }).getByRole("list")).toHaveCount(0);
    const lang = page.getByLabel("Language", { exact: true });
    await lang.selectOption({ label: en.of("fr")! });
    await expect(page.locator("#find-status")).toHaveText("1 of 2 sessions");
    await expect(page.getByRole("article", { name: "TCCM" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Open forum" })).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]language=fr/);
    await shot(page, "agenda-hybrid");
    await expectAccessible(page);
    expect(otherId).not.toBe("");
  });
});

test.describe("a private breakout link", () => {
  test.use({ timezoneId: "America/New_York" });

  test("is not on the public page, which says registrants get it; organisers see it", async ({ page, browser, request }) => {
    const auth = { authorization: `Bearer ${newToken()}` };
    const r = await request.get(`${base()}/api/v1/events/${SLUG}/sessions/${tccmId}`, { headers: auth });
    const s = await r.json();
    const segments = s.segments.map((g: Record<string, unknown>) => ({
      kind: g.kind,
      title: g.title,
      start: String(g.start).slice(0, 16),
      end: String(g.end).slice(0, 16),
      tracks: g.tracks,
      ...(g.title === DISCUSSION ? { join_url: BREAKOUT_LINK, join_private: true, join_private_hours: 2 } : {}),
    }));
    const put = await request.put(`${base()}/api/v1/events/${SLUG}/sessions/${tccmId}/segments`, {
      headers: { ...auth, "if-match": r.headers()["etag"]! },
      data: segments,
    });
    expect(put.status(), await put.text()).toBe(200);
    // (The API has no releases yet: a published event's change is public at once.)

    // 08:00 in New York: the breakout is announced as private.
    await page.clock.install({ time: new Date("2024-12-18T13:00:00Z") });
    await page.goto(`${base()}/e/${SLUG}/s/${tccmId}?track=online`);
    const where = page.locator(".session-where");
    await expect(where.getByRole("link", { name: "Join online now" })).toHaveAttribute("href", SESSION_LINK);
    await expect(where).toContainText(`the breakout “${DISCUSSION}” has its own private link, for registered participants`);
    // 08:30: during the discussion. The public page has no breakout link.
    await page.clock.runFor(30 * 60_000);
    await expect(where).toContainText(`the breakout “${DISCUSSION}” has a private link`);
    await expect(where).toContainText("sent to registered participants, from 2 hours before the start");
    await expect(where.getByRole("link")).toHaveCount(0);
    expect(await page.content()).not.toContain(BREAKOUT_LINK);
    await expectAccessible(page);

    // The organiser's own view has it, marked private.
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const mine = await context.newPage();
    await useToken(mine, newToken());
    await mine.clock.install({ time: new Date("2024-12-18T13:30:00Z") });
    await mine.goto(`${base()}/e/${SLUG}/s/${tccmId}?track=online`);
    const theirs = mine.locator(".session-where");
    await expect(theirs.getByRole("link", { name: "Join the breakout now" })).toHaveAttribute("href", BREAKOUT_LINK);
    await expect(theirs).toContainText("A private link for registered participants");
    await context.close();
  });
});

test("the demo's agenda filters by language: TCCM is found by its French interpretation", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024?tz=Asia/Riyadh&day=2024-12-18`);
  const tccm = page.getByRole("article", { name: /TCCM/ });
  await expect(tccm.getByRole("list", { name: /Languages of/ })).toContainText(`Interpretation: ${list(["ar", "fr"])}`);
  await page.getByLabel("Language", { exact: true }).selectOption({ label: en.of("fr")! });
  await expect(page).toHaveURL(/[?&]language=fr/);
  await expect(page.getByRole("article", { name: /TCCM/ })).toBeVisible();
  const status = await page.locator("#find-status").textContent();
  const [found, total] = (status ?? "").match(/\d+/g)!.map(Number);
  expect(found).toBeGreaterThanOrEqual(1);
  expect(found).toBeLessThan(total!);
});

test.describe("a private track link", () => {
  test.use({ timezoneId: "America/New_York" });

  test("set in the workspace's track editor, is withheld from the public page of a session without its own", async ({ page, browser, request }) => {
    await useToken(page, newToken());
    await page.goto(`${base()}/organise/${SLUG}`);
    await page.locator("details.tracks > summary").click();
    await page.getByRole("button", { name: "Edit track Online" }).click();
    const form = page.getByRole("form", { name: "Edit track Online" });
    await form.getByLabel(/Private link/).check();
    await form.getByLabel(/Only from/).fill("1");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Save track" }).click();
    await expect(page.getByText("Track “Online” saved.")).toBeVisible();
    const t = await (await request.get(`${base()}/api/v1/events/${SLUG}/tracks/online`, { headers: { authorization: `Bearer ${newToken()}` } })).json();
    expect(t).toMatchObject({ join_url: TRACK_LINK, join_private: true, join_private_hours: 1 });

    // 09:00 in New York: the open forum is on; it has no link of its own, and the track's is private.
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const anon = await context.newPage();
    await anon.clock.install({ time: new Date("2024-12-18T14:00:00Z") });
    await anon.goto(`${base()}/e/${SLUG}/s/${otherId}?track=online`);
    const where = anon.locator(".session-where");
    await expect(where).toContainText("the join link is private: it is sent to registered participants, from 1 hour before the start");
    await expect(where.getByRole("link")).toHaveCount(0);
    expect(await anon.content()).not.toContain(TRACK_LINK);
    await context.close();
  });
});

test("a registrant's page lists their join links, the private breakout's included", async ({ page, request }) => {
  const r = await request.post(`${base()}/api/v1/events/${SLUG}/registrations`, {
    data: { name: "Ana Online", email: `ana-${SLUG}@example.org`, track: "online", timezone: "America/New_York" },
  });
  expect(r.status(), await r.text()).toBe(201);
  const reg = await r.json();
  await page.goto(reg.manage_url);
  const join = page.getByRole("region", { name: "How to join" });
  const breakout = join.getByRole("listitem").filter({ hasText: DISCUSSION });
  await expect(breakout.getByRole("link", { name: BREAKOUT_LINK })).toHaveAttribute("href", BREAKOUT_LINK);
  await expect(breakout).toContainText("08:25–08:45");
  await expect(breakout).toContainText("Private link.");
  await expect(join.getByRole("link", { name: SESSION_LINK })).toHaveAttribute("href", SESSION_LINK);
  await expectAccessible(page);
});
