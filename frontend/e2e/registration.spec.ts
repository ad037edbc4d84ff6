// The attendee's registration: register on the agenda, then manage it at /r/{token}.
import { expect, test } from "@playwright/test";
import { resolve } from "node:path";
import { base, expectAccessible, root, shot } from "./helpers";

const TCCM = /TCCM/;
const shots = resolve(root, "docs/screenshots");

function events(ics: string): string[] {
  return ics.split("BEGIN:VEVENT").slice(1);
}
/** iCalendar text unfolded (a long line continues after CRLF + space). */
function unfold(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, "");
}

test.describe("an online attendee in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney", viewport: { width: 1366, height: 900 } });

  test("registers, keeps the feed across a reload, and manages it at /r/{token}", async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base() });
    await page.goto(`${base()}/e/igf-2024?track=online`);
    await page.getByRole("button", { name: /Register for/ }).click();
    const form = page.getByRole("form", { name: "Registration" });

    // Empty submit: plain messages tied to their fields, focus on the first invalid one.
    await form.getByRole("button", { name: "Register" }).click();
    const name = form.getByLabel("Your name");
    const email = form.getByLabel("Email");
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAttribute("aria-describedby", "reg-name-error");
    await expect(page.locator("#reg-name-error")).toHaveText("Enter your name.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAttribute("aria-describedby", "reg-email-error");
    await expect(page.locator("#reg-email-error")).toHaveText("Enter your email address.");
    await expect(form).not.toContainText("Expected");
    // A bad address alone: focus goes to it.
    await name.fill("Ana Sydney");
    await email.fill("not-an-address");
    await form.getByRole("button", { name: "Register" }).click();
    await expect(email).toBeFocused();
    await expect(name).not.toHaveAttribute("aria-invalid", "true");

    await email.fill(`ana+reg${Date.now()}@example.org`);
    await form.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { name: /You are registered, Ana Sydney/ })).toBeFocused();
    const feedUrl = await page.getByLabel("Feed link").inputValue();
    expect(feedUrl).toMatch(/\/feeds\/.+\.ics$/);

    // A reload keeps the feed link (this browser keeps the registration).
    await page.reload();
    await expect(page.getByLabel("Feed link")).toHaveValue(feedUrl);
    const manage = page.getByRole("link", { name: "Manage your registration" });
    await expect(manage).toHaveAttribute("href", /^\/r\/[A-Za-z0-9_-]+$/);
    await manage.click();
    await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+$/);
    const manageUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();

    // The feed: copy with a spoken confirmation, and subscribe links for three calendar apps.
    const feedInput = page.getByLabel("Feed URL");
    await expect(feedInput).toHaveValue(feedUrl);
    await page.getByRole("button", { name: "Copy feed URL" }).click();
    await expect(page.locator("#reg-copied")).toHaveAttribute("role", "status");
    await expect(page.locator("#reg-copied")).toContainText("Feed URL copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
    const webcal = feedUrl.replace(/^https?:/, "webcal:");
    await expect(page.getByRole("link", { name: "Subscribe in Apple Calendar" })).toHaveAttribute("href", webcal);
    const google = new URL((await page.getByRole("link", { name: "Subscribe in Google Calendar" }).getAttribute("href"))!);
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("cid")).toBe(webcal);
    const outlook = new URL((await page.getByRole("link", { name: "Subscribe in Outlook" }).getAttribute("href"))!);
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(feedUrl);
    expect(outlook.searchParams.get("name")).toContain("Internet Governance Forum 2024");

    // Sessions are listed in the registration's zone, each with the offset of its own date.
    const tccm = page.getByRole("checkbox", { name: TCCM });
    await expect(page.getByRole("group", { name: "Sessions in your feed" })).toContainText("23:45");
    await expect(page.locator("li", { has: tccm })).toContainText("UTC+11:00");

    // New York, and the TCCM session alone.
    const zone = page.getByRole("combobox", { name: "Your time zone" });
    await zone.fill("New York");
    await page.getByRole("option", { name: /New York/ }).first().click();
    await expect(zone).toHaveValue("America/New_York");
    await expect(page.locator("li", { has: tccm })).toContainText("07:45");
    await expect(page.locator("li", { has: tccm })).toContainText("UTC−05:00");
    await tccm.check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("1 chosen session");
    await expect(page.getByRole("main")).toContainText("times in America/New York");

    const ics = unfold(await (await request.get(feedUrl)).text());
    const only = events(ics);
    expect(only).toHaveLength(1);
    expect(only[0]).toMatch(/SUMMARY:[^\r\n]*TCCM/);
    expect(only[0]).toContain("07:45");
    expect(only[0]).toContain("America/New_York");

    await expectAccessible(page);
    await page.screenshot({ path: resolve(shots, "registration-page.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, "registration-phone.png"), fullPage: false });
    await expectAccessible(page);
    await page.setViewportSize({ width: 1366, height: 900 });

    // A new feed URL: the old one stops.
    await page.getByRole("button", { name: "Get a new feed URL" }).click();
    await expect(page.getByRole("status").filter({ hasText: "old one has stopped working" })).toBeVisible();
    const rotated = await feedInput.inputValue();
    expect(rotated).not.toBe(feedUrl);
    expect((await request.get(feedUrl)).status()).toBe(404);
    expect((await request.get(rotated)).status()).toBe(200);
    // The page still saves after rotating (its If-Match follows the new version).
    await page.getByLabel("Language for mail").selectOption("fr");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    // Leave, after a confirmation; "Stay" changes nothing.
    await page.getByRole("button", { name: "Leave this event…" }).click();
    const dialog = page.getByRole("dialog", { name: /Leave Internet Governance Forum 2024/ });
    await expect(dialog).toBeVisible();
    await shot(page, "registration-leave-dialog");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Stay registered" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Leave this event…" }).click();
    await dialog.getByRole("button", { name: "Yes, leave the event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /You have left Internet Governance Forum 2024/ })).toBeFocused();
    await shot(page, "registration-left");
    expect((await request.get(rotated)).status()).toBe(404);
    await expectAccessible(page);

    await page.goto(manageUrl);
    await expect(page.getByRole("heading", { level: 1, name: "This registration link opens nothing" })).toBeVisible();
    await expectAccessible(page);
    // The agenda no longer claims a registration in this browser.
    await page.goto(`${base()}/e/igf-2024?track=online`);
    await expect(page.getByRole("button", { name: /Register for/ })).toBeVisible();
  });

  test("a change made elsewhere meanwhile is a 412: the page reloads and says so", async ({ page, request }) => {
    const made = await request.post(`${base()}/api/v1/events/igf-2024/registrations`, {
      data: { name: "Bo", email: `bo+${Date.now()}@example.org`, track: "online", timezone: "Asia/Riyadh" },
    });
    expect(made.status()).toBe(201);
    const body = await made.json();
    await page.goto(`${base()}${new URL(body.manage_url).pathname}`);
    await expect(page.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();
    // The feed link was shown once, elsewhere: the page says how to get a new one.
    await expect(page.getByRole("main")).toContainText("Lost it? Get a new one below.");
    const api = new URL(body.manage_api_url).pathname;
    expect((await request.patch(`${base()}${api}`, { data: { timezone: "Europe/Oslo" } })).status()).toBe(200);
    await page.getByLabel("Your name").fill("Bo Other");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert")).toContainText("changed elsewhere");
    await expect(page.getByRole("combobox", { name: "Your time zone" })).toHaveValue("Europe/Oslo");
    await expect(page.getByLabel("Your name")).toHaveValue("Bo");
  });
});

test("an unknown registration link opens a not-found page", async ({ page }) => {
  await page.goto(`${base()}/r/not-a-real-token-at-all`);
  await expect(page.getByRole("heading", { level: 1, name: "This registration link opens nothing" })).toBeVisible();
  await shot(page, "registration-not-found");
  await expectAccessible(page);
});

// Looked at by people, not asserted: the page in other zones and an Arabic-locale browser.
for (const [zone, locale] of [
  ["America/New_York", "en-US"],
  ["Asia/Riyadh", "ar-SA"],
] as const) {
  test.describe(`the registration page in ${zone} (${locale})`, () => {
    test.use({ timezoneId: zone, locale, viewport: { width: 390, height: 844 } });
    test("reads well", async ({ page, request }) => {
      const made = await request.post(`${base()}/api/v1/events/igf-2024/registrations`, {
        data: { name: "Lina", email: `lina+${Date.now()}@example.org`, track: "online", timezone: zone },
      });
      const body = await made.json();
      await page.goto(`${base()}${new URL(body.manage_url).pathname}`);
      await expect(page.getByRole("checkbox", { name: TCCM })).toBeVisible();
      await page.getByRole("group", { name: "Sessions in your feed" }).scrollIntoViewIfNeeded();
      await shot(page, `registration-${locale}`);
      await expectAccessible(page);
    });
  });
}
