// Finding things on /e/{event}: search (title, people, description; case- and accent-
// insensitive) and filters by room, segment kind and person narrow the list across days,
// say "n of m sessions", live in the URL so a filtered view can be shared, and say so when
// nothing matches.
import { expect, test } from "@playwright/test";
import { base, expectAccessible } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";
const BPF = "Best Practice Forum on Cybersecurity";

test.use({ timezoneId: "America/New_York" });

test("search and filters narrow the list, in the URL, with a count and an empty state", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024`);
  const status = page.locator("#find-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toHaveText("8 sessions");
  const search = page.getByRole("searchbox", { name: "Search sessions" });

  // A person's name, typed without its accent and in capitals, across both days.
  await search.fill("PRIYA");
  await expect(status).toHaveText("2 of 8 sessions");
  await expect(page.locator("article")).toHaveCount(2);
  await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
  await expect(page.getByRole("article", { name: BPF })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Wednesday, 18 December 2024/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Thursday, 19 December 2024/ })).toBeVisible();
  await expect(page).toHaveURL(/q=PRIYA/);

  // Description words count, every word must be found.
  await search.fill("technical COMMUNITY");
  await expect(status).toHaveText("1 of 8 sessions");
  await search.fill("multistakéholderism");
  await expect(status).toHaveText("1 of 8 sessions");
  await search.fill("");
  await expect(status).toHaveText("8 sessions");

  // Filters: a segment kind, a room, a person.
  await page.getByRole("combobox", { name: "Segment kind" }).selectOption({ label: "Q&A" });
  await expect(status).toHaveText("2 of 8 sessions");
  await expect(page.getByRole("article", { name: TCCM })).toBeVisible();
  await expect(page.getByRole("article", { name: "Main Session: WSIS+20 and the future of the IGF" })).toBeVisible();
  await page.getByRole("combobox", { name: "Room" }).selectOption("Workshop Room 2");
  await expect(status).toHaveText("1 of 8 sessions");
  await expect(page.locator("article")).toHaveCount(1);
  await expect(page).toHaveURL(/kind=qa/);
  await expect(page).toHaveURL(/room=Workshop\+Room\+2/);
  await expectAccessible(page);

  // A shared link shows the same narrowed list.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator("#find-status")).toHaveText("1 of 8 sessions");
  await expect(other.getByRole("combobox", { name: "Room" })).toHaveValue("Workshop Room 2");
  await expect(other.getByRole("article", { name: TCCM })).toBeVisible();
  await other.close();

  // Nothing matches: say so, and offer the way back.
  await page.getByRole("combobox", { name: "Person" }).selectOption("Kwame Mensah");
  await expect(status).toHaveText("0 of 8 sessions");
  await expect(page.getByText("No sessions match your search and filters.")).toBeVisible();
  await expect(page.locator("article")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Show every session" }).click();
  await expect(status).toHaveText("8 sessions");
  await expect(page).not.toHaveURL(/room=|kind=|person=/);
  await expect(page.getByRole("navigation", { name: "Days" })).toBeVisible();
});

test("the language filter appears only when sessions carry languages", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024`);
  await expect(page.locator("#find-status")).toHaveText(/sessions/);
  const carries = await page.evaluate(async () => {
    const r = await fetch("/api/v1/events/igf-2024/agenda");
    const a = await r.json();
    return a.days.some((d: { sessions: { languages?: string[] }[] }) => d.sessions.some((s) => (s.languages ?? []).length > 0));
  });
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveCount(carries ? 1 : 0);
});

/** An agenda as the API would answer it, of `n` sessions in five rooms, every third in French. */
function fakeAgenda(n: number) {
  const rooms = ["Plenary Hall", "Workshop Room 1", "Workshop Room 2", "Workshop Room 3", "Studio A"];
  const iso = (t: Date) => `${t.toISOString().slice(0, 19)}+00:00`;
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const start = new Date(Date.UTC(2024, 11, 18, 5, 0) + Math.floor(i / rooms.length) * 5 * 60_000);
    const end = new Date(start.getTime() + 45 * 60_000);
    sessions.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      title: i % 3 === 0 ? `Séance ${i} : gouvernance` : `Session ${i}: internet governance`,
      description: null,
      room: rooms[i % rooms.length],
      status: "confirmed",
      start: iso(start),
      end: iso(end),
      crosses_midnight: false,
      tracks: ["in-person", "online"],
      people: [{ name: `Speaker ${i % 10}`, role: "speaker" }],
      sequence: 0,
      languages: i % 3 === 0 ? ["fr"] : ["en"],
      segments: [{ kind: "presentation", title: "Talk", start: iso(start), end: iso(end), tracks: [] }],
    });
  }
  return {
    event: "igf-2024",
    title: "Internet Governance Forum 2024",
    timezone: "UTC",
    event_timezone: "Asia/Riyadh",
    track: null,
    version: 1,
    days: [{ date: "2024-12-18", sessions }],
  };
}

test.describe("a long agenda whose sessions carry languages", () => {
  test.use({ timezoneId: "UTC" });

  test("filters by language, pages the matches, and counts them", async ({ page }) => {
    const agenda = fakeAgenda(600);
    await page.route("**/api/v1/events/igf-2024/agenda*", (route) => route.fulfill({ json: agenda }));
    await page.goto(`${base()}/e/igf-2024`);
    const status = page.locator("#find-status");
    await expect(status).toHaveText("600 sessions");
    const language = page.getByRole("combobox", { name: "Language" });
    await expect(language).toBeVisible();
    await language.selectOption("fr");
    await expect(status).toHaveText("200 of 600 sessions");
    await expect(page).toHaveURL(/[?&]language=fr/);
    // Accent-insensitive, and only the first slots are drawn; more on demand.
    await page.getByRole("searchbox", { name: "Search sessions" }).fill("SEANCE");
    await expect(status).toHaveText("200 of 600 sessions");
    const first = await page.locator("article").count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    await expect(page.getByRole("button", { name: /Show more sessions/ })).toBeVisible();
    await page.getByRole("combobox", { name: "Room" }).selectOption("Studio A");
    await expect(status).toHaveText("40 of 600 sessions");
    await language.selectOption("en");
    await expect(status).toHaveText("0 of 600 sessions");
    await expect(page.getByText("No sessions match your search and filters.")).toBeVisible();
  });
});
