import { expect, test } from "@playwright/test";
import { base, expectAccessible, newToken, shot } from "./helpers";

const TITLE = "A Technical Community Coalition for Multistakeholderism (TCCM)";

test("an organiser builds the TCCM session from nothing, through the UI", async ({ page, request }) => {
  test.setTimeout(90_000);
  // Log in with an API token (the fallback of the login form).
  await page.goto(`${base()}/organise`);
  await page.getByRole("textbox", { name: "API token" }).fill(newToken());
  await page.getByRole("button", { name: "Use token" }).click();
  await expect(page.getByRole("heading", { name: "Your events" })).toBeVisible();
  await shot(page, "organise-events");

  // An event in Riyadh, with the zone picker.
  await page.getByLabel("Title", { exact: true }).fill("IGF 2024 (built in the browser)");
  await page.getByLabel("Short name for links (slug)").fill("igf-e2e");
  const zone = page.getByRole("combobox", { name: "Time zone of the venue" });
  await zone.fill("riyadh");
  await expect(page.getByRole("option", { name: /Asia\/Riyadh UTC\+03:00/ })).toBeVisible();
  await zone.press("Enter");
  await expect(zone).toHaveValue("Asia/Riyadh");
  await page.getByLabel("First day").fill("2024-12-15");
  await page.getByLabel("Last day").fill("2024-12-19");
  await page.getByLabel("Venue", { exact: true }).fill("Riyadh");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IGF 2024 (built in the browser)" })).toBeVisible();
  await expect(page.getByText("draft", { exact: true }).first()).toBeVisible();

  // Create a session by dragging in a room's column (09:00 -> 10:00, snapped to 5 minutes).
  await page.getByRole("link", { name: /Wed 18 Dec/ }).click();
  const column = page.getByRole("group", { name: /Main room/ });
  const box = (await column.boundingBox())!;
  const y = (min: number) => box.y + (min - 8 * 60) * 1.2;
  await page.mouse.move(box.x + 40, y(9 * 60 + 1));
  await page.mouse.down();
  await page.mouse.move(box.x + 40, y(9 * 60 + 30), { steps: 4 });
  await page.mouse.move(box.x + 40, y(10 * 60 + 1), { steps: 4 });
  await page.mouse.up();
  const editor = page.locator("section.editor");
  await expect(editor.getByLabel(/^Starts/)).toHaveValue("2024-12-18T09:00");
  await expect(editor.getByLabel("Ends")).toHaveValue("2024-12-18T10:00");
  // Then its exact place: 15:45-16:45 in Workshop Room 2.
  await editor.getByLabel("Title", { exact: true }).first().fill("TCCM");
  await editor.getByLabel(/^Starts/).fill("2024-12-18T15:45");
  await editor.getByLabel("Ends").fill("2024-12-18T16:45");
  await editor.getByLabel("Room", { exact: true }).fill("Workshop Room 2");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page.getByRole("heading", { name: "Edit session" })).toBeVisible();

  // The segment plan: presentation, Q&A, then parallel lanes.
  const plan = page.getByRole("region", { name: "Segment plan" });
  for (let i = 0; i < 3; i++) await plan.getByRole("button", { name: "Add segment" }).click();
  const row = (n: number) => plan.getByRole("listitem", { name: `Segment ${n}` });
  await row(1).getByLabel("Title", { exact: true }).fill("Presentation on TCCM");
  await row(2).getByLabel("Kind").selectOption("qa");
  await row(2).getByLabel("Title", { exact: true }).fill("Question & Answer session with panellists");
  await expect(row(3).getByLabel("From")).toHaveValue("16:25");
  await expect(row(3).getByLabel("To", { exact: true })).toHaveValue("16:45");
  await row(3).getByRole("button", { name: /Split into lanes/ }).click();
  await row(3).getByLabel("Kind").selectOption("networking");
  await row(3).getByLabel("Title", { exact: true }).fill("Networking opportunity for in-person attendees");
  await expect(row(3).getByLabel("For", { exact: true })).toHaveValue("in-person");
  await row(4).getByLabel("Kind").selectOption("discussion");
  await row(4).getByLabel("Title", { exact: true }).fill("Facilitated discussion for online attendees");
  await row(4).getByLabel(/Facilitator notes/).fill("Open breakout rooms at 16:25; collect questions in chat.");
  await expect(row(4).getByLabel("For", { exact: true })).toHaveValue("online");
  await plan.getByRole("button", { name: "Save segment plan" }).click();
  await expect(page.getByText("Segment plan saved.")).toBeVisible();

  // Move it by keyboard: 5 minutes later, then back.
  const block = page.getByRole("button", { name: /^TCCM, 15:45 to 16:45/ });
  await block.focus();
  await block.press("ArrowDown");
  await expect(page.getByText(/Saved “TCCM”: 15:50–16:50/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^TCCM, 15:50 to 16:50/ })).toBeFocused();
  await page.getByRole("button", { name: /^TCCM, 15:50 to 16:50/ }).press("ArrowUp");
  await expect(page.getByText(/Saved “TCCM”: 15:45–16:45/)).toBeVisible();
  await expect(editor.getByLabel(/^Starts/)).toHaveValue("2024-12-18T15:45");

  // Someone else changes it while we type: told so, nothing typed is lost.
  await editor.getByLabel("Title", { exact: true }).first().fill(TITLE);
  const auth = { authorization: `Bearer ${newToken()}` };
  const list = await (await request.get(`${base()}/api/v1/events/igf-e2e/sessions`, { headers: auth })).json();
  const s = list.items[0];
  const other = await request.patch(`${base()}/api/v1/events/igf-e2e/sessions/${s.id}`, {
    headers: { ...auth, "if-match": `"s${s.version}"` },
    data: { description: "Changed by a colleague" },
  });
  expect(other.status()).toBe(200);
  await page.getByRole("button", { name: "Save session" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else changed this session" });
  await expect(notice).toBeVisible();
  await expect(editor.getByLabel("Title", { exact: true }).first()).toHaveValue(TITLE);
  await shot(page, "organise-412-kept-edits");
  await notice.getByRole("button", { name: "Keep my edits" }).click();
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Session saved.")).toBeVisible();

  // A clash in the same room shows as a conflict.
  const clash = await request.post(`${base()}/api/v1/events/igf-e2e/sessions`, {
    headers: auth,
    data: { title: "Clash", start: "2024-12-18T16:30", end: "2024-12-18T17:00", room: "Workshop Room 2" },
  });
  expect(clash.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Conflicts \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Clash, 16:30 to 17:00, conflict/ })).toBeVisible();
  await page.getByRole("button", { name: /^Clash/ }).press("Enter");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete session" }).click();
  await expect(page.getByRole("button", { name: /^Clash/ })).toHaveCount(0);

  await page.getByRole("button", { name: /^A Technical Community/ }).press("Enter");
  await expect(page.getByRole("heading", { name: "Edit session" })).toBeVisible();
  await shot(page, "organise-workspace");
  await expectAccessible(page);

  // Publish, and the attendee view shows it in New York.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: attendees can see it.")).toBeVisible();
  await page.goto(`${base()}/e/igf-e2e?tz=America/New_York&track=online`);
  const card = page.getByRole("article", { name: TITLE });
  await expect(card).toContainText("07:45–08:45");
  await expect(card).toContainText("Facilitated discussion for online attendees");
  await expect(card).not.toContainText("Networking opportunity");
});

test("the login page and the events list are accessible", async ({ page }) => {
  await page.goto(`${base()}/organise`);
  await expect(page.getByRole("heading", { name: "Organise" })).toBeVisible();
  await shot(page, "organise-login");
  await expectAccessible(page);
  await page.goto(`${base()}/`);
  await expect(page.getByRole("link", { name: "Internet Governance Forum 2024" })).toBeVisible();
  await expectAccessible(page);
});

test("the demo organiser logs in with a password (session cookie) and sees the demo workspace", async ({ page }) => {
  await page.goto(`${base()}/organise`);
  await page.getByRole("textbox", { name: "Email" }).fill("organiser@demo.sessions.invalid");
  await page.getByLabel("Password", { exact: true }).fill("hybrid-demo-2024");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByText("Logged in as organiser@demo.sessions.invalid")).toBeVisible();
  await page.getByRole("link", { name: "Internet Governance Forum 2024" }).click();
  await page.getByRole("link", { name: /Wed 18 Dec/ }).click();
  const tccm = page.getByRole("button", { name: /^A Technical Community Coalition.*15:45 to 16:45/ });
  await expect(tccm).toBeVisible();
  await tccm.scrollIntoViewIfNeeded();
  await shot(page, "organise-demo-grid");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Organise" })).toBeVisible();
});
