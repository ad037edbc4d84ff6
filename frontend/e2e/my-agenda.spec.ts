// My agenda on /e/{event}: an attendee finds sessions, stars them (kept in the browser, no
// account), and "Get these in my calendar" registers with exactly those sessions; the personal
// feed then carries exactly the starred ones. Later stars update the registration through its
// manage token; a registered attendee's agenda shows their choice as starred.
import { type Page, expect, test } from "@playwright/test";
import { base, calendarEvents, expectAccessible } from "./helpers";

const TCCM = "A Technical Community Coalition for Multistakeholderism (TCCM)";
const BPF = "Best Practice Forum on Cybersecurity";
const KEYNOTE = "Opening of Day 4: keynote";

test.use({ timezoneId: "America/New_York" });

async function sessionId(page: Page, title: string): Promise<string> {
  const id = await page.getByRole("heading", { level: 3, name: title }).getAttribute("id");
  return id!.replace(/^s-/, "");
}

async function feedOf(page: Page): Promise<{ uid: string; summary: string }[]> {
  const url = await page.getByRole("textbox", { name: "Feed link" }).inputValue();
  const r = await page.request.get(url);
  expect(r.status()).toBe(200);
  return calendarEvents(await r.text());
}

const uids = (events: { uid: string }[]) => events.map((e) => e.uid.replace(/@.*$/, "")).sort();

test("find, star, get these in my calendar: the personal feed carries exactly the starred sessions", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024?track=online`);
  const card = (title: string) => page.getByRole("article", { name: title });
  const star = (title: string) => page.getByRole("button", { name: `Star ${title}` });

  // Find one on the second day, star it.
  await page.getByRole("searchbox", { name: "Search sessions" }).fill("cybersecurity");
  await expect(page.getByRole("status").filter({ hasText: /of \d+ sessions/ })).toHaveText(/^1 of \d+ sessions$/);
  await expect(star(BPF)).toHaveAttribute("aria-pressed", "false");
  await star(BPF).click();
  await expect(star(BPF)).toHaveAttribute("aria-pressed", "true");
  const bpf = await sessionId(page, BPF);
  await page.getByRole("button", { name: "Clear search and filters" }).click();

  // And one from the day's list, by keyboard.
  await page.getByRole("link", { name: /Wed 18 Dec/ }).click();
  await star(TCCM).focus();
  await page.keyboard.press("Enter");
  await expect(star(TCCM)).toHaveAttribute("aria-pressed", "true");
  const tccm = await sessionId(page, TCCM);
  await expect(star(KEYNOTE)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("region", { name: "My agenda" })).toContainText("2 sessions starred");

  // Kept in this browser: a reload still shows them.
  await page.reload();
  await expect(star(TCCM)).toHaveAttribute("aria-pressed", "true");

  // Starred only: just the two, across both days.
  await page.getByRole("button", { name: "Starred only" }).click();
  await expect(page.getByRole("button", { name: "Starred only" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/starred=1/);
  await expect(page.locator("article")).toHaveCount(2);
  await expect(card(TCCM)).toBeVisible();
  await expect(card(BPF)).toBeVisible();
  await expectAccessible(page);

  // Get these in my calendar: the registration form opens, carrying the two.
  await page.getByRole("button", { name: "Get these in my calendar" }).click();
  await expect(page.getByRole("textbox", { name: "Your name" })).toBeFocused();
  await expect(page.getByRole("form", { name: "Registration" })).toContainText("the 2 sessions you chose");
  await page.getByRole("textbox", { name: "Your name" }).fill("Ana Example");
  await page.getByRole("textbox", { name: "Email" }).fill(`ana-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  // The answer keeps its heading and focus while My agenda takes up the new registration.
  const registered = page.getByRole("heading", { name: "You are registered, Ana Example" });
  await expect(registered).toBeFocused();
  await expect(page.getByRole("region", { name: "My agenda" })).toContainText("Your calendar feed carries 2 chosen sessions");
  await expect(registered).toBeFocused();

  let feed = await feedOf(page);
  expect(uids(feed)).toEqual([bpf, tccm].sort());
  expect(feed.map((e) => e.summary).sort()).toEqual([BPF, TCCM].sort());

  // One more star, then update: the same registration, now with three.
  await page.getByRole("button", { name: "Starred only" }).click();
  await page.getByRole("link", { name: /Wed 18 Dec/ }).click();
  await star(KEYNOTE).click();
  const keynote = await sessionId(page, KEYNOTE);
  const update = page.getByRole("button", { name: "Get these in my calendar" });
  await update.click();
  await expect(page.getByRole("region", { name: "My agenda" }).getByRole("status")).toContainText(
    "your calendar feed now carries your 3 starred sessions",
  );
  await expect(page.getByRole("button", { name: "Your calendar has these" })).toBeDisabled();
  feed = await feedOf(page);
  expect(uids(feed)).toEqual([bpf, keynote, tccm].sort());

  // Unstarring one and updating takes it out of the feed.
  await star(TCCM).click();
  await page.getByRole("button", { name: "Get these in my calendar" }).click();
  await expect(page.getByRole("region", { name: "My agenda" }).getByRole("status")).toContainText("2 starred sessions");
  feed = await feedOf(page);
  expect(uids(feed)).toEqual([bpf, keynote].sort());
  await expectAccessible(page);
});

test("a registered attendee's agenda shows their choice, changed elsewhere included", async ({ page }) => {
  await page.goto(`${base()}/e/igf-2024?track=online&day=2024-12-18`);
  const tccm = await sessionId(page, TCCM);
  const keynote = await sessionId(page, KEYNOTE);
  // Registered from this browser with TCCM alone (as the /r page or another tab would).
  await page.getByRole("button", { name: /Register for/ }).click();
  await page.getByRole("textbox", { name: "Your name" }).fill("Bo Example");
  await page.getByRole("textbox", { name: "Email" }).fill(`bo-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("heading", { name: /You are registered/ })).toBeVisible();
  const manage = await page.getByRole("link", { name: "Manage your registration" }).getAttribute("href");
  const token = manage!.split("/").pop()!;
  const api = `${base()}/api/v1/registrations/${token}`;

  // The registration's choice changes elsewhere: TCCM and the keynote.
  const patched = await page.request.patch(api, {
    data: { sessions: [tccm, keynote] },
    headers: { "if-match": "*" },
  });
  expect(patched.status()).toBe(200);
  await page.reload();
  const star = (title: string) => page.getByRole("button", { name: `Star ${title}` });
  await expect(star(TCCM)).toHaveAttribute("aria-pressed", "true");
  await expect(star(KEYNOTE)).toHaveAttribute("aria-pressed", "true");
  await expect(star("Open Forum: Data governance in the Global South")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: "Your calendar has these" })).toBeDisabled();
  await expect(page.getByRole("region", { name: "My agenda" })).toContainText("Your calendar feed carries 2 chosen sessions");
});

test("switching track in the registration form sends only the starred sessions that track offers", async ({ page }) => {
  // Regression: the form sent every starred session whatever track it was switched to, and the
  // API refused the whole registration (an in-person-only session in an online registration).
  const LIGHTNING = "Lightning talks: Internet fragmentation"; // in person only
  const HUBS = "Regional hubs: Asia-Pacific remote participation"; // online only
  await page.goto(`${base()}/e/igf-2024`);
  for (const title of [LIGHTNING, HUBS]) {
    await page.getByRole("searchbox", { name: "Search sessions" }).fill(title.split(":")[0]!);
    await page.getByRole("button", { name: `Star ${title}` }).click();
  }
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await page.getByRole("button", { name: "Get these in my calendar" }).click();
  const form = page.getByRole("form", { name: "Registration" });
  await page.getByRole("combobox", { name: "Taking part" }).selectOption({ label: "Online" });
  await expect(form).toContainText("the 1 session you chose that Online offers");
  await page.getByRole("textbox", { name: "Your name" }).fill("Bo Example");
  await page.getByRole("textbox", { name: "Email" }).fill(`bo-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You are registered, Bo Example" })).toBeVisible();
  const feed = await feedOf(page);
  expect(feed.map((e) => e.summary)).toEqual([HUBS]);
});
