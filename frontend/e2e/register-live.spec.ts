import { expect, test } from "@playwright/test";
import { base, demoToken, expectAccessible, shot } from "./helpers";

test.describe("an attendee in Sydney registers online", () => {
  test.use({ timezoneId: "Australia/Sydney" });

  test("gets a personal feed with TCCM in it, and instructions to subscribe", async ({ page, request }) => {
    await page.goto(`${base()}/e/igf-2024?track=online`);
    const open = page.getByRole("button", { name: /Register for/ });
    await open.focus();
    await page.keyboard.press("Enter");
    await expect(open).toHaveAttribute("aria-expanded", "true");
    const form = page.getByRole("form", { name: "Registration" });
    await expect(form.getByRole("combobox", { name: "Your time zone" })).toHaveValue("Australia/Sydney");
    await expect(form.getByLabel("Taking part")).toHaveValue("online");

    // The API's field errors are shown beside the field they name.
    await form.getByRole("button", { name: "Register" }).click();
    const name = form.getByLabel("Your name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#reg-name-error")).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("Could not register");

    await name.fill("Ana Sydney");
    await form.getByLabel("Email").fill(`ana+${Date.now()}@example.org`);
    await form.getByLabel("Email").press("Enter");

    await expect(page.getByRole("heading", { name: /You are registered, Ana Sydney/ })).toBeFocused();
    const https = await page.getByRole("link", { name: "Personal feed (https)" }).getAttribute("href");
    const webcal = await page.getByRole("link", { name: "Subscribe with webcal://" }).getAttribute("href");
    expect(https).toMatch(/^https?:\/\/.*\/feeds\/.+\.ics$/);
    expect(webcal).toBe(https!.replace(/^https?:/, "webcal:"));
    await expect(page.getByLabel("Feed link")).toHaveValue(https!);
    await expect(page.locator("main")).toContainText("From URL");
    await expect(page.locator("main")).toContainText("New Calendar Subscription");
    await expect(page.locator("main")).toContainText("Subscribe from web");
    await expect(page.getByRole("link", { name: "Manage your registration" })).toHaveAttribute(
      "href",
      /\/r\/.+/,
    );
    await shot(page, "agenda-registered-sydney");
    await expectAccessible(page);

    const feed = await request.get(https!);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const ics = await feed.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("TCCM");
  });
});

// The in-person track: the online one is the facilitator specs' (they run alongside).
test("the run of show says at once when the track runs late", async ({ page, request }) => {
  const auth = { authorization: `Bearer ${demoToken()}` };
  const late = (minutes: number) =>
    request.post(`${base()}/api/v1/events/igf-2024/tracks/in-person/live/late`, { headers: auth, data: { minutes } });
  const at = encodeURIComponent("2024-12-18T16:00:00+03:00");
  await page.goto(`${base()}/e/igf-2024/tracks/in-person/run?at=${at}`);
  await expect(page.locator("main")).toHaveAttribute("data-live", "connected");
  await expect(page.getByText(/Running \d+ minutes? late/)).toHaveCount(0);
  try {
    expect((await late(10)).status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "Running 10 minutes late" })).toBeVisible({
      timeout: 5_000,
    });
    // now/next refetched: the expected times beside the planned ones.
    await expect(page.getByRole("article", { name: "Now" })).toContainText("Expected 12:10–13:10");
    await shot(page, "run-of-show-late");
    await expectAccessible(page);
  } finally {
    await late(0);
  }
  await expect(page.getByText("Running 10 minutes late")).toHaveCount(0, { timeout: 5_000 });
});
